import ETEAnalysis
import ETEReports
import ETEStore

// The few types front ends name directly (closed sets they parse, findings they print), so a
// front end depends on this library alone.
public typealias LetterFormat = ETEReports.LetterFormat
public typealias ImportKind = ETEStore.ImportKind
public typealias ImportSummary = ETEStore.ImportSummary
public typealias Finding = ETEAnalysis.Finding
