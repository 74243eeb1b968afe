import ETEModel
import ETEStore
import Foundation

/// Builds a year's progress letter: figures and texts from the store, filled into the
/// templates of templates/kamerbrief/, read back as a `LetterDocument` for the renderers.
public struct LetterBuilder: Sendable {
    public static let demoNotice = "FICTIEF VOORBEELD — gemaakt met de demogegevens van ETE Workbench. De landelijke cijfers volgen de voortgangsbrief over 2024; datum, kenmerk, ondertekenaar en verhalen zijn verzonnen. Niet versturen."
    public static let fictitiousTextNotice = "FICTIEF VOORBEELD — de brieftekst (datum, kenmerk, ondertekenaar en verhalen) is een verzonnen voorbeeld (fictief: ja in brief.yaml). Niet versturen."

    /// The templates folder (the one holding kamerbrief/ and benchmark/).
    public let templatesFolder: URL

    public init(templatesFolder: URL) { self.templatesFolder = templatesFolder }

    public func build(year: Int, from store: Store) throws -> LetterDocument {
        let context = try LetterContext.load(year: year, from: store)
        let templates = LetterTemplates(folder: templatesFolder.appendingPathComponent("kamerbrief"))
        // No document format may contain a control character; the importers refuse them, and this
        // guarantees it for anything that reached the store another way.
        let markup = DutchText.documentSafe(try templates.render(context.dictionary, remedies: context.remedies,
                                                                 missing: context.missing))
        var document: LetterDocument
        do {
            document = try LetterMarkup.parse(markup)
        } catch let problem as LetterMarkup.Problem {
            throw ReportError.markup("voortgangsbrief \(year): \(problem) — controleer de passages (ete import letter-text) en de sjablonen")
        }
        if context.figures.demoData {
            document.notice = Self.demoNotice
        } else if context.text?.metadata.fictitious == true {
            document.notice = Self.fictitiousTextNotice
        }
        document.date = context.text?.metadata.date
        return document
    }
}
