import ETEAnalysis
import ETEModel
import ETEStore
import ETEWorkbooks
import Foundation
import TestSupport
import Testing

/// The 2024 benchmark workbooks of the demo store, written once for all tests that only read them.
enum DemoWorkbooks {
    static let written: BenchmarkWorkbooks = {
        do {
            guard let overview = try BenchmarkOverview.load(year: 2024, from: SharedDemo.store) else {
                fatalError("no 2024 benchmark in the demo")
            }
            let workbooks = BenchmarkWorkbooks(overview: overview, outputFolder: try Scratch().folder)
            try workbooks.writeNational()
            try workbooks.writeInternal()
            try workbooks.writeMunicipalities(overview.municipalities)
            return workbooks
        } catch {
            fatalError("demo workbooks: \(error)")
        }
    }()

    static var overview: BenchmarkOverview { written.overview }

    static func national() throws -> XlsxContent { try XlsxContent(url: written.nationalURL) }

    static func internalList() throws -> XlsxContent { try XlsxContent(url: written.internalURL) }

    static func of(_ municipality: Municipality) throws -> XlsxContent { try XlsxContent(url: written.municipalityURL(municipality)) }

    static func municipality(named name: String) throws -> Municipality {
        try #require(overview.municipalities.first { $0.name == name })
    }

    static func respondents(_ answered: Bool) -> [Municipality] {
        overview.municipalities.filter { (overview.response(of: $0.code, in: 2024) != nil) == answered }
    }
}
