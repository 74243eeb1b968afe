import ETEAnalysis
import ETELetter
import ETEModel
import ETEStore
import ETEWorkbench
import Foundation
import TestSupport
import Testing

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Classes 3 and 10 of "a real year": no sentence of a template claims a development the data
/// does not show, and no text from users can make a document invalid.
@Suite("Progress letter: claims from data, text that cannot corrupt")
struct TrustworthyLetterTests {
    @Test func aDevelopmentIsDescribedTheWayTheDataWent() throws {
        let scratch = try Scratch()
        let store = try scratch.demoStore()
        // The demo's confidence figures barely move (59 → 61, 76 → 75): "vrijwel gelijk".
        let stable = try DemoLetters.builder.build(try LetterInput.load(year: 2024, from: store)).allText
        #expect(stable.contains("bleef vrijwel gelijk (59% in 2023, 61% in 2024)"))
        // Now they rise 8 points and fall 6: the letter must say so, not "vrijwel gelijk".
        try scratch.importText(
            .campaign,
            """
            campagne;meting;jaar;indicator;omschrijving;percentage
            een-tegen-eenzaamheid;eindmeting 2024;2024;vertrouwen-eenzamen;vertrouwen bij eenzamen;67
            een-tegen-eenzaamheid;eindmeting 2024;2024;vertrouwen-omstanders;vertrouwen bij omstanders;70
            """, name: "campagne-2024.csv", into: store)
        let moved = try DemoLetters.builder.build(try LetterInput.load(year: 2024, from: store)).allText
        #expect(moved.contains("steeg van 59% in 2023 naar 67% in 2024"))
        #expect(moved.contains("daalde van 76% in 2023 naar 70% in 2024"))
        #expect(!moved.contains("vrijwel gelijk"))
    }

    @Test func movementThresholdIsTwoPoints() {
        #expect(DutchPhrase.movement(from: 50, in: 2023, to: 52, in: 2024) == "bleef vrijwel gelijk (50% in 2023, 52% in 2024)")
        #expect(DutchPhrase.movement(from: 50, in: 2023, to: 53, in: 2024) == "steeg van 50% in 2023 naar 53% in 2024")
        #expect(DutchPhrase.movement(from: 50.4, in: 2023, to: 47.4, in: 2024) == "daalde van 50% in 2023 naar 47% in 2024")
        #expect(DutchPhrase.movement(from: 50.4, in: 2023, to: 47.5, in: 2024) == "bleef vrijwel gelijk (50% in 2023, 48% in 2024)")
    }

    /// Every C0 control character, DEL and a few C1 characters in a result text: the vertical tab
    /// and form feed Word pastes become line breaks, the rest is refused with its location.
    @Test func controlCharactersAreConvertedOrRefusedAtImport() throws {
        let scratch = try Scratch()
        let store = try scratch.newStore()
        let allowed: Set<UInt32> = [0x09, 0x0A, 0x0B, 0x0C, 0x0D]
        for value in Array(0x00...0x1F) + [0x7F, 0x85, 0x9B] where !allowed.contains(UInt32(value)) {
            let character = String(UnicodeScalar(UInt8(value)))
            let text = "actie;actielijn;titel;jaar;status;resultaat\nproef;1;Proef;2024;afgerond;\"Voor\(character)na\"\n"
            let file = try scratch.write(bytes: Array(text.utf8), to: "acties-\(value).csv")
            do {
                _ = try Importer.run(ImportRequest(kind: .actions, file: file), into: store)
                Issue.record("control character \(value) was accepted")
            } catch let failure as ImportFailure {
                let message = failure.issues.first?.description ?? ""
                // Located by line and field (the sixth, resultaat); a NUL is binary and found before fields are read.
                #expect(message.hasPrefix(value == 0 ? "acties-\(value).csv:2:" : "acties-\(value).csv:2:6:"), "\(message)")
                #expect(message.contains(value == 0 ? "NUL-teken" : "stuurteken"), "\(message)")
                // The message shows the character escaped, never raw.
                #expect(!message.unicodeScalars.contains { $0.value < 0x20 || (0x7F...0x9F).contains($0.value) })
            }
        }
        #expect(try store.read { try $0.actionStatuses(year: 2024) }.isEmpty)
    }

    @Test func pastedLineBreaksAndTitlesRenderAsValidDocuments() throws {
        let scratch = try Scratch()
        let store = try scratch.demoStore()
        // A Word line break (vertical tab) and a real line break inside result texts, a title that
        // asks a question, and markup characters in a title.
        try scratch.importText(
            .actions,
            "actie;actielijn;titel;jaar;status;resultaat\n"
                + "vraag-actie;1;Is eenzaamheid bespreekbaar?;2025;gepland;\"Eerste regel\u{0B}tweede regel\"\n"
                + "ster-actie;1;Actie *met* ^[sterren];2025;gepland;\"Regel een\nregel twee\u{0C}regel drie\"\n",
            name: "acties.csv", into: store)
        let letter = try DemoLetters.builder.build(try LetterInput.load(year: 2024, from: store))
        let bullets = letter.body.compactMap { block -> [String]? in
            if case .bullets(let items) = block { return items.map(\.plainText) }
            return nil
        }.flatMap { $0 }
        #expect(bullets.contains("Is eenzaamheid bespreekbaar? Eerste regel tweede regel"))
        #expect(bullets.contains("Actie *met* ^[sterren]. Regel een regel twee regel drie"))
        #expect(!bullets.contains { $0.contains("bespreekbaar?.") })

        let files = LetterFiles(outputFolder: scratch.url("uit"), year: 2024)
        try files.write(letter, formats: LetterFormat.allCases)
        let archive = try OfficeArchive(url: files.url(.docx))
        for (path, data) in archive.entries where path.hasSuffix(".xml") || path.hasSuffix(".rels") {
            let parser = XMLParser(data: data)
            #expect(parser.parse(), "\(path) is not well-formed XML: \(String(describing: parser.parserError))")
        }
        for format in [LetterFormat.html, .md] {
            let text = try String(contentsOf: files.url(format), encoding: .utf8)
            #expect(!text.unicodeScalars.contains { !DutchText.isAllowedInXML($0) }, "\(format) contains a control character")
        }
        if LibreOffice.available {
            let pdf = try LibreOffice.convert(files.url(.docx), to: "pdf", in: scratch.folder)
            #expect(try FileManager.default.attributesOfItem(atPath: pdf.path)[.size] as? Int ?? 0 > 10_000)
        }
    }
}
