import Foundation
import ZIPFoundation

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Reads a generated .xlsx or .docx back: they are zip archives of XML. Tests use this to
/// check real values in real files, independently of the code that wrote them.
public struct OfficeArchive {
    public let entries: [String: Data]

    public init(url: URL) throws {
        let archive = try Archive(url: url, accessMode: .read)
        var entries: [String: Data] = [:]
        for entry in archive {
            var data = Data()
            _ = try archive.extract(entry) { data.append($0) }
            entries[entry.path] = data
        }
        self.entries = entries
    }

    public func text(_ path: String) -> String? { entries[path].map { String(decoding: $0, as: UTF8.self) } }

    /// Every XML part as one text, for "does X appear anywhere" checks.
    public var allText: String { entries.keys.sorted().compactMap(text).joined(separator: "\n") }
}

/// The cells of an .xlsx workbook: sheet name → cell reference ("B4") → value as text.
public struct XlsxContent {
    public let sheetNames: [String]
    public let cells: [String: [String: String]]
    public let archive: OfficeArchive

    public init(url: URL) throws {
        archive = try OfficeArchive(url: url)
        let shared = XMLTexts.sharedStrings(archive.entries["xl/sharedStrings.xml"] ?? Data())
        let relationships = XMLTexts.attributes(of: "Relationship", in: archive.entries["xl/_rels/workbook.xml.rels"] ?? Data())
        let targets = Dictionary(relationships.map { ($0["Id"] ?? "", $0["Target"] ?? "") }, uniquingKeysWith: { a, _ in a })
        let sheets = XMLTexts.attributes(of: "sheet", in: archive.entries["xl/workbook.xml"] ?? Data())
        var names: [String] = []
        var cells: [String: [String: String]] = [:]
        for sheet in sheets {
            guard let name = sheet["name"], let id = sheet["r:id"], let target = targets[id] else { continue }
            names.append(name)
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : "xl/" + target
            cells[name] = XMLTexts.cells(archive.entries[path] ?? Data(), sharedStrings: shared)
        }
        sheetNames = names
        self.cells = cells
    }

    public func value(_ sheet: String, _ reference: String) -> String? { cells[sheet]?[reference] }

    /// All values of a sheet's row, by column letter.
    public func row(_ sheet: String, _ number: Int) -> [String: String] {
        var row: [String: String] = [:]
        for (reference, value) in cells[sheet] ?? [:] {
            let letters = reference.prefix { $0.isLetter }
            if Int(reference.dropFirst(letters.count)) == number { row[String(letters)] = value }
        }
        return row
    }

    /// The row of the first cell in column A that equals `label`; throws when there is none.
    public func requireRow(_ sheet: String, label: String) throws -> [String: String] {
        guard let number = rowNumber(sheet, column: "A", equalTo: label) else {
            throw MissingContent(description: "geen rij \"\(label)\" in blad \(sheet)")
        }
        return row(sheet, number)
    }

    /// Every text the workbook stores (cells, sheet names, chart titles, document properties).
    public var allStrings: String { archive.allText }

    /// A whole percentage as libxlsxwriter stores it (37 → "0.37").
    public static func fraction(_ percentage: Int?) -> String? {
        percentage.map { String(Double($0) / 100) }
    }

    /// The row number of the first cell in column `column` whose value is `value`.
    public func rowNumber(_ sheet: String, column: String, equalTo value: String) -> Int? {
        (cells[sheet] ?? [:]).filter { $0.value == value && $0.key.prefix { $0.isLetter } == column }
            .compactMap { Int($0.key.dropFirst(column.count)) }.min()
    }
}

/// Expected content that a generated file lacks.
public struct MissingContent: Error, CustomStringConvertible {
    public let description: String

    public init(description: String) { self.description = description }
}

/// Minimal SpreadsheetML reading with Foundation's XMLParser.
enum XMLTexts {
    final class Collector: NSObject, XMLParserDelegate {
        var elementName: String
        var found: [[String: String]] = []
        var strings: [String] = []
        var cells: [String: String] = [:]
        private var text = "", inString = false, cellReference: String?, cellType: String?
        let shared: [String]

        init(elementName: String, shared: [String] = []) {
            self.elementName = elementName
            self.shared = shared
        }

        func parser(
            _ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
            attributes: [String: String] = [:]
        ) {
            if name == elementName || qualifiedName == elementName { found.append(attributes) }
            switch name {
            case "si":
                inString = true
                text = ""
            case "c":
                cellReference = attributes["r"]
                cellType = attributes["t"]
                text = ""
            case "v", "t": if !inString { text = "" }
            default: break
            }
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) { text += string }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            switch name {
            case "si":
                strings.append(text)
                inString = false
            case "c":
                if let reference = cellReference {
                    cells[reference] = cellType == "s" ? Int(text).flatMap { shared.indices.contains($0) ? shared[$0] : nil } : text
                }
                cellReference = nil
            default: break
            }
        }
    }

    static func parse(_ data: Data, _ collector: Collector) {
        let parser = XMLParser(data: data)
        parser.delegate = collector
        parser.parse()
    }

    static func sharedStrings(_ data: Data) -> [String] {
        let collector = Collector(elementName: "")
        parse(data, collector)
        return collector.strings
    }

    static func attributes(of element: String, in data: Data) -> [[String: String]] {
        let collector = Collector(elementName: element)
        parse(data, collector)
        return collector.found
    }

    static func cells(_ data: Data, sharedStrings: [String]) -> [String: String] {
        let collector = Collector(elementName: "", shared: sharedStrings)
        parse(data, collector)
        return collector.cells
    }
}
