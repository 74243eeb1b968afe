import ETEAnalysis
import ETEModel
import ETEOutput
import ETEStore
import ETEWorkbench
import Foundation
import TestSupport
import Testing

/// Issue "lokale enquêtes": `ete factsheet-lokaal` on the demo gives every figure of the example
/// factsheet in Bijlage 2 of the Stappenplan (SEED-FACTS §d.3), phrased as the example phrases
/// them, with the residents' survey beside the RIVM estimate and the open answers without names.
@Suite("Local factsheet (Stappenplan)")
struct LocalFactsheetTests {
    static let zutphen = MunicipalityCode("GM0301")!

    static let written: (folder: URL, files: [URL]) = {
        do {
            let folder = try Scratch().folder
            let written = try WriteLocalFactsheet(
                year: 2024, store: SharedDemo.store, templates: RepositoryPaths.templates, outputFolder: folder
            ).write(municipality: "Zutphen", pdf: false, madeOn: Day(year: 2025, month: 3, day: 1)!)
            return (folder, written.files)
        } catch { fatalError("local factsheet: \(error)") }
    }()

    /// The page's text without tags and with single spaces.
    static var text: String {
        get throws {
            let html = try String(contentsOf: written.files[0], encoding: .utf8)
            return html.replacing(/<style>[\s\S]*?<\/style>/, with: "").replacing(/<[^>]+>/, with: " ")
                .replacingOccurrences(of: "&quot;", with: "\"").replacingOccurrences(of: "&amp;", with: "&")
                .replacing(/\s+/, with: " ")
        }
    }

    @Test func writesHTMLAndWordInTheirFolder() {
        #expect(Self.written.files.map(\.lastPathComponent) == ["GM0301-Zutphen.html", "GM0301-Zutphen.docx"])
        #expect(Self.written.files.allSatisfy { $0.path.contains("/2024/factsheets-lokaal/") })
    }

    /// Every figure of the example, in its sentence (SEED-FACTS §d.3, in the order of the table there).
    @Test(arguments: [
        "54 professionals en vrijwilligers", "een respons van 45% op 120 uitnodigingen",
        "Acht op de tien deelnemers vinden dat eenzaamheid in de gemeente meer aandacht verdient",
        "ongeveer driekwart vindt het nodig dat lokale organisaties eigen beleid",
        "volgens 35% van de deelnemers genoeg aandacht", "Bij 44% heeft eenzaamheid een hoge prioriteit",
        "Ruim 20% vindt de eigen kennis nog onvoldoende", "volgens 78% nodig om eenzaamheid tegen te gaan",
        "44% ziet dit als (zeer) urgent, 39% heeft geen mening en 17% vindt het niet urgent",
        "Ongeveer een kwart van de deelnemers (26%) zegt dat de eigen organisatie beleid heeft",
        "Bij 17% van de deelnemers heeft de eigen organisatie een protocol",
        "Ruim de helft van de organisaties krijgt soms of regelmatig signalen",
        "Bijna zes op de tien professionals en vrijwilligers krijgen in het eigen werk",
        "Ongeveer vier op de tien professionals en vrijwilligers ervaren knelpunten",
        "werkte 43% van de deelnemers op het gebied van eenzaamheid samen",
        // The most chosen answers on cooperation stand in a table (item 12 of "outputs as their readers see them").
        "Samenwerking ging over persoonlijke activering 52% het stimuleren van contact tussen mensen 48% sociaal-culturele hulpverlening 33%",
        "ongeveer driekwart (76%) (zeer) tevreden", "heeft 24% zeker behoefte en 58% misschien",
        "richten op het stimuleren van contact tussen mensen 70% persoonlijke activering 58% het toerusten van hulpverleners om eenzaamheid te herkennen 38%",
        "samenwerking een netwerk van alle betrokken organisaties 75% steun van de gemeente 45% deskundigheid in de eigen organisatie 35%",
        "meer kennis over het signaleren van eenzaamheid (43%), meer kennis van wat eenzaamheid is en hoe het zich uit (31%)",
    ])
    func theExampleFigureIsThere(_ sentence: String) throws {
        #expect(try Self.text.contains(sentence))
    }

    @Test func sectionsAndStaffTextFollowTheExample() throws {
        let text = try Self.text
        for heading in [
            "Aanleiding", "Oordeel over de aanpak van eenzaamheid", "Beleid van de organisaties", "Signalen van eenzaamheid",
            "Knelpunten in het bereik van eenzamen", "Samenwerking op het gebied van eenzaamheid", "Wat is nodig in Zutphen?",
            "Eenzaamheid onder inwoners", "Samenvattend", "Bijlage: antwoorden op de open vragen",
        ] {
            #expect(text.contains(" \(heading) "), "\(heading)")
        }
        #expect(text.contains("lokale bijeenkomst van donderdag 27 maart 2025"))
        #expect(text.contains("FICTIEVE DEMOGEGEVENS"))
    }

    /// Organisation kinds appear only as groups of at least five, the rest pooled; "anders" is no kind
    /// of its own but part of the pool, which says so.
    @Test func organisationKindsOnlyInGroupsOfFive() throws {
        let shown = try Self.text.matches(of: /\(n = (\d+)\)/).map { Int($0.output.1)! }
        #expect(!shown.isEmpty && shown.allSatisfy { $0 >= 5 })
        #expect(shown.reduce(0, +) == 54)
        let text = try Self.text
        #expect(!text.contains("Anders, namelijk (n ="))
        #expect(text.contains("\(LocalSurveyGroups.pooledWithOtherName) (n = "))
        #expect(text.contains("met wie bij de soort organisatie \"anders\" invulde"))
    }

    /// Item 12 of "outputs as their readers see them": the statements as a bar chart (with its
    /// figures as text alternative), and the table per kind of organisation labelled with the statements.
    @Test func statementsAreChartedAndLabelled() throws {
        let html = try String(contentsOf: Self.written.files[0], encoding: .utf8)
        let chart = try #require(html.firstMatch(of: /<svg role="img" aria-labelledby="stellingen-titel stellingen-tekst"[\s\S]*?<\/svg>/))
        let svg = String(chart.output)
        #expect(svg.contains("<title id=\"stellingen-titel\">% (zeer) eens per stelling</title>"))
        let bars = svg.components(separatedBy: "<rect ").count - 1
        let labelled = svg.matches(of: /<text [^>]*text-anchor="end">/).count
        #expect(bars > 5 && labelled >= bars)
        // Every drawn share is in the description, as the table has it ("80%" for "meer aandacht").
        #expect(svg.contains("80%"))
        // Per kind of organisation: one bar per group for each statement, the groups in a legend.
        let perKind = try #require(html.firstMatch(of: /<svg role="img" aria-labelledby="soorten-titel soorten-tekst"[\s\S]*?<\/svg>/))
        let kinds = String(perKind.output)
        let groups = try Self.text.matches(of: /([^>]+?) \(n = \d+\)/).count
        #expect(groups >= 2)
        #expect(kinds.contains("% (zeer) eens per stelling en soort organisatie"))
        #expect(kinds.components(separatedBy: "<rect ").count - 1 > bars)
        let text = try Self.text
        #expect(text.contains("% (zeer) eens per soort organisatie"))
        #expect(!text.contains(". % (zeer) eens"))
    }

    @Test func noOrganisationNameAppears() throws {
        let survey = try #require(try SharedDemo.store.read { try $0.localSurvey(municipality: Self.zutphen, year: 2024) })
        let names = Set(survey.respondents.compactMap { $0["organisatie"]?.values.first })
        #expect(names.count > 10)
        let text = try Self.text
        for name in names { #expect(!text.contains(name), "\(name)") }
        #expect(text.contains("Mensen die aangeven dat niemand ze mist."))
    }

    /// The residents' table holds the weighted shares and intervals of the stored answers, and the RIVM figure of the reference file.
    @Test func residentsSurveyBesideTheRIVMEstimate() throws {
        let responses = try SharedDemo.store.read { try $0.lonelinessSurvey(municipality: Self.zutphen, year: 2024) }
        let result = try #require(LonelinessSurveyResult(responses))
        func shown(_ value: Double) -> String {
            let tenths = Int((value * 10).rounded())
            return "\(tenths / 10),\(tenths % 10)%"
        }
        let rivm = try ReferenceData.loneliness()["GM0301 2020 18+"]!["pct_lonely"]!
        let text = try Self.text
        #expect(
            text.contains(
                "eenzaam (3 of hoger) \(shown(result.lonely.percentage)) \(shown(result.lonely.lower)) – \(shown(result.lonely.upper)) \(shown(Double(rivm)!))"
            ))
        #expect(text.contains("vulden 600 inwoners de eenzaamheidsschaal van De Jong Gierveld in; \(result.scored) van hen"))
        #expect(result.scored < 600)
    }

    @Test func wordFileIsValidAndPrintsOnA4() throws {
        let docx = Self.written.files[1]
        let document = try #require(try OfficeArchive(url: docx).text("word/document.xml"))
        #expect(document.contains("Acht op de tien deelnemers vinden"))
        #expect(document.contains("FICTIEVE DEMOGEGEVENS"))
        #expect(try OpenXMLAudit.errors(in: docx).isEmpty)
        // The two bar charts of the page are native Word charts too, each with its figures as alternative text.
        let archive = try OfficeArchive(url: docx)
        let charts = archive.entries.keys.filter { $0.hasPrefix("word/charts/chart") }.sorted()
        #expect(charts == ["word/charts/chart1.xml", "word/charts/chart2.xml"])
        for chart in charts {
            let xml = try #require(archive.text(chart))
            #expect(xml.contains("<c:barDir val=\"bar\"/>") && xml.contains("<c:lang val=\"nl-NL\"/>"), "\(chart)")
        }
        #expect(document.contains("descr=\"% (zeer) eens per stelling: 4a 80%"))
        #expect(document.contains("name=\"% (zeer) eens per stelling en soort organisatie\""))
        try #require(LibreOffice.available, "LibreOffice hoort er te zijn (make test installeert het)")
        let pdf = try LibreOffice.convert(docx, to: "pdf", in: try Scratch().folder)
        let pages = try PDFText.pages(of: pdf)
        #expect(pages.joined().contains("44% ziet dit als (zeer) urgent"))
        #expect(try ToolOutput.standardOutput(of: URL(fileURLWithPath: "/usr/bin/pdfinfo"), [pdf.path]).contains("pts (A4)"))
    }

    @Test func htmlPassesTheAccessibilityRules() throws {
        try #require(HeadlessChromium.available, "Chromium hoort er te zijn (make test installeert het)")
        let pdf = try Scratch().url("chromium.pdf")
        let report = try HeadlessChromium.check(Self.written.files[0], pdf: pdf)
        #expect(report.violations.isEmpty, "\(report.violations)")
        #expect(try PDFText.pages(of: pdf).joined().contains("Bijna zes op de tien"))
    }

    /// Without a survey the command says what to import, in Dutch.
    @Test func aMunicipalityWithoutSurveyIsToldWhatToImport() throws {
        #expect {
            try WriteLocalFactsheet(
                year: 2024, store: SharedDemo.store, templates: RepositoryPaths.templates, outputFolder: try Scratch().folder
            )
            .write(municipality: "Zwolle", pdf: false)
        } throws: { error in
            "\(error)".contains(
                "geen Stappenplan-enquête van Zwolle over 2024; lees die in met 'ete import stappenplan BESTAND --municipality GM0193")
        }
    }
}
