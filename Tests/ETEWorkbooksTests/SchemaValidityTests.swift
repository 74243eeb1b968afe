import Foundation
import TestSupport
import Testing

/// The workbooks validate against ECMA-376 with an independent validator.
@Suite("Workbooks: schema-valid Excel")
struct WorkbookSchemaValidityTests {
    @Test func nationalAndMunicipalityWorkbooksHaveNoValidatorErrors() throws {
        guard OpenXMLAudit.available else {
            Issue.record("\(OpenXMLAudit.executable.path) ontbreekt; 'make test' installeert openxml-audit in .venv")
            return
        }
        #expect(try OpenXMLAudit.errors(in: DemoWorkbooks.written.nationalURL) == [])
        let amsterdam = try DemoWorkbooks.municipality(named: "Amsterdam")
        #expect(try OpenXMLAudit.errors(in: DemoWorkbooks.written.municipalityURL(amsterdam)) == [])
    }
}
