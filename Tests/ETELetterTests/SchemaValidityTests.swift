import Foundation
import TestSupport
import Testing

/// The Word letter validates against ECMA-376 with an independent validator, so Word opens it
/// without offering a repair.
@Suite("Progress letter: schema-valid Word")
struct LetterSchemaValidityTests {
    @Test func demoLetterHasNoValidatorErrors() throws {
        #expect(try OpenXMLAudit.errors(in: DemoLetters.files2024.url(.docx)) == [])
    }
}
