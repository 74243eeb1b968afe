import ETEModel
import Foundation

/// What an import should read.
public struct ImportRequest: Sendable {
    public var kind: ImportKind
    public var file: URL
    public var year: Int?
    /// Where templates/benchmark/<jaar>.yaml is found when a benchmark year has no questionnaire yet.
    public var templatesDirectory: URL?
    /// The municipality (name or CBS code) a local survey belongs to.
    public var municipality: String?
    /// How many were invited to a local survey (for its response rate).
    public var invited: Int?
    /// The day a complete CBS municipality list describes (`--peildatum`); only for `gemeenten`.
    public var referenceDate: Day?

    public init(
        kind: ImportKind, file: URL, year: Int? = nil, templatesDirectory: URL? = nil, municipality: String? = nil, invited: Int? = nil,
        referenceDate: Day? = nil
    ) {
        self.kind = kind
        self.file = file
        self.year = year
        self.templatesDirectory = templatesDirectory
        self.municipality = municipality
        self.invited = invited
        self.referenceDate = referenceDate
    }

    /// The day whose municipalities the file may name: the reference date of a list, 1 January of
    /// the file's year (the counting rule), or today for files about the present.
    var municipalityDay: Day { referenceDate ?? year.map(Day.firstOfJanuary) ?? Day.today }
}

/// What an import did, for the confirmation line `ete import` prints.
public struct ImportSummary: Sendable, Equatable {
    public var kind: ImportKind
    public var fileName: String
    public var rows: Int
    public var notes: [String] = []
}

/// Everything an importer of one kind may need besides the file.
struct ImportContext {
    let request: ImportRequest
    let fileName: String
    let transaction: StoreTransaction
    let issues: IssueCollector
    /// Every municipality with its lifetime and every merger.
    let register: MunicipalityRegister
    let directory: MunicipalityDirectory
    /// The municipalities of the import's day (`ImportRequest.municipalityDay`).
    let municipalities: MunicipalityResolver
    /// The municipality of a local survey (`--municipality`), when given and known.
    let municipality: Municipality?

    var year: Int? { request.year }

    /// The municipalities of another day, for rows that carry their own date.
    func municipalities(on day: Day) -> MunicipalityResolver {
        MunicipalityResolver(register.all, directory: directory, on: day)
    }
}

/// Importer of one kind of CSV file. `run` parses every row, records every problem,
/// and writes through the transaction; the driver rolls back when problems were found.
protocol CSVImporter {
    static var columns: [ColumnSpec] { get }
    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary
}

/// Runs an import in one transaction: on any problem nothing of the file is written.
public enum Importer {
    public static func run(_ request: ImportRequest, into store: Store) throws -> ImportSummary {
        let fileName = request.file.lastPathComponent
        if request.kind == .questionnaire { return try QuestionnaireImporter.run(request, into: store) }
        try checkYear(request, fileName: fileName)
        if request.kind.requiresMunicipality, request.municipality == nil {
            throw ImportFailure(
                ImportIssue(
                    file: fileName,
                    message: "geef de gemeente op met --municipality; een lokale enquête zegt niet van welke gemeente hij is"))
        }
        if request.referenceDate != nil, request.kind != .municipalities {
            throw ImportFailure(
                ImportIssue(file: fileName, message: "--peildatum hoort alleen bij een volledige gemeentelijst (ete import gemeenten)"))
        }
        if request.kind == .letterText { return try LetterTextImporter.run(request, into: store) }
        if request.kind == .localSurveyText { return try LocalSurveyTextImporter.run(request, into: store) }
        guard let data = FileManager.default.contents(atPath: request.file.path) else {
            throw ImportFailure(ImportIssue(file: request.file.path, message: "bestand niet gevonden of niet leesbaar"))
        }
        let document = try CSVReader.read(data, fileName: fileName)
        let importer = importer(for: request.kind)
        return try store.write { transaction in
            let issues = IssueCollector(file: fileName)
            let directory = try transaction.reader.municipalityDirectory()
            let register = MunicipalityRegister(try transaction.reader.municipalities(), mergers: directory.mergers)
            let municipalities = MunicipalityResolver(register.all, directory: directory, on: request.municipalityDay)
            let context = ImportContext(
                request: request, fileName: fileName, transaction: transaction, issues: issues, register: register,
                directory: directory, municipalities: municipalities,
                municipality: request.municipality.flatMap { requested(municipality: $0, resolver: municipalities, issues: issues) })
            // Header problems do not stop the row checks: the user gets every problem at once.
            let table = try tableFor(importer, document: document, context: context)
            let summary = try importer.run(table, context)
            try issues.throwIfAny()
            try transaction.logImport(kind: request.kind.rawValue, file: fileName, year: request.year, rows: summary.rows)
            return summary
        }
    }

    /// The municipality `--municipality` names, resolved once for the whole import; nil (with the reason recorded) when unknown.
    static func requested(municipality name: String, resolver: MunicipalityResolver, issues: IssueCollector) -> Municipality? {
        switch resolver.resolve(name) {
        case .success(let found): return found
        case .failure(let problem):
            issues.add(line: nil, "--municipality: \(problem.message)")
            return nil
        }
    }

    private static func importer(for kind: ImportKind) -> CSVImporter {
        switch kind {
        case .municipalities: MunicipalityImporter()
        case .benchmark: BenchmarkImporter()
        case .partners: PartnerImporter()
        case .weekEditions: WeekEditionImporter()
        case .weekRegistrations: WeekRegistrationImporter()
        case .lonelinessSurvey: LonelinessSurveyImporter()
        case .localSurvey: LocalSurveyImporter()
        case .campaign: CampaignImporter()
        case .actionLines: ActionLineImporter()
        case .actions: ActionImporter()
        case .signalling: SignallingImporter()
        case .figures: FigureImporter()
        case .prevalence: PrevalenceImporter()
        case .mergers: MergerImporter()
        case .questionnaire, .letterText, .localSurveyText: preconditionFailure("not CSV; handled before")
        }
    }

    private static func tableFor(_ importer: CSVImporter, document: CSVDocument, context: ImportContext) throws -> CSVTable {
        let table: CSVTable
        if let benchmark = importer as? BenchmarkImporter {
            table = try benchmark.table(document, context)
        } else if let local = importer as? LocalSurveyImporter {
            table = local.table(document, context)
        } else {
            table = CSVTable(document, columns: type(of: importer).columns, issues: context.issues)
        }
        document.records.forEach(table.checkRecord)
        if document.records.isEmpty {
            context.issues.add(
                line: document.header.first?.line, "bestand bevat alleen een kopregel; verwacht minstens één regel met gegevens")
        }
        return table
    }

    /// `--year` must be given where needed, lie within the programme's years, and agree
    /// with a year in the file name ("benchmark-2023.csv" imported as 2024 is refused).
    static func checkYear(_ request: ImportRequest, fileName: String) throws {
        guard let year = request.year else {
            if request.kind.requiresYear {
                throw ImportFailure(
                    ImportIssue(file: fileName, message: "geef het jaar op met --year; dit bestand zegt niet over welk jaar het gaat"))
            }
            return
        }
        guard ProgrammeYears.contains(year) else {
            throw ImportFailure(
                ImportIssue(
                    file: fileName,
                    message: "jaar \(year) valt buiten het programma; verwacht \(ProgrammeYears.first) tot en met \(ProgrammeYears.last)"))
        }
        let yearsInName = Set(
            fileName.split(whereSeparator: { !$0.isNumber })
                .filter { $0.count == 4 }.compactMap { Int($0) }.filter(ProgrammeYears.contains))
        if yearsInName.count == 1, let named = yearsInName.first, named != year {
            throw ImportFailure(
                ImportIssue(
                    file: fileName,
                    message: "de bestandsnaam noemt \(named), maar --year is \(year); controleer het jaar of hernoem het bestand"))
        }
    }
}
