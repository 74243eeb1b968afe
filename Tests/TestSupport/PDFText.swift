import Foundation

/// A PDF's printed pages as text, read with pdftotext (poppler-utils), an independent reader.
public enum PDFText {
    public static let pdftotext = URL(fileURLWithPath: "/usr/bin/pdftotext")

    /// One string per page that has text; `layout` keeps each printed row together (label and value side by side).
    public static func pages(of pdf: URL, layout: Bool = false) throws -> [String] {
        let text = try ToolOutput.standardOutput(of: pdftotext, (layout ? ["-layout"] : []) + [pdf.path, "-"])
        return text.components(separatedBy: "\u{0C}").filter { !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty }
    }
}
