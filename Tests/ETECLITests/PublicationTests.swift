import ETEStore
import Foundation
import TestSupport
import Testing

/// A release is stable by default: the yearly command records it, a year without one says so, and a
/// correction that has to withhold figures the first release showed says how many.
@Suite("The yearly release")
struct PublicationTests {
    @Test func buildRecordsTheReleaseAndACorrectionSaysWhatItWithholds() throws {
        let folder = try temporaryFolder()
        #expect(try ETERun(["init", "--demo"], in: folder).status == 0)
        // A workbook run of a year that was never published warns not to send it.
        let draft = try ETERun(["benchmark", "--year", "2024", "--out", "concept"], in: folder)
        #expect(draft.status == 0, "\(draft.errors)")
        #expect(draft.output.contains("Let op: 2024 is nog niet als openbare uitgave vastgelegd."), "\(draft.output)")
        let concept = try ETERun(["build", "--year", "2024", "--concept", "--out", "concept"], in: folder)
        #expect(concept.status == 0, "\(concept.errors)")
        #expect(concept.output.contains("nog niet als openbare uitgave vastgelegd"))
        let database = folder.appendingPathComponent("ete.sqlite").path
        #expect(try Store.openForReading(at: database).read { try $0.benchmarkReleases(year: 2024) }.isEmpty)

        let first = try ETERun(["build", "--year", "2024", "--out", "uit"], in: folder)
        #expect(first.status == 0, "\(first.errors)")
        #expect(first.output.contains("Vastgelegd als gepubliceerde uitgave 1 van 2024."), "\(first.output)")
        #expect(try Store.openForReading(at: database).read { try $0.benchmarkReleases(year: 2024) }.count == 1)
        let again = try ETERun(["build", "--year", "2024", "--out", "uit"], in: folder)
        #expect(again.output.contains("Niets vastgelegd: deze werkmappen beslissen hetzelfde als uitgave 1 van 2024."), "\(again.output)")

        // A population correction moves a respondent to another size class: the second release
        // keeps the first's decisions and withholds the groups that changed, and says so.
        let store = try Store.openForReading(at: database)
        let respondent = try #require(try store.read { try $0.benchmarkResponses(year: 2024) }.first).municipality
        let population = try #require(try store.read { try $0.populations() }.population(of: respondent, for: 2024)).population
        let moved = population >= 20_000 ? 12_000 : 60_000
        try Data("code;inwoners;inwoners_jaar\n\(respondent);\(moved);2024\n".utf8).write(
            to: folder.appendingPathComponent("correctie.csv"))
        #expect(try ETERun(["import", "gemeenten", "correctie.csv"], in: folder).status == 0)
        let corrected = try ETERun(["build", "--year", "2024", "--out", "uit"], in: folder)
        #expect(corrected.status == 0, "\(corrected.errors)")
        #expect(corrected.output.contains("Vastgelegd als gepubliceerde uitgave 2 van 2024."), "\(corrected.output)")
        #expect(corrected.output.contains("groepscijfer(s) weg die uitgave 1 wel toonde"), "\(corrected.output)")
    }
}
