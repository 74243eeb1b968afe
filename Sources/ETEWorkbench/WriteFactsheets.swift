import ETEAnalysis
import ETEFactsheets
import ETEModel
import ETEOutput
import ETEStore
import Foundation

/// Writes the one-page factsheets of a year (HTML and Word, PDF through LibreOffice when asked
/// and present); used by `ete factsheet` and `ete build`.
public struct WriteFactsheets {
    public struct Written: Sendable {
        public var files: [URL]
        public var pdfs: [URL]
        public var isDemo: Bool
        /// Things a user should know (a suggestion rule the year's questionnaire cannot judge, no PDF).
        public var notes: [String]
    }

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

    public func write(
        selection: WriteWorkbooks.Selection, pdf: Bool = true, madeOn: Day = .today,
        progress: (@Sendable (_ done: Int, _ total: Int) -> Void)? = nil
    ) throws -> Written {
        let ruleNotes = RuleNotes()
        let (profiles, suggestions) = try AnalysisRules.factsheetRules(templates: templates, store: store, notes: ruleNotes)
        guard let overview = try BenchmarkOverview.load(year: year, from: store, profiles: profiles) else {
            throw WorkbenchError.invalidData(
                "er zijn geen benchmarkantwoorden voor \(year); lees ze in met 'ete import benchmark BESTAND --year \(year)'")
        }
        let prevalence = try store.read { try $0.lonelinessPrevalence() }
        let chosen = try MunicipalityNames(overview.municipalities, register: overview.register, year: overview.year).selection(selection)
        let files = FactsheetFiles(outputFolder: outputFolder, year: year)
        let notAsked = Locked([Int: Suggestion]())
        let html: @Sendable (Municipality) -> URL = { files.url($0, extension: "html") }
        try ParallelWrites.run(
            chosen, target: html, progress: chosen.count > 1 ? progress : nil,
            write: { municipality in
                let benchmark = MunicipalityBenchmark(overview: overview, municipality: municipality)
                let choice = SuggestionChoice.choose(suggestions, for: benchmark)
                notAsked.withValue { for rule in choice.notAsked { $0[rule.line] = rule } }
                _ = try files.write(
                    FactsheetInput(
                        benchmark: benchmark,
                        prevalence: LocalPrevalence(municipality: municipality, all: prevalence, mergers: overview.register.mergers),
                        suggestions: choice.chosen, madeOn: madeOn))
            })
        var notes =
            ruleNotes.all
            + notAsked.withValue { $0 }.sorted { $0.key < $1.key }.map { line, rule in
                "templates/\(SuggestionFile.path):\(line): deze suggestie geldt niet voor \(year): de vragenlijst van \(year) stelt "
                    + rule.questionIDs.filter { overview.questionnaire.question($0) == nil }.sorted().joined(separator: ", ") + " niet"
            }
        let pdfs = try FactsheetPDFs.convert(
            chosen.map(html), pagesEach: 1, wanted: pdf, notes: &notes, progress: chosen.count > 1 ? progress : nil)
        return Written(
            files: chosen.flatMap { [files.url($0, extension: "html"), files.url($0, extension: "docx")] }, pdfs: pdfs,
            isDemo: overview.isDemo, notes: notes)
    }
}
