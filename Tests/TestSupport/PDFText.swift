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

/// A word on a printed page with its box in points, as pdftotext -bbox reports it.
public struct PDFWord: Sendable {
    public let text: String
    public let xMin: Double, yMin: Double, xMax: Double, yMax: Double

    /// Whether the two words' boxes share more than a sliver (a fifth of the smaller box):
    /// glyphs drawn over each other, as text running into a neighbouring cell or row does.
    public func overlaps(_ other: PDFWord) -> Bool {
        let width = min(xMax, other.xMax) - max(xMin, other.xMin)
        let height = min(yMax, other.yMax) - max(yMin, other.yMin)
        guard width > 0, height > 0 else { return false }
        let smaller = min((xMax - xMin) * (yMax - yMin), (other.xMax - other.xMin) * (other.yMax - other.yMin))
        return width * height > smaller / 5
    }
}

extension PDFText {
    /// The words of every page, with their boxes.
    public static func words(of pdf: URL) throws -> [[PDFWord]] {
        let xml = try ToolOutput.standardOutput(of: pdftotext, ["-bbox", pdf.path, "-"])
        return xml.components(separatedBy: "<page ").dropFirst().map { page in
            page.matches(of: /<word xMin="([0-9.]+)" yMin="([0-9.]+)" xMax="([0-9.]+)" yMax="([0-9.]+)">([^<]*)<\/word>/).map {
                PDFWord(
                    text: String($0.output.5), xMin: Double($0.output.1)!, yMin: Double($0.output.2)!, xMax: Double($0.output.3)!,
                    yMax: Double($0.output.4)!)
            }
        }
    }
}
