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

/// A PDF as a screen reader meets it, read with pikepdf (scripts/pdf-structure.py in the venv
/// `make test` makes): pages, page size, language, title and the structure tree's element types.
public struct PDFStructure: Decodable, Sendable {
    public let pages: Int
    /// Width and height in points (A4 is 595 × 842).
    public let size: [Int]
    public let lang: String
    public let title: String
    public let subject: String
    /// What qpdf finds wrong in the file's syntax (empty for a sound file).
    public let problems: [String]
    public let tagged: Bool
    /// How often each structure type occurs (H1, L, LI, TH, Figure, …).
    public let types: [String: Int]
    /// The alternative text of every Figure, in order.
    public let figures: [String]

    public static let script = RepositoryPaths.root.appendingPathComponent("scripts/pdf-structure.py")
    public static let python = RepositoryPaths.root.appendingPathComponent(".venv/bin/python")

    /// Every PDF's structure, by path, in one run of the reader.
    public static func read(_ pdfs: [URL]) throws -> [String: PDFStructure] {
        let output = try ToolOutput.standardOutput(of: python, [script.path] + pdfs.map(\.path))
        return try JSONDecoder().decode([String: PDFStructure].self, from: Data(output.utf8))
    }
}
