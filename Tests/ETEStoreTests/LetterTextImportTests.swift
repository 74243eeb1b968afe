import ETEModel
import ETEStore
import Foundation
import TestSupport
import Testing

@Suite("Import of the letter text (letter-text)")
struct LetterTextImportTests {
    static let metadata = """
        jaar: 2024
        datum: 2025-06-30
        kenmerk: 1234567-DMO
        betreft: Voortgangsbrief over 2024
        ondertekenaar: A. de Vries
        functie: de staatssecretaris,
        bijlagen: [Benchmark 2024]
        """

    func folder(_ scratch: Scratch, _ files: [String: String]) throws -> URL {
        let folder = scratch.url("brief-2024")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for (name, text) in files { try Data(text.utf8).write(to: folder.appendingPathComponent(name)) }
        return folder
    }

    func importFolder(_ folder: URL, year: Int = 2024, into store: Store) throws -> ImportSummary {
        try Importer.run(ImportRequest(kind: .letterText, file: folder, year: year), into: store)
    }

    @Test func demoTextImportsAndReplacesTheYear() throws {
        let store = try Scratch().newStore()
        let demo = RepositoryPaths.templates.appendingPathComponent("kamerbrief/demo/2024")
        let summary = try importFolder(demo, into: store)
        #expect(summary.kind == .letterText)
        let text = try #require(try store.read { try $0.letterText(year: 2024) })
        #expect(text.metadata.reference == "0000000-0000000-DMO (demo)")
        #expect(text.metadata.date == Day(year: 2025, month: 6, day: 30))
        #expect(text.metadata.signatoryTitle == "de staatssecretaris Langdurige\nen Maatschappelijke Zorg,")
        #expect(text.passages["opening"]?.hasPrefix("Eenzaamheid raakt") == true)
        #expect(summary.rows == text.passages.count)

        let scratch = try Scratch()
        _ = try importFolder(try folder(scratch, ["brief.yaml": Self.metadata, "opening.md": "Nieuwe opening."]), into: store)
        let replaced = try #require(try store.read { try $0.letterText(year: 2024) })
        #expect(replaced.passages == ["opening": "Nieuwe opening."])
        #expect(replaced.metadata.attachments == ["Benchmark 2024"])
    }

    @Test func everyProblemIsReportedAndNothingIsStored() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let before = try store.contentFingerprint()
        let badMetadata = Self.metadata.replacingOccurrences(of: "2025-06-30", with: "30 juni").replacingOccurrences(
            of: "kenmerk: 1234567-DMO\n", with: "")
        let bad = try folder(
            scratch,
            [
                "brief.yaml": badMetadata,
                "Opening.md": "Hoofdletters in de naam.",
                "leeg.md": "  \n",
                "voetnoot.md": "Regel een.\nEen bron^[zonder einde.",
                "notities.txt": "los bestand",
            ])
        #expect {
            try importFolder(bad, into: store)
        } throws: { error in
            let issues = (error as? ImportFailure)?.issues.map(\.description) ?? []
            return issues == [
                "brief.yaml:2:8: \"30 juni\" is geen datum; verwacht bijvoorbeeld 2025-06-30",
                "brief.yaml:1:1: sleutel \"kenmerk\" ontbreekt",
                "Opening.md: ongeldige naam \"Opening\"; gebruik kleine letters, cijfers en streepjes, zoals actielijn-1.md",
                "leeg.md: passage is leeg",
                "notities.txt: onbekend bestand; verwacht brief.yaml of passages als .md",
                "voetnoot.md:2:9: voetnoot \"^[\" wordt niet afgesloten met \"]\" op dezelfde regel",
            ]
        }
        #expect(try store.contentFingerprint() == before)
    }

    /// The sender for the colofon: lists or `|` texts for the addresses; the demo's sender is read whole.
    @Test func senderIsReadForTheColofon() throws {
        let store = try Scratch().newStore()
        _ = try importFolder(RepositoryPaths.templates.appendingPathComponent("kamerbrief/demo/2024"), into: store)
        let sender = try #require(try store.read { try $0.letterText(year: 2024) }?.metadata.sender)
        #expect(sender.organisation == "Ministerie van Volksgezondheid, Welzijn en Sport")
        #expect(sender.postalAddress == ["Postbus 20350", "2500 EJ  Den Haag"])
        #expect(sender.returnAddress == "Retouradres Postbus 20350 2500 EJ Den Haag")
        #expect(sender.contact == ["J. Voorbeeld (fictief)", "T 070 000 00 00 (fictief)"])

        let scratch = try Scratch()
        let withText =
            Self.metadata
            + "\nuw_brief: 2025Z01234\nafzender:\n  organisatie: Gemeente Voorbeeld\n  postadres: |\n    Postbus 1\n    1000 AA  Voorbeeld\n"
        _ = try importFolder(try folder(scratch, ["brief.yaml": withText, "opening.md": "Tekst."]), into: store)
        let metadata = try #require(try store.read { try $0.letterText(year: 2024) }?.metadata)
        #expect(metadata.sender?.postalAddress == ["Postbus 1", "1000 AA  Voorbeeld"])
        #expect(metadata.sender?.visitingAddress == [])
        #expect(metadata.yourReference == "2025Z01234")
    }

    @Test func senderMistakesAreLocatedAndNothingIsStored() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let before = try store.contentFingerprint()
        let bad = Self.metadata + "\nafzender:\n  organisatie: VWS\n  bezoek-adres: [Straat 1]\n"
        #expect {
            try importFolder(try folder(scratch, ["brief.yaml": bad, "opening.md": "Tekst."]), into: store)
        } throws: { error in
            (error as? ImportFailure)?.issues.map(\.description) == [
                "brief.yaml:10:3: onbekende sleutel \"bezoek-adres\" in afzender; verwacht bezoekadres, contact, directie, organisatie, postadres, website",
                "brief.yaml:9:3: sleutel \"postadres\" ontbreekt",
            ]
        }
        #expect(try store.contentFingerprint() == before)
    }

    @Test func yearMustMatchAndFolderMustExist() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let good = try folder(scratch, ["brief.yaml": Self.metadata, "opening.md": "Tekst."])
        #expect {
            try importFolder(good, year: 2023, into: store)
        } throws: { error in
            (error as? ImportFailure)?.issues.map(\.description) == [
                "brief-2024: de bestandsnaam noemt 2024, maar --year is 2023; controleer het jaar of hernoem het bestand"
            ]
        }
        #expect {
            try importFolder(scratch.url("bestaat-niet"), into: store)
        } throws: { error in
            (error as? ImportFailure)?.issues.first?.message.hasPrefix("geen map") == true
        }
        let noMetadata = scratch.url("zonder")
        try FileManager.default.createDirectory(at: noMetadata, withIntermediateDirectories: true)
        #expect {
            try importFolder(noMetadata, into: store)
        } throws: { error in
            (error as? ImportFailure)?.issues.map(\.description) == [
                "zonder: brief.yaml ontbreekt; daarin staan datum, kenmerk, betreft en ondertekenaar"
            ]
        }
    }
}
