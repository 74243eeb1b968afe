import CXlsxWriter
import Glibc

/// A libxlsxwriter error code, with the operation that produced it.
public struct XlsxError: Error, CustomStringConvertible, Equatable {
    /// The raw `lxw_error` value.
    public let code: UInt32
    public let operation: String
    /// The system's error number when the library failed (a ZIP write on a full disk says ENOSPC).
    public let systemError: Int32

    init(_ error: lxw_error, operation: String, systemError: Int32 = 0) {
        code = error.rawValue
        self.operation = operation
        self.systemError = systemError
    }

    /// libxlsxwriter's own description of the code, e.g. "Worksheet name is already in use."
    public var reason: String { String(cString: lxw_strerror(lxw_error(rawValue: code))) }

    public var description: String { "\(operation): \(reason)" }

    /// The failures in Dutch, never with a file name (the caller names the final file) or the
    /// library's English: a write that the system refused says why (a full disk first).
    public var dutchReason: String {
        if isFileError {
            switch systemError {
            case ENOSPC, EDQUOT: return "de schijf is vol"
            case EACCES, EPERM: return "geen toestemming om te schrijven (controleer de rechten)"
            case EROFS: return "de schijf is alleen-lezen"
            default: break
            }
        }
        switch lxw_error(rawValue: code) {
        case LXW_ERROR_MAX_STRING_LENGTH_EXCEEDED: return "een tekst is langer dan de 32.767 tekens die Excel in een cel toestaat"
        case LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_CREATING_TMPFILE:
            return "het bestand kon niet worden aangemaakt; controleer map, rechten en vrije ruimte"
        case LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_PARAMETER_ERROR, LXW_ERROR_ZIP_BAD_ZIP_FILE, LXW_ERROR_ZIP_INTERNAL_ERROR,
            LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE:
            return "het bestand kon niet worden weggeschreven; controleer de vrije ruimte en de rechten"
        case LXW_ERROR_MEMORY_MALLOC_FAILED: return "onvoldoende geheugen"
        default: return "fout in libxlsxwriter (code \(code))"
        }
    }

    /// Whether the library failed writing or creating a file (then `systemError` says why).
    var isFileError: Bool {
        [
            LXW_ERROR_CREATING_XLSX_FILE, LXW_ERROR_CREATING_TMPFILE, LXW_ERROR_ZIP_FILE_OPERATION, LXW_ERROR_ZIP_PARAMETER_ERROR,
            LXW_ERROR_ZIP_BAD_ZIP_FILE, LXW_ERROR_ZIP_INTERNAL_ERROR, LXW_ERROR_ZIP_FILE_ADD, LXW_ERROR_ZIP_CLOSE,
        ].contains(lxw_error(rawValue: code))
    }

    /// Throws when `error` is not LXW_NO_ERROR.
    static func check(_ error: lxw_error, _ operation: @autoclosure () -> String) throws {
        let systemError = errno
        if error != LXW_NO_ERROR { throw XlsxError(error, operation: operation(), systemError: systemError) }
    }
}
