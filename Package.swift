// swift-tools-version:6.0
// ETE Workbench: data, letter and benchmark workbooks for the programme "Eén tegen eenzaamheid".
// Layers (dependencies point one way):
// ETEModel → ETEStore → ETEAnalysis → (ETELetter | ETEWorkbooks) → ETEWorkbench → ETECLI.
import PackageDescription

let package = Package(
    name: "ETEWorkbench",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "ete", targets: ["ETECLI"]),
        .executable(name: "ete-bench", targets: ["ETEBenchmark"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.0.0"),
        .package(url: "https://github.com/jpsim/Yams", from: "6.0.0"),
        .package(url: "https://github.com/weichsel/ZIPFoundation", from: "0.9.19"),
        .package(url: "https://github.com/stencilproject/Stencil", from: "0.15.1"),
        .package(url: "https://github.com/kylef/PathKit", from: "1.0.1"),
    ],
    targets: [
        // Pure value types of the programme; no I/O.
        .target(name: "ETEModel"),
        // SQLite store (GRDB): schema migrations, repositories, CSV/YAML importers.
        .target(
            name: "ETEStore",
            dependencies: [
                "ETEModel", "ETEOutput",
                .product(name: "GRDB", package: "GRDB.swift"),
                .product(name: "Yams", package: "Yams"),
            ],
            resources: [
                .copy("Resources/gemeenten-2024.tsv"),
                .copy("Resources/gemeente-aliassen.tsv"),
                .copy("Resources/herindelingen.tsv"),
                .copy("Resources/eenzaamheid-rivm.tsv"),
                .copy("Resources/kenmerken-cbs-2020.tsv"),
            ]
        ),
        // Figures derived from the store (what `ete stats` prints and the reports use).
        .target(name: "ETEAnalysis", dependencies: ["ETEModel", "ETEStore"]),
        // The deterministic, fictitious demo dataset.
        .target(name: "ETEDemo", dependencies: ["ETEModel", "ETEStore"]),
        // libxlsxwriter (Debian: libxlsxwriter-dev), used by the benchmark workbooks.
        .systemLibrary(
            name: "CXlsxWriter",
            pkgConfig: "xlsxwriter",
            providers: [.apt(["libxlsxwriter-dev"])]
        ),
        // A small, domain-independent Swift layer over libxlsxwriter: the only place with its C calls.
        .target(name: "XlsxWriter", dependencies: ["CXlsxWriter"]),
        // Safe file writing (temporary name, rename into place, Dutch system errors) and the
        // provenance texts every output shares. Below the store, which writes its database the same way.
        .target(name: "ETEOutput", dependencies: ["ETEModel", .product(name: "ZIPFoundation", package: "ZIPFoundation")]),
        // The yearly progress letter: templates filled from a `LetterInput`, rendered as docx, HTML, Markdown.
        .target(
            name: "ETELetter",
            dependencies: [
                "ETEModel", "ETEAnalysis", "ETEOutput",
                .product(name: "Stencil", package: "Stencil"),
                .product(name: "PathKit", package: "PathKit"),
                .product(name: "ZIPFoundation", package: "ZIPFoundation"),
                .product(name: "Yams", package: "Yams"),
            ]),
        // The one-page factsheet per municipality (HTML and docx) from a `FactsheetInput`.
        .target(name: "ETEFactsheets", dependencies: ["ETEModel", "ETEAnalysis", "ETEOutput"]),
        // The benchmark workbooks (national, internal, per municipality) from a `BenchmarkOverview`.
        .target(name: "ETEWorkbooks", dependencies: ["ETEModel", "ETEAnalysis", "ETEOutput", "XlsxWriter"]),
        // The use cases as a library (a workspace, import, check, figures, letter, workbooks), so a
        // second front end stands beside the CLI instead of copying it.
        .target(
            name: "ETEWorkbench",
            dependencies: [
                "ETEModel", "ETEStore", "ETEAnalysis", "ETEDemo", "ETEOutput", "ETELetter", "ETEWorkbooks", "ETEFactsheets",
            ]),
        // The `ete` command-line program: parse, call a use case, print.
        .executableTarget(
            name: "ETECLI",
            dependencies: [
                "ETEModel", "ETEWorkbench",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        // `make bench`: times `ete benchmark --all` on the demo store and reports peak memory.
        .executableTarget(name: "ETEBenchmark", dependencies: ["ETEAnalysis", "ETEModel", "ETEStore"], path: "Sources/ETEBenchmark"),
        .testTarget(name: "ETEModelTests", dependencies: ["ETEModel"]),
        .testTarget(name: "ETEAnalysisTests", dependencies: ["ETEAnalysis", "ETEModel", "ETEDemo", "ETEStore", "TestSupport"]),
        .testTarget(name: "ETEDemoTests", dependencies: ["ETEAnalysis", "ETEDemo", "ETEModel", "ETEStore", "TestSupport"]),
        .testTarget(name: "ETEStoreTests", dependencies: ["ETEModel", "ETEStore", "ETEAnalysis", "ETEDemo", "TestSupport"]),
        .testTarget(name: "ETECLITests", dependencies: ["ETECLI", "ETEStore", "TestSupport"]),
        // Shared test fixtures (scratch folders, the demo store) and a reader for generated .xlsx/.docx files.
        .target(
            name: "TestSupport",
            dependencies: ["ETEStore", "ETEDemo", "ETEOutput", .product(name: "ZIPFoundation", package: "ZIPFoundation")],
            path: "Tests/TestSupport"),
        .testTarget(name: "XlsxWriterTests", dependencies: ["XlsxWriter", "TestSupport"]),
        .testTarget(
            name: "ETEFactsheetsTests",
            dependencies: [
                "ETEModel", "ETEStore", "ETEAnalysis", "ETEOutput", "ETEFactsheets", "ETEWorkbench", "ETEWorkbooks", "TestSupport",
            ]),
        .testTarget(
            name: "ETELetterTests",
            dependencies: ["ETEModel", "ETEStore", "ETEAnalysis", "ETEOutput", "ETELetter", "ETEWorkbench", "TestSupport"],
            exclude: ["Golden"]),
        .testTarget(
            name: "ETEWorkbooksTests",
            dependencies: ["ETEModel", "ETEStore", "ETEAnalysis", "ETEOutput", "ETEWorkbooks", "TestSupport"]),
    ],
    swiftLanguageModes: [.v6]
)
