import ETEModel
import ETEReports
import ETEStore
import Foundation
import TestSupport
import Testing

@Suite("Progress letter: missing data and template mistakes")
struct LetterErrorTests {
    /// A copy of the repository's templates that a test may change.
    func templatesCopy(_ scratch: Scratch) throws -> URL {
        let copy = scratch.url("templates")
        try FileManager.default.copyItem(at: RepositoryPaths.templates, to: copy)
        return copy
    }

    func line(of text: String, in file: URL) throws -> Int {
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    @Test func missingBenchmarkNamesTheFigureTemplateAndImport() throws {
        let scratch = try Scratch()
        let store = try scratch.demoStore()
        try store.write { try $0.deleteBenchmarkResponses(year: 2024) }
        let template = RepositoryPaths.templates.appendingPathComponent("kamerbrief/secties/actielijnen/lokale-aanpak.md")
        let expectedLine = try line(of: "{{ benchmark.deelnemers|aantal }}", in: template)
        #expect(throws: ReportError.missingFigure("benchmark.deelnemers", template: "templates/kamerbrief/secties/actielijnen/lokale-aanpak.md",
                                                  line: expectedLine, remedy: "ete import benchmark BESTAND --year 2024")) {
            try DemoLetters.builder.build(year: 2024, from: store)
        }
    }

    @Test func missingFigureMessageIsDutch() {
        let error = ReportError.missingFigure("week.pakketten", template: "templates/kamerbrief/secties/actielijnen/bewustwording.md", line: 40,
                                              remedy: "ete import week BESTAND --year 2024")
        #expect(error.description == "templates/kamerbrief/secties/actielijnen/bewustwording.md:40: het cijfer week.pakketten ontbreekt in de gegevens; lees het in met 'ete import week BESTAND --year 2024'")
    }

    @Test func missingLetterTextAndActionsAreNamed() throws {
        let store = try Scratch().newStore()
        #expect(throws: ReportError.missingData("de brieftekst voor 2024 (datum, kenmerk, ondertekenaar en passages)",
                                                remedy: "ete import letter-text MAP --year 2024")) {
            try DemoLetters.builder.build(year: 2024, from: store)
        }
        try store.write { try $0.replaceLetterText(LetterText(year: 2024, metadata: LetterMetadata(
            date: Day(year: 2025, month: 6, day: 30)!, reference: "1", subject: "s", signatory: "n", signatoryTitle: "t"), passages: [:])) }
        #expect(throws: ReportError.missingData("de acties met hun status in 2024", remedy: "ete import acties BESTAND")) {
            try DemoLetters.builder.build(year: 2024, from: store)
        }
    }

    @Test func missingPassageIsNamed() throws {
        let scratch = try Scratch()
        let store = try scratch.demoStore()
        var text = try #require(try store.read { try $0.letterText(year: 2024) })
        text.passages["slot"] = nil
        try store.write { try $0.replaceLetterText(text) }
        #expect {
            try DemoLetters.builder.build(year: 2024, from: store)
        } throws: { error in
            guard case .missingFigure(let figure, let template, _, let remedy) = error as? ReportError else { return false }
            return figure == "tekst.slot" && template == "templates/kamerbrief/secties/slot.md" && remedy == "ete import letter-text MAP --year 2024"
        }
    }

    /// Builds the 2024 demo letter with one section template changed, and returns the template error.
    func templateError(in section: String, _ change: (String) -> String) throws -> (file: String, line: Int?, message: String) {
        let scratch = try Scratch()
        let templates = try templatesCopy(scratch)
        let file = templates.appendingPathComponent("kamerbrief/secties/\(section)")
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try LetterBuilder(templatesFolder: templates).build(year: 2024, from: SharedDemo.store)
        } catch ReportError.template(let file, let line, let message) {
            return (file, line, message)
        }
        throw MissingContent(description: "geen sjabloonfout gemeld")
    }

    @Test func templateSyntaxErrorNamesFileAndLine() throws {
        let error = try templateError(in: "actielijnen/maatschappelijk-initiatief.md") { text in
            var lines = text.components(separatedBy: "\n")
            lines.insert("{% iff coalitie.nieuw %}", at: 5)
            return lines.joined(separator: "\n")
        }
        #expect(error.file == "templates/kamerbrief/secties/actielijnen/maatschappelijk-initiatief.md")
        #expect(error.line == 6)
        #expect(error.message.contains("onbekende opdracht"))
    }

    @Test func outputWithoutFilterIsRefused() throws {
        let error = try templateError(in: "slot.md") { "Het jaar {{ jaar }} was bijzonder.\n" + $0 }
        #expect(error.file == "templates/kamerbrief/secties/slot.md")
        #expect(error.line == 1)
        #expect(error.message.hasPrefix("{{ jaar }} heeft geen filter"))
    }

    @Test func unknownFilterIsATemplateError() throws {
        let error = try templateError(in: "opening.md") { $0 + "\n{{ jaar|procnet }}\n" }
        #expect(error.file == "templates/kamerbrief/secties/opening.md")
        #expect(error.line != nil)
        #expect(error.message.contains("onbekend filter"))
    }
}
