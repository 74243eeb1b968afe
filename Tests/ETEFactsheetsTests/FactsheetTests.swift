import ETEAnalysis
import ETEModel
import ETEOutput
import ETEStore
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

/// Issue "factsheet": one page per municipality with real loneliness figures, its pillar scores
/// beside the groups, suggestions by the rules, and no other municipality's answer.
@Suite("Municipality factsheets")
struct FactsheetTests {
    /// Respondents and non-respondents from every province, and the cases the issue names.
    static var sample: [Municipality] {
        let overview = DemoFactsheets.overview
        var chosen: [String: Municipality] = [:]
        for municipality in overview.municipalities {
            chosen["\(municipality.province)-\(overview.response(of: municipality.code, in: 2024) != nil)"] = municipality
        }
        return Array(chosen.values).sorted { $0.code < $1.code }
            + ["Amsterdam", "Zwolle", "Dijk en Waard", "Vlieland"].map(DemoFactsheets.municipality)
    }

    /// The cells of the table row whose header cell is `label`.
    static func row(_ html: String, _ label: String) -> [String] {
        guard let range = html.range(of: "<th scope=\"row\">\(label)</th>") else { return [] }
        let rest = html[range.upperBound...]
        let end = rest.range(of: "</tr>")!.lowerBound
        return rest[..<end].matches(of: /<td[^>]*>([^<]*)<\/td>/).map { String($0.output.1) }
    }

    @Test func everyMunicipalityGetsHTMLAndWord() throws {
        let files = try FileManager.default.contentsOfDirectory(
            atPath: DemoFactsheets.folder.appendingPathComponent("2024/factsheets").path)
        #expect(files.filter { $0.hasSuffix(".html") }.count == 342)
        #expect(files.filter { $0.hasSuffix(".docx") }.count == 342)
        #expect(files.allSatisfy { !$0.hasPrefix(".") }, "tijdelijke bestanden achtergebleven")
        #expect(files.contains("GM1980-Dijk-en-Waard.html"))
    }

    @Test func prevalenceFiguresAreTheReferenceFiles() throws {
        let reference = try ReferenceData.loneliness()
        for name in ["Zwolle", "Amsterdam", "Vlieland"] {
            let municipality = DemoFactsheets.municipality(name)
            let html = try DemoFactsheets.html(municipality)
            let cells = Self.row(html, "eenzaam")
            func shown(_ key: String, _ column: String) -> String {
                reference[key]![column]!.replacingOccurrences(of: ".", with: ",") + "%"
            }
            let code = municipality.code.rawValue
            #expect(
                cells == [
                    shown("\(code) 2020 18+", "pct_lonely"), shown("NL01 2020 18+", "pct_lonely"),
                    shown("\(code) 2020 65+", "pct_lonely"), shown("NL01 2020 65+", "pct_lonely"),
                ], "\(name)")
            #expect(Self.row(html, "ernstig eenzaam").first == shown("\(code) 2020 18+", "pct_severely_lonely"))
            // The trend 2012–2020 is in the chart's text alternative.
            for year in [2012, 2016, 2020] { #expect(html.contains("\(year): \(shown("\(code) \(year) 18+", "pct_lonely"))")) }
            #expect(html.contains("Bron: RIVM/CBS/GGD&#39;en") || html.contains("Bron: RIVM/CBS/GGD'en, Gezondheidsmonitor"))
        }
        // Amsterdam took in Weesp in 2022: its figures describe the 2020 area, and the factsheet says so.
        #expect(try DemoFactsheets.text(DemoFactsheets.municipality("Amsterdam")).contains("Weesp (sinds 24 maart 2022)"))
    }

    @Test func aMunicipalityFormedAfter2020GetsNoFigureAndTheReason() throws {
        let text = try DemoFactsheets.text(DemoFactsheets.municipality("Dijk en Waard"))
        #expect(
            text.contains(
                "Dijk en Waard bestond in 2020 nog niet: de gemeente is op 1 januari 2022 ontstaan uit Heerhugowaard en Langedijk."))
        #expect(text.contains("daarom staan hieronder de cijfers van de voorgangers, elk in de eigen grenzen van 2020."))
        // Each predecessor's own RIVM figure, named, beside the national one; nothing averaged.
        let html = try DemoFactsheets.html(DemoFactsheets.municipality("Dijk en Waard"))
        #expect(Self.row(html, "eenzaam").isEmpty)
        let reference = try ReferenceData.loneliness()
        func shown(_ key: String, _ column: String) -> String {
            reference[key]![column]!.replacingOccurrences(of: ".", with: ",") + "%"
        }
        let heerhugowaard = Self.row(html, "Heerhugowaard")
        #expect(heerhugowaard.first == shown("GM0398 2020 18+", "pct_lonely"), "\(heerhugowaard)")
        #expect(Self.row(html, "Langedijk").first == shown("GM0416 2020 18+", "pct_lonely"))
    }

    @Test(arguments: sample)
    func pillarScoresAreThoseOfTheWorkbook(_ municipality: Municipality) throws {
        let overview = DemoFactsheets.overview
        let workbook = try XlsxContent(
            url: try BenchmarkWorkbooks(overview: overview, outputFolder: try Scratch().folder).writeMunicipality(municipality))
        let html = try DemoFactsheets.html(municipality)
        for pillar in Pillar.allCases {
            let sheet = try workbook.requireRow("Samenvatting", label: pillar.heading)
            let fromWorkbook = ["B", "C", "D", "E", "F"].map { column -> String in
                guard let value = sheet[column], let fraction = Double(value) else { return sheet[column] ?? "?" }
                return "\(Int((fraction * 100).rounded()))%"
            }
            #expect(Self.row(html, "\(pillar.rawValue). \(pillar.dutchName)") == fromWorkbook, "\(municipality.name) \(pillar)")
        }
    }

    /// The rules read again here, on their own: a condition holds when the answer (or one of the
    /// chosen options) is listed, in the rule's years; the first three that hold per pillar are shown, no others.
    @Test(arguments: sample)
    func suggestionsFollowTheRules(_ municipality: Municipality) throws {
        let overview = DemoFactsheets.overview
        let rules = try SuggestionFile.load(templates: RepositoryPaths.templates, questionnaires: DemoFactsheets.questionnaires)
        let text = try DemoFactsheets.text(municipality)
        guard let response = overview.response(of: municipality.code, in: 2024) else {
            #expect(rules.allSatisfy { !text.contains($0.text) })
            #expect(text.contains("vulde die in 2024 niet in"))
            return
        }
        func holds(_ condition: AskCondition) -> Bool {
            guard let answer = response.answers[condition.questionID] else { return false }
            return answer.split(separator: "|").contains { condition.answers.contains(String($0)) }
        }
        var shown = 0
        for pillar in Pillar.allCases {
            let fitting = rules.filter {
                $0.pillar == pillar && $0.years.contains(2024) && $0.questionIDs.allSatisfy { overview.questionnaire.question($0) != nil }
                    && $0.when.allSatisfy(holds) && !$0.unless.contains(where: holds)
            }
            for (index, rule) in fitting.enumerated() {
                #expect(text.contains(rule.text) == (index < 3), "\(municipality.name): \(rule.text)")
            }
            shown += min(fitting.count, 3)
            for rule in rules where rule.pillar == pillar && !fitting.contains(where: { $0.line == rule.line }) {
                #expect(!text.contains(rule.text), "\(municipality.name): \(rule.text)")
            }
        }
        #expect(shown > 0 || text.contains("antwoordde \(municipality.name) al positief"))
    }

    @Test(arguments: sample)
    func noOtherMunicipalityAppears(_ municipality: Municipality) throws {
        let page = try DemoFactsheets.text(municipality)
        // The comparison group is named on purpose (its membership follows from public CBS figures);
        // any other municipality's name elsewhere is a leak.
        // The list ends at a full stop before a space ("Bergen (L.)" has one inside a name).
        let members = try #require(page.firstMatch(of: /Vergelijkbare gemeenten: (.*?)\.(?=\s|$)/))
        for peer in DemoFactsheets.overview.peers(of: municipality) { #expect(members.output.1.contains(peer.name)) }
        let text = page.replacing(/Vergelijkbare gemeenten: .*?\.(?=\s|$)/, with: "")
        #expect(Set(text.matches(of: /GM\d{4}/).map { String($0.output) }) == [municipality.code.rawValue])
        for other in DemoFactsheets.overview.municipalities where other != municipality && other.name != municipality.province {
            // Organisers are named after their own place ("Bibliotheek Zwolle"); another place's name is a leak.
            #expect(!TextSearch.containsAsWord(text, other.name), "\(other.name) in de factsheet van \(municipality.name)")
        }
    }

    /// Every group figure on a factsheet is the one the public annex shows for that group, so the
    /// factsheets give a reader nothing the annex (checked by the disclosure attacker) does not.
    @Test(arguments: sample)
    func groupFiguresAreThoseOfTheAnnex(_ municipality: Municipality) throws {
        let overview = DemoFactsheets.overview
        let annex = try XlsxContent(url: try BenchmarkWorkbooks(overview: overview, outputFolder: try Scratch().folder).writeNational())
        let benchmark = MunicipalityBenchmark(overview: overview, municipality: municipality)
        let html = try DemoFactsheets.html(municipality)
        let sheets: [(MunicipalityBenchmark.Comparison.Kind, String, String)] = [
            (.sizeClass, "Grootteklassen", municipality.sizeClass.dutchLabel), (.province, "Provincies", municipality.province),
            (.peers, "Vergelijkbare gemeenten", benchmark.peerGroupName),
        ]
        for pillar in Pillar.allCases {
            let cells = Self.row(html, "\(pillar.rawValue). \(pillar.dutchName)")
            for (index, kind) in MunicipalityBenchmark.Comparison.Kind.allCases.enumerated() where kind != .national {
                let (_, sheet, group) = sheets.first { $0.0 == kind }!
                let column = try #require(annex.row(sheet, 3).first { $0.value == group }?.key, "\(group) in \(sheet)")
                let value = try annex.requireRow(sheet, label: pillar.heading + " (pijlerscore)")[column]
                let shown = value.flatMap(Double.init).map { "\(Int(($0 * 100).rounded()))%" } ?? value ?? "?"
                #expect(cells[index + 1] == shown, "\(municipality.name) \(pillar) \(sheet)")
            }
        }
    }

    /// The demo factsheet with the most suggestions: the longest page, which must still fit.
    static var fullest: Municipality {
        get throws {
            try DemoFactsheets.overview.municipalities.max { a, b in
                try DemoFactsheets.html(a).matches(of: /<li>/).count < DemoFactsheets.html(b).matches(of: /<li>/).count
            }!
        }
    }

    /// The Word file is for editing; the one-A4 print is the PDF, made from the HTML (FactsheetPDFTests
    /// checks all 342). Printed through LibreOffice the Word file is A4 and at most two pages.
    @Test func wordFileIsValidAndPrintsOnA4() throws {
        for municipality in [DemoFactsheets.municipality("Zwolle"), try Self.fullest] {
            let docx = DemoFactsheets.folder.appendingPathComponent(
                "2024/factsheets/\(municipality.code.rawValue)-\(OutputFileName.safe(municipality.name)).docx")
            let archive = try OfficeArchive(url: docx)
            let document = try #require(archive.text("word/document.xml"))
            #expect(document.contains("Eenzaamheid en lokaal beleid: \(municipality.name)"))
            #expect(document.contains("FICTIEVE DEMOGEGEVENS"))
            #expect(try OpenXMLAudit.errors(in: docx).isEmpty)
            try #require(LibreOffice.available, "LibreOffice hoort er te zijn (make test installeert het)")
            let pdf = try LibreOffice.convert(docx, to: "pdf", in: try Scratch().folder)
            let pages = try PDFText.pages(of: pdf)
            #expect(pages.count <= 2, "\(municipality.name)")
            #expect(pages[0].contains(municipality.name))
            #expect(try ToolOutput.standardOutput(of: URL(fileURLWithPath: "/usr/bin/pdfinfo"), [pdf.path]).contains("pts (A4)"))
        }
    }

    /// The Word trend is a real line chart holding the reference values, with the description as alternative text.
    @Test func wordTrendIsAChartOfTheReferenceValues() throws {
        let reference = try ReferenceData.loneliness()
        let archive = try OfficeArchive(url: DemoFactsheets.folder.appendingPathComponent("2024/factsheets/GM0193-Zwolle.docx"))
        let chart = try #require(archive.text("word/charts/chart1.xml"))
        #expect(chart.contains("<c:lineChart>"))
        // Chart text at 9 pt (item 6 of "outputs as their readers see them").
        #expect(chart.contains("<a:defRPr sz=\"900\"/>") && !chart.contains("sz=\"700\""))
        let values = chart.matches(of: /<c:pt idx="\d"><c:v>([0-9.]+)<\/c:v>/).map { String($0.output.1) }
        let expected = ["GM0193", "NL01"].flatMap { code in
            [2012, 2016, 2020].map { year in Double(reference["\(code) \(year) 18+"]!["pct_lonely"]!)! / 100 }
        }
        // The category labels (years) come first in each series, then the values.
        let shown = values.compactMap(Double.init).filter { $0 < 1 }
        #expect(shown.count == expected.count && zip(shown, expected).allSatisfy { abs($0 - $1) < 1e-9 }, "\(shown)")
        let document = try #require(archive.text("word/document.xml"))
        #expect(document.contains("descr=\"Aandeel eenzame volwassenen (18+) in Zwolle"))
        #expect(try #require(archive.text("word/_rels/document.xml.rels")).contains("charts/chart1.xml"))
    }

    /// The page as a browser shows it passes the accessibility rules; its one-page print (the
    /// product's own, fitted to A4) is checked for all 342 in FactsheetPDFTests.
    @Test func htmlPassesTheAccessibilityRules() throws {
        try #require(HeadlessChromium.available, "Chromium hoort er te zijn (make test installeert het)")
        for municipality in [DemoFactsheets.municipality("Zwolle"), DemoFactsheets.municipality("Dijk en Waard"), try Self.fullest] {
            let html = DemoFactsheets.folder.appendingPathComponent(
                "2024/factsheets/\(municipality.code.rawValue)-\(OutputFileName.safe(municipality.name)).html")
            let report = try HeadlessChromium.check(html)
            #expect(report.violations.isEmpty, "\(report.violations)")
        }
    }

    /// Issue "outputs as their readers see them", item 5: on a phone (390 CSS pixels) the page is
    /// no wider than the screen; a wide table scrolls inside its own box, still without accessibility faults.
    @Test func htmlReflowsOnAPhone() throws {
        try #require(HeadlessChromium.available, "Chromium hoort er te zijn (make test installeert het)")
        for municipality in [DemoFactsheets.municipality("Zwolle"), DemoFactsheets.municipality("Dijk en Waard"), try Self.fullest] {
            let html = DemoFactsheets.folder.appendingPathComponent(
                "2024/factsheets/\(municipality.code.rawValue)-\(OutputFileName.safe(municipality.name)).html")
            let report = try HeadlessChromium.check(html, width: 390)
            #expect(report.screenWidth == 390)
            #expect(report.pageWidth <= 390, "\(municipality.name): pagina \(report.pageWidth) px breed")
            #expect(report.violations.isEmpty, "\(report.violations)")
        }
    }

    /// Item 4: the factsheet names who "vergelijkbaar" is (public CBS characteristics decide it).
    @Test func theComparisonGroupIsNamed() throws {
        let zwolle = DemoFactsheets.municipality("Zwolle")
        let html = try DemoFactsheets.html(zwolle)
        let peers = DemoFactsheets.overview.peers(of: zwolle)
        #expect(peers.count > 5)
        #expect(html.contains("Vergelijkbare gemeenten: "))
        for peer in peers { #expect(html.contains(XMLText.escape(peer.name)), "\(peer.name)") }
    }

    /// Item 6: the figures' year stands in the heading, chart labels are at least 9 pt (12 CSS
    /// pixels), and the national line has at least 3:1 contrast against white.
    @Test func theTrendReadsOnPaper() throws {
        let html = try DemoFactsheets.html(DemoFactsheets.municipality("Zwolle"))
        #expect(html.contains("<h2>Hoe eenzaam zijn inwoners? (RIVM, Gezondheidsmonitor 2020)</h2>"))
        let size = try #require(html.firstMatch(of: /svg text \{ font-size: (\d+)px/))
        #expect(Int(size.output.1)! >= 12)
        let dashed = try #require(html.firstMatch(of: /<polyline fill="none" stroke="#([0-9a-f]{6})" stroke-width="2" stroke-dasharray/))
        #expect(Self.contrastWithWhite(String(dashed.output.1)) >= 3, "#\(dashed.output.1)")
    }

    /// WCAG's contrast ratio of a colour ("6f8db3") against white.
    static func contrastWithWhite(_ hex: String) -> Double {
        let channels = stride(from: 0, to: 6, by: 2).map { offset -> Double in
            let start = hex.index(hex.startIndex, offsetBy: offset)
            let value = Double(Int(hex[start..<hex.index(start, offsetBy: 2)], radix: 16)!) / 255
            return value <= 0.03928 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        let luminance = 0.2126 * channels[0] + 0.7152 * channels[1] + 0.0722 * channels[2]
        return 1.05 / (luminance + 0.05)
    }
}
