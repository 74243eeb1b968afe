import ETELetter
import ETEOutput
import ETEStore
import Foundation

/// Builds a year's letter and writes it in the chosen formats; used by `ete letter` and `ete build`.
public struct WriteLetter {
    public let year: Int
    public let store: Store
    public let templates: URL
    public let outputFolder: URL

    public init(year: Int, store: Store, templates: URL, outputFolder: URL) {
        self.year = year
        self.store = store
        self.templates = templates
        self.outputFolder = outputFolder
    }

    /// Writes the letter; `written` hears of each file as soon as it exists.
    @discardableResult
    public func write(formats: [LetterFormat], written: (URL) -> Void = { _ in }) throws -> [URL] {
        let profiles = try AnalysisRules.policyProfiles(templates: templates, store: store)
        let input = try LetterInput.load(year: year, from: store, profiles: profiles)
        let document = try LetterBuilder(templatesFolder: templates).build(input)
        return try LetterFiles(outputFolder: outputFolder, year: year).write(document, formats: formats, written: written)
    }

    /// Every format this machine can make: the PDF only where LibreOffice is installed.
    public static var standardFormats: [LetterFormat] {
        OfficeConverter.isAvailable ? LetterFormat.allCases : LetterFormat.allCases.filter { $0 != .pdf }
    }

    /// What a front end says after writing `formats`: that the standard formats left the PDF out
    /// (no LibreOffice), or that the PDF is not in the house font (no Verdana).
    public static func notes(formats: [LetterFormat], standard: Bool) -> [String] {
        guard OfficeConverter.isAvailable else {
            return standard ? ["Geen PDF gemaakt: LibreOffice ontbreekt; \(OfficeConverter.installHint)"] : []
        }
        return formats.contains(.pdf) ? HouseFont.missingNote.map { [$0] } ?? [] : []
    }
}

extension WriteLetter {
    /// Passages of the year's letter text that no template of this year's letter reads; the letter
    /// is written all the same, and a front end shows these as warnings.
    public func unusedPassageWarnings() throws -> [String] {
        try store.read { reader in
            guard let text = try reader.letterText(year: year) else { return [] }
            return PassageCatalogue(templatesFolder: templates).unusedPassageWarnings(
                text.passages.keys, lines: try reader.actionLines().valid(in: year), year: year)
        }
    }

    /// The line a front end prints after writing when the data is the fictitious demo.
    public func provenanceNotice() throws -> String? {
        try store.read { try $0.isDemoData() } ? Provenance.demoDataNotice : nil
    }
}
