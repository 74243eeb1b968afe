import ETEOutput
import Foundation

/// LibreOffice in headless mode, to prove generated files open in an independent office suite.
/// It is called the way the program calls it (`OfficeConverter`). Tests that need it are enabled
/// only where it is installed (`make test` installs it).
public enum LibreOffice {
    public static var available: Bool { OfficeConverter.isAvailable }

    /// CSV in UTF-8 (filter option 76), comma-separated, double-quoted.
    public static let utf8CSV = "csv:Text - txt - csv (StarCalc):44,34,76"

    /// Converts `file` (e.g. to "pdf", or "csv:<filter>:<options>") into `folder` and returns the converted file.
    public static func convert(_ file: URL, to format: String, in folder: URL) throws -> URL {
        try OfficeConverter.convert(file, filter: format, into: folder)
    }
}
