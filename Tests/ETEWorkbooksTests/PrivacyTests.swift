import ETEAnalysis
import ETEModel
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

/// A municipality's workbook may show other municipalities only as aggregates.
@Suite("Privacy of municipality workbooks")
struct PrivacyTests {
    /// Respondents and non-respondents from every province, big and small.
    static var sample: [Municipality] {
        let all = DemoWorkbooks.overview.municipalities
        var chosen: [String: Municipality] = [:]
        for municipality in all {
            chosen["\(municipality.province)-\(DemoWorkbooks.respondents(true).contains(municipality))"] = municipality
        }
        return Array(chosen.values) + all.filter { ["Amsterdam", "Vlieland", "Bergen (NH.)"].contains($0.name) }
    }

    @Test(arguments: sample)
    func noOtherMunicipalityAppears(_ municipality: Municipality) throws {
        let workbook = try DemoWorkbooks.of(municipality)
        let text = workbook.allStrings
        let codes = Set(text.matches(of: /GM\d{4}/).map { String($0.output) })
        #expect(codes == [municipality.code.rawValue])
        #expect(TextSearch.containsAsWord(text, municipality.name))
        for other in DemoWorkbooks.overview.municipalities where other != municipality && other.name != municipality.province {
            #expect(!TextSearch.containsAsWord(text, other.name), "\(other.name) in de werkmap van \(municipality.name)")
        }
    }

    @Test func noIndividualAnswerOfAnotherMunicipality() throws {
        // In a province with exactly one other respondent besides the subject, that respondent's answers
        // would be readable from the province figures; the threshold of five prevents it.
        let overview = DemoWorkbooks.overview
        var checked = 0
        for (name, group) in overview.provinces where group.respondents > 0 && group.respondents < DisclosureRule.minimumAnswers {
            let member = try #require(overview.municipalities.first { $0.province == name })
            let workbook = try DemoWorkbooks.of(member)
            let provinceColumn = workbook.row(
                "Samenvatting", try #require(workbook.rowNumber("Samenvatting", column: "A", equalTo: "Pijlerscore (% positief)")))
            #expect(provinceColumn["E"] == "Provincie \(name)")
            for pillar in Pillar.allCases { #expect(try workbook.requireRow("Samenvatting", label: pillar.heading)["E"] == "x") }
            checked += 1
        }
        #expect(checked >= 2, "de demo hoort provincies met minder dan vijf deelnemers te hebben (Groningen, Flevoland)")
    }
}
