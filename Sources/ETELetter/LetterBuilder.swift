import ETEModel
import ETEOutput
import Foundation

/// Builds a year's progress letter: its input filled into the templates of
/// templates/kamerbrief/, read back as a `LetterDocument` for the renderers.
public struct LetterBuilder: Sendable {
    /// The templates folder (the one holding kamerbrief/ and benchmark/).
    public let templatesFolder: URL

    public init(templatesFolder: URL) { self.templatesFolder = templatesFolder }

    public func build(_ input: LetterInput) throws -> LetterDocument {
        let folder = templatesFolder.appendingPathComponent("kamerbrief")
        let context = LetterContext(
            input, choices: try LetterChoices.read(folder: folder), topics: try LetterTopics.read(folder: folder))
        let templates = LetterTemplates(folder: folder)
        // No document format may contain a control character; the importers refuse them, and this
        // guarantees it for anything that reached the store another way.
        let markup = DutchText.documentSafe(
            try templates.render(
                context.dictionary, remedies: context.remedies,
                missing: context.missing))
        var document: LetterDocument
        do {
            document = try LetterMarkup.parse(markup)
        } catch let problem as LetterMarkup.Problem {
            throw LetterError.markup(
                "voortgangsbrief \(input.year): \(problem) — controleer de passages (ete import letter-text) en de sjablonen")
        }
        if input.figures.demoData {
            document.notice = Provenance.demoLetterNotice
        } else if input.text?.metadata.fictitious == true {
            document.notice = Provenance.fictitiousLetterTextNotice
        }
        document.date = input.text?.metadata.date
        document.reference = input.text?.metadata.reference
        document.logo = try LetterLogo.find(in: folder)
        return document
    }
}
