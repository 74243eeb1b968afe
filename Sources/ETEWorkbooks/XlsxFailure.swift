import ETEOutput
import XlsxWriter

/// libxlsxwriter's failures say in Dutch why a workbook could not be built.
extension XlsxError: OutputFailure {
    public var outputFailureReason: String { "de werkmap kon niet worden opgebouwd (\(dutchReason))" }
}
