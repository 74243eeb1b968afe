import ETEAnalysis
import ETELetter
import ETEModel
import ETEStore
import ETEWorkbench
import Foundation
import TestSupport
import Testing

@Suite("Progress letter: missing data and template mistakes")
struct LetterErrorTests {
    func line(of text: String, in file: URL) throws -> Int {
        let lines = try String(contentsOf: file, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        return try #require(lines.firstIndex { $0.contains(text) }) + 1
    }

    func missingInputs(_ year: Int, from store: Store, templates: URL = RepositoryPaths.templates) throws -> [MissingInput] {
        do {
            _ = try LetterBuilder(templatesFolder: templates).build(try LetterInput.load(year: year, from: store))
        } catch LetterError.missingInputs(let inputs) {
            return inputs
        }
        Issue.record("the letter over \(year) was built")
        return []
    }

    @Test func missingBenchmarkNamesEveryFigureTemplateAndImport() throws {
        let scratch = try Scratch()
        let store = try scratch.demoStore()
        try store.write { try $0.deleteBenchmarkResponses(year: 2024) }
        let template = RepositoryPaths.templates.appendingPathComponent("kamerbrief/secties/onderwerpen/lokale-aanpak.md")
        let expectedLine = try line(of: "{{ benchmark.deelnemers|aantal }}", in: template)
        let inputs = try missingInputs(2024, from: store)
        #expect(
            inputs.contains(
                MissingInput(
                    kind: .figure, name: "benchmark.deelnemers",
                    location: "templates/kamerbrief/secties/onderwerpen/lokale-aanpak.md:\(expectedLine)",
                    remedy: "ete import benchmark BESTAND --year 2024", example: "templates/voorbeelden/benchmark-2024.csv")))
        // Every pillar figure is named too, in one run; nothing else is missing.
        #expect(inputs.count > 5)
        #expect(inputs.allSatisfy { $0.kind == .figure && $0.remedy.hasPrefix("ete import benchmark BESTAND --year 2024") }, "\(inputs)")
        let report = LetterError.missingInputs(inputs).description
        #expect(
            report.hasPrefix(
                "de brief kan niet worden gemaakt; er ontbreken \(inputs.count) gegevens:\n- de cijfers benchmark.deelnemers (templates/kamerbrief/secties/onderwerpen/lokale-aanpak.md:\(expectedLine)), "
            ), "\(report)")
        #expect(
            report.contains(
                " andere ontbreken; lees ze in met 'ete import benchmark BESTAND --year 2024' (voorbeeld: templates/voorbeelden/benchmark-2024.csv)"
            ), "\(report)")
    }

    @Test func missingFigureMessageIsDutch() {
        let error = LetterError.missingInputs([
            MissingInput(
                kind: .figure, name: "week.pakketten", location: "templates/kamerbrief/secties/actielijnen/bewustwording.md:40",
                remedy: "ete import week-edities BESTAND' en 'ete import week BESTAND --year 2024",
                example: "templates/voorbeelden/week-edities.csv en week-2024.csv")
        ])
        #expect(
            error.description
                == "templates/kamerbrief/secties/actielijnen/bewustwording.md:40: het cijfer week.pakketten ontbreekt; lees het in met 'ete import week-edities BESTAND' en 'ete import week BESTAND --year 2024' (voorbeeld: templates/voorbeelden/week-edities.csv en week-2024.csv)"
        )
    }

    /// An empty store: every missing data set and figure group is named in one run, in the user's
    /// terms, and the fields and passages of an absent letter text are not listed one by one.
    @Test func everyMissingInputIsNamedInOneRun() throws {
        let store = try Scratch().newStore()
        let inputs = try missingInputs(2024, from: store)
        #expect(
            Array(inputs.prefix(2).map(\.name)) == [
                "de brieftekst voor 2024 (brief.yaml met datum, kenmerk en ondertekenaar, en de passages)",
                "de acties met hun status in 2024",
            ])
        #expect(!inputs.contains { $0.kind == .passage || $0.name.hasPrefix("brief.") || $0.name.hasPrefix("tekst.") })
        let remedies = Set(inputs.map(\.remedy))
        for expected in [
            "ete import benchmark BESTAND --year 2024", "ete import campagne BESTAND",
            "ete import week-edities BESTAND' en 'ete import week BESTAND --year 2024",
        ] {
            #expect(remedies.contains(expected), "\(remedies)")
        }
        let report = LetterError.missingInputs(inputs).description
        #expect(
            report.contains(
                "\n- de brieftekst voor 2024 (brief.yaml met datum, kenmerk en ondertekenaar, en de passages) ontbreekt; lees die in met 'ete import letter-text MAP --year 2024' (voorbeeld: templates/kamerbrief/demo/2024/)"
            ), "\(report)")
        #expect(
            report.contains(
                "\n- de acties met hun status in 2024 ontbreken; lees die in met 'ete import acties BESTAND' (voorbeeld: templates/voorbeelden/acties.csv)"
            ), "\(report)")
    }

    /// The letter follows the disclosure rule like every workbook: a national figure the annex
    /// leaves out (here because a published release withheld it) cannot be printed in the letter
    /// either, and the message says why instead of naming an import.
    /// A figure the disclosure rule withholds does not stop the letter: its sentence says that it is not published.
    @Test func aWithheldFigureIsPhrasedWithoutItsNumber() throws {
        let store = try Scratch().demoStore()
        let overview = try #require(try BenchmarkOverview.load(year: 2024, from: store))
        var release = overview.release(publishedOn: Day(year: 2025, month: 6, day: 1)!)
        release.withheld[BenchmarkRelease.nationalPartition, default: [:]][BenchmarkRelease.nationalGroup, default: []].insert(
            "aandeel:p1_wethouder_actief")
        try store.write { try $0.record(release) }
        let stats = try FigureCalculator.figures(for: 2024, in: store)
        #expect(stats.benchmark?.withheld == ["aandeel:p1_wethouder_actief", "pijler:1"])
        #expect(stats.benchmark?.questions["p1_wethouder_actief"]?.percentage == nil)
        let letter = try LetterBuilder(templatesFolder: RepositoryPaths.templates).build(try LetterInput.load(year: 2024, from: store))
        let text = letter.allText
        #expect(
            text.contains(
                "Het aandeel gemeenten bij ‘Wethouder zet zich actief in’ wordt niet gepubliceerd, omdat het cijfer antwoorden van afzonderlijke gemeenten zou prijsgeven (de onthullingsregel van de benchmark)."
            ), "\(text)")
        // The other sentences of the pillar stay as they were; no number, placeholder or marker is left.
        #expect(!text.contains("In 37% van de deelnemende gemeenten zet de wethouder zich actief in"))
        #expect(text.contains("gedaald van 34% in 2023 naar 24% in 2024"))
        #expect(!text.contains("[ONTBREEKT]"))
        #expect(!text.unicodeScalars.contains { (0xE000...0xF8FF).contains($0.value) })
    }

    /// Without the afzender block the letter names the sender data, the keys it accepts and how to
    /// give them (one problem, not one per key), and the import warns at once.
    @Test func aMissingSenderBlockIsCalledSenderData() throws {
        let scratch = try Scratch()
        let store = try scratch.demoStore()
        let folder = scratch.url("brieftekst")
        try FileManager.default.copyItem(at: RepositoryPaths.templates.appendingPathComponent("kamerbrief/demo/2024"), to: folder)
        let yaml = folder.appendingPathComponent("brief.yaml")
        let text = try String(contentsOf: yaml, encoding: .utf8)
        let withoutSender = text.replacing(/afzender:\n(  .*\n)+/, with: "")
        #expect(withoutSender != text)
        try withoutSender.write(to: yaml, atomically: true, encoding: .utf8)
        let summary = try Importer.run(
            ImportRequest(kind: .letterText, file: folder, year: 2024, templatesDirectory: RepositoryPaths.templates), into: store)
        #expect(
            summary.notes.contains(
                "waarschuwing: brief.yaml heeft geen blok afzender; het briefhoofd heeft dat nodig, met organisatie en postadres (verplicht) en eventueel directie, bezoekadres, website en contact (het retouradres volgt uit het postadres)"
            ), "\(summary.notes)")
        let inputs = try missingInputs(2024, from: store)
        #expect(inputs.count == 1, "\(inputs)")
        let message = try #require(inputs.first).description
        #expect(
            message.hasPrefix("de afzendergegevens voor het briefhoofd (het blok afzender in brief.yaml) (templates/kamerbrief/brief.md:"))
        #expect(message.contains("ontbreken; zet in brief.yaml een blok afzender met organisatie en postadres (verplicht)"))
        #expect(!message.contains("retouradres met") && !message.contains("cijfer"))
    }

    @Test func missingPassagesAreCalledPassages() throws {
        let scratch = try Scratch()
        let store = try scratch.demoStore()
        var text = try #require(try store.read { try $0.letterText(year: 2024) })
        text.passages["slot"] = nil
        text.passages["actielijn-2"] = nil
        try store.write { try $0.replaceLetterText(text) }
        let slot = try line(
            of: "{{ tekst.slot|verplicht }}", in: RepositoryPaths.templates.appendingPathComponent("kamerbrief/secties/slot.md"))
        let inputs = try missingInputs(2024, from: store)
        #expect(inputs.map(\.name) == ["actielijn-2", "slot"])
        #expect(inputs.allSatisfy { $0.kind == .passage && $0.remedy == "ete import letter-text MAP --year 2024" })
        #expect(inputs.last?.location == "templates/kamerbrief/secties/slot.md:\(slot)")
        #expect(
            LetterError.missingInputs(inputs).description.contains(
                "- de passage slot.md (templates/kamerbrief/secties/slot.md:\(slot)) ontbreekt; zet slot.md in de map met de brieftekst en lees die in met 'ete import letter-text MAP --year 2024' (voorbeeld: templates/kamerbrief/demo/2024/)"
            ))
    }

    /// Builds the 2024 demo letter with one section template changed, and returns the template error.
    func templateError(in section: String, _ change: (String) -> String) throws -> (file: String, line: Int?, message: String) {
        let scratch = try Scratch()
        let templates = try scratch.letterTemplates()
        let file = templates.appendingPathComponent("kamerbrief/secties/\(section)")
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
        do {
            _ = try LetterBuilder(templatesFolder: templates).build(try LetterInput.load(year: 2024, from: SharedDemo.store))
        } catch LetterError.template(let file, let line, let message) {
            return (file, line, message)
        }
        throw MissingContent(description: "geen sjabloonfout gemeld")
    }

    /// keuzes.yaml holds ja/nee choices; a misspelt name or another value is refused with its line.
    @Test(arguments: [
        (
            "afgeronde_acties: ja\npijlertabbel: ja\n", 2,
            "onbekende keuze \"pijlertabbel\"; mogelijk zijn afgeronde_acties, beleidsprofiel, geplande_acties, pijlertabel — bedoelde u pijlertabel?"
        ),
        ("# toelichting\ngeplande_acties: soms\n", 2, "geplande_acties: \"soms\" is geen ja/nee-waarde; verwacht ja of nee"),
    ])
    func aWrongChoiceIsRefusedWithItsLine(_ choices: String, _ line: Int, _ message: String) throws {
        let templates = try Scratch().letterTemplates(choices: choices)
        #expect(throws: LetterError.template(file: "templates/kamerbrief/keuzes.yaml", line: line, message: message)) {
            try LetterBuilder(templatesFolder: templates).build(try LetterInput.load(year: 2024, from: SharedDemo.store))
        }
    }

    @Test func templateSyntaxErrorNamesFileAndLine() throws {
        let error = try templateError(in: "onderwerpen/coalitie.md") { text in
            var lines = text.components(separatedBy: "\n")
            lines.insert("{% iff coalitie.nieuw %}", at: 5)
            return lines.joined(separator: "\n")
        }
        #expect(error.file == "templates/kamerbrief/secties/onderwerpen/coalitie.md")
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
