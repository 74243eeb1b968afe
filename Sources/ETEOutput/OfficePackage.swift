import Foundation
import ZIPFoundation

/// The parts every Office Open XML package shares (the XML declaration, relationship parts, core
/// properties) and the zip that holds its parts, written with ZIPFoundation.
public enum OfficePackage {
    public static let xmlHeader = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    /// The WordprocessingML and relationship namespaces every Word part declares.
    public static let wordNamespaces =
        "xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
    public static let relationshipBase = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/"

    public static func relationships(_ entries: [String]) -> String {
        xmlHeader + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">" + entries.joined()
            + "</Relationships>"
    }

    /// _rels/.rels of a Word package: the main document and the two property parts.
    public static let wordPackageRelationships = relationships([
        "<Relationship Id=\"rId1\" Type=\"\(relationshipBase)officeDocument\" Target=\"word/document.xml\"/>",
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>",
        "<Relationship Id=\"rId3\" Type=\"\(relationshipBase)extended-properties\" Target=\"docProps/app.xml\"/>",
    ])

    /// [Content_Types].xml of a Word package with the parts every one of ours has (document,
    /// styles, settings, font table, theme, core and app properties), plus `defaults` (by file
    /// extension) and `overrides` (by part name) for its own further parts.
    public static func wordContentTypes(
        defaults: [(extension: String, type: String)] = [], overrides: [(part: String, type: String)] = []
    )
        -> String
    {
        let wordType = "application/vnd.openxmlformats-officedocument.wordprocessingml"
        let allDefaults = [("rels", "application/vnd.openxmlformats-package.relationships+xml"), ("xml", "application/xml")] + defaults
        let allOverrides =
            [
                ("word/document.xml", "\(wordType).document.main+xml"), ("word/styles.xml", "\(wordType).styles+xml"),
                ("word/settings.xml", "\(wordType).settings+xml"), ("word/fontTable.xml", "\(wordType).fontTable+xml"),
                ("word/theme/theme1.xml", "application/vnd.openxmlformats-officedocument.theme+xml"),
            ] + overrides + [
                ("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml"),
                ("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml"),
            ]
        return xmlHeader + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + allDefaults.map { "<Default Extension=\"\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined()
            + allOverrides.map { "<Override PartName=\"/\($0.0)\" ContentType=\"\($0.1)\"/>" }.joined() + "</Types>"
    }

    /// docProps/core.xml: title, subject, the maker, Dutch as language, keywords, the creation day.
    public static func coreProperties(
        title: String, subject: String, keywords: String?, created: (year: Int, month: Int, day: Int)
    ) -> String {
        let date = String(format: "%04d-%02d-%02dT09:00:00Z", created.year, created.month, created.day)
        return xmlHeader + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(XMLText.escape(title))</dc:title>\
            <dc:subject>\(XMLText.escape(subject))</dc:subject>\
            <dc:creator>\(Provenance.author)</dc:creator>\
            <dc:language>nl-NL</dc:language>\
            \(keywords.map { "<cp:keywords>\(XMLText.escape($0))</cp:keywords>" } ?? "")\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(date)</dcterms:created>\
            </cp:coreProperties>
            """
    }

    /// docProps/app.xml naming the program.
    public static let appProperties =
        xmlHeader + """
            <Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>\(Provenance.application)</Application></Properties>
            """

    /// Marks a package another library wrote as Dutch: `<dc:language>nl-NL</dc:language>` in its
    /// docProps/core.xml, and nl-NL as its charts' language (libxlsxwriter has no setting for either). Meant for a temporary file before
    /// it is renamed into place; a package that already names a language is left as it is.
    public static func declareDutch(inPackageAt url: URL) throws {
        let archive = try Archive(url: url, accessMode: .update)
        try rewrite("docProps/core.xml", in: archive) { xml in
            guard !xml.contains("<dc:language>"), let end = xml.range(of: "</cp:coreProperties>") else { return nil }
            return xml.replacingCharacters(in: end, with: "<dc:language>nl-NL</dc:language></cp:coreProperties>")
        }
        // Charts: libxlsxwriter always declares them English, which sets their number and date style.
        for path in archive.map(\.path) where path.hasPrefix("xl/charts/chart") && path.hasSuffix(".xml") {
            try rewrite(path, in: archive) { xml in
                xml.contains("en-US")
                    ? xml.replacingOccurrences(of: "<c:lang val=\"en-US\"/>", with: "<c:lang val=\"nl-NL\"/>")
                        .replacingOccurrences(of: " lang=\"en-US\"", with: " lang=\"nl-NL\"") : nil
            }
        }
    }

    /// Replaces one part of an open package with `change` of its text (nil: leave it as it is).
    private static func rewrite(_ path: String, in archive: Archive, _ change: (String) -> String?) throws {
        guard let entry = archive[path] else { return }
        var original = Data()
        _ = try archive.extract(entry, skipCRC32: true) { original.append($0) }
        guard let xml = String(data: original, encoding: .utf8), let changed = change(xml) else { return }
        let data = Data(changed.utf8)
        try archive.remove(entry)
        try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
            position, size in
            data.subdata(in: Int(position)..<(Int(position) + size))
        }
    }

    /// Writes the parts as a new zip at `url` (which must not exist yet).
    public static func write(_ parts: [(path: String, data: Data)], to url: URL) throws {
        let archive = try Archive(url: url, accessMode: .create)
        for (path, data) in parts {
            try archive.addEntry(with: path, type: .file, uncompressedSize: Int64(data.count), compressionMethod: .deflate) {
                position, size in
                data.subdata(in: Int(position)..<(Int(position) + size))
            }
        }
    }
}
