import Foundation
import TestSupport
import Testing

@testable import ETEStore

@Suite("CSV reading")
struct CSVReaderTests {
    func read(_ text: String) throws -> CSVDocument { try CSVReader.read(Data(text.utf8), fileName: "t.csv") }

    func failure(_ bytes: [UInt8]) -> ImportIssue? {
        do {
            _ = try CSVReader.read(Data(bytes), fileName: "t.csv")
            return nil
        } catch let error as ImportFailure {
            return error.issues.first
        } catch { return nil }
    }

    @Test func semicolonsBOMAndQuotedNewlines() throws {
        let bytes: [UInt8] =
            [0xEF, 0xBB, 0xBF]
            + Array(
                "naam;toelichting;getal\r\n\"Bergen (NH.)\";\"regel een\r\nregel twee\";\"12,5\"\r\nLeiden;\"zei \"\"hallo\"\"\";3\r\n".utf8
            )
        let document = try CSVReader.read(Data(bytes), fileName: "t.csv")
        #expect(document.delimiter == ";")
        #expect(document.header.map(\.value) == ["naam", "toelichting", "getal"])
        #expect(document.records.count == 2)
        #expect(document.records[0].fields[1].value == "regel een\nregel twee")
        #expect(document.records[1].line == 4)
        #expect(document.records[1].fields[1].value == "zei \"hallo\"")
        #expect(document.records[1].fields[2].column == 3)
    }

    @Test func detectsCommaAndTab() throws {
        #expect(try read("a,b\n1,2\n").delimiter == ",")
        #expect(try read("a\tb\n1\t2\n").delimiter == "\t")
        #expect(try read("\"x;y\",b\n1,2\n").delimiter == ",")
    }

    @Test func skipsBlankLines() throws {
        let document = try read("a;b\n\n1;2\n;\n")
        #expect(document.records.map(\.line) == [3])
    }

    @Test func reportsUnclosedQuoteWhereItStarts() {
        #expect(
            failure(Array("a;b\n1;\"open\n2;3\n".utf8))
                == ImportIssue(
                    file: "t.csv", line: 2, column: 2, message: "aanhalingsteken wordt niet gesloten; verwacht een afsluitend \""))
    }

    @Test func reportsTextAfterClosingQuote() {
        #expect(failure(Array("a;b\n\"x\"y;2\n".utf8))?.line == 2)
    }

    @Test func refusesEncodingsAndBinaries() {
        #expect(failure([])?.message == "bestand is leeg; verwacht een kopregel met kolomnamen")
        #expect(failure(Array("\n \r\n".utf8))?.message == "bestand is leeg; verwacht een kopregel met kolomnamen")
        let latin1 = failure(Array("naam\nDi".utf8) + [0xEB] + Array("n\n".utf8))
        #expect(latin1?.line == 2)
        #expect(latin1?.message.contains("ongeldige UTF-8-tekst bij teken 3") == true)
        #expect(failure([0x50, 0x4B, 0x03, 0x04, 0, 0])?.message.contains("Excel") == true)
        #expect(failure(Array("a;b\n1;".utf8) + [0, 1, 2])?.message.contains("binaire gegevens") == true)
        #expect(failure([0xFF, 0xFE, 0x61, 0x00])?.message.contains("UTF-16") == true)
    }

    /// Wide encodings are named right, with or without a byte order mark.
    @Test func namesUTF32AndUTF16WithoutMark() {
        let text = "gemeente;p1_wethouder_actief\nUtrecht;ja\n"
        let utf16 = Array(text.utf16).flatMap { [UInt8($0 & 0xFF), UInt8($0 >> 8)] }
        let utf32 = Array(text.unicodeScalars).flatMap { scalar in (0..<4).map { UInt8((scalar.value >> (8 * $0)) & 0xFF) } }
        #expect(failure(utf16)?.message.hasPrefix("bestand is UTF-16-tekst") == true, "\(String(describing: failure(utf16)))")
        #expect(failure(utf32)?.message.hasPrefix("bestand is UTF-32-tekst") == true)
        #expect(failure([0xFF, 0xFE, 0x00, 0x00] + utf32)?.message.hasPrefix("bestand is UTF-32-tekst") == true)
    }
}

/// libyaml's English never reaches the user: a reason the program does not know gets a Dutch explanation.
@Suite("YAML messages")
struct YAMLMessageTests {
    @Test func anUnknownLibyamlReasonIsNotShown() {
        let message = YAMLDocument.dutch(problem: "found some rare condition while scanning")
        #expect(!message.contains("found") && !message.contains("scanning"))
        #expect(message.contains("geen geldige YAML"))
        #expect(YAMLDocument.dutch(problem: "did not find expected key") == "verwacht hier een sleutel (controleer het inspringen)")
    }
}
