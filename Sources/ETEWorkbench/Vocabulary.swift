import ETEAnalysis
import ETELetter
import ETEOutput
import ETEStore

// The few types front ends name directly (closed sets they parse, findings they print), so a
// front end depends on this library alone.
public typealias LetterFormat = ETELetter.LetterFormat
public typealias Provenance = ETEOutput.Provenance
public typealias ImportKind = ETEStore.ImportKind
public typealias ImportSummary = ETEStore.ImportSummary
public typealias Finding = ETEAnalysis.Finding
