import Foundation
import TestSupport
import Testing

/// The workbooks validate against ECMA-376 with an independent validator.
@Suite("Workbooks: schema-valid Excel")
struct WorkbookSchemaValidityTests {
    @Test func nationalAndMunicipalityWorkbooksHaveNoValidatorErrors() throws {
        #expect(try OpenXMLAudit.errors(in: DemoWorkbooks.written.nationalURL) == [])
        let amsterdam = try DemoWorkbooks.municipality(named: "Amsterdam")
        #expect(try OpenXMLAudit.errors(in: DemoWorkbooks.written.municipalityURL(amsterdam)) == [])
    }
}
