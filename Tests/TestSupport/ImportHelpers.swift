import ETEModel
import ETEStore
import Foundation
import Testing

extension Scratch {
    /// Writes `text` under `name` in this folder and imports it into `store`, with the repository's templates.
    @discardableResult
    public func importText(
        _ kind: ImportKind, _ text: String, name: String, year: Int? = nil, municipality: String? = nil, invited: Int? = nil,
        referenceDate: Day? = nil, into store: Store
    ) throws -> ImportSummary {
        try importBytes(
            kind, Array(text.utf8), name: name, year: year, municipality: municipality, invited: invited, referenceDate: referenceDate,
            into: store)
    }

    @discardableResult
    public func importBytes(
        _ kind: ImportKind, _ bytes: [UInt8], name: String, year: Int? = nil, municipality: String? = nil, invited: Int? = nil,
        referenceDate: Day? = nil, into store: Store
    ) throws -> ImportSummary {
        try Importer.run(
            ImportRequest(
                kind: kind, file: try write(bytes: bytes, to: name), year: year,
                templatesDirectory: RepositoryPaths.templates, municipality: municipality, invited: invited,
                referenceDate: referenceDate), into: store)
    }

    /// Imports a file that must be refused and returns its located messages. Records an issue when
    /// the import was accepted or when the refused import changed anything in the store.
    public func refusedImport(
        _ kind: ImportKind, _ text: String, name: String, year: Int? = nil, municipality: String? = nil, invited: Int? = nil,
        referenceDate: Day? = nil, into store: Store, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String] {
        try refusedImport(
            kind, bytes: Array(text.utf8), name: name, year: year, municipality: municipality, invited: invited,
            referenceDate: referenceDate, into: store, sourceLocation: sourceLocation)
    }

    public func refusedImport(
        _ kind: ImportKind, bytes: [UInt8], name: String, year: Int? = nil, municipality: String? = nil, invited: Int? = nil,
        referenceDate: Day? = nil, into store: Store, sourceLocation: SourceLocation = #_sourceLocation
    ) throws -> [String] {
        let before = try store.contentFingerprint()
        var issues: [String] = []
        do {
            try importBytes(
                kind, bytes, name: name, year: year, municipality: municipality, invited: invited, referenceDate: referenceDate,
                into: store)
            Issue.record("import of \(name) was accepted", sourceLocation: sourceLocation)
        } catch let failure as ImportFailure {
            issues = failure.issues.map(\.description)
        }
        #expect(try store.contentFingerprint() == before, "a refused import changed the store", sourceLocation: sourceLocation)
        return issues
    }
}
