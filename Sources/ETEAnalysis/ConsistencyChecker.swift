import ETEModel
import ETEStore
import Foundation

/// A consistency problem in the stored data, in Dutch.
public struct Finding: Sendable, Equatable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error = "fout"
        case warning = "waarschuwing"
    }

    public var severity: Severity
    public var message: String

    public var description: String { "\(severity.rawValue): \(message)" }
}

/// Checks what single imports cannot: relations between tables and years.
/// Errors make `ete check` exit with status 1; warnings are for a person to judge.
public enum ConsistencyChecker {
    /// With `templatesFolder`, also lists letter passages that no template uses.
    public static func check(_ store: Store, year: Int? = nil, templatesFolder: URL? = nil) throws -> [Finding] {
        try store.read { reader in
            let municipalities = try reader.municipalities()
            let years = try reader.questionnaireYears().filter { year == nil || $0 == year }
            let lists = try reader.municipalityLists()
            let countedYears = Set(years + (try reader.letterYears()) + lists.map(\.day.year) + (year.map { [$0] } ?? []))
                .filter { year == nil || $0 == year }
            var findings = municipalityFindings(municipalities)
            findings += municipalityCountFindings(try reader.municipalityRegister(), lists: lists, years: countedYears.sorted())
            for benchmarkYear in years {
                findings += try benchmarkFindings(year: benchmarkYear, reader: reader, municipalities: municipalities)
            }
            let partners = try reader.coalitionPartners()
            findings += partnerFindings(partners)
            findings += nearDuplicateFindings("coalitiepartner", partners.map(\.name))
            findings += nearDuplicateFindings("signaleringsnetwerk", Array(Set(try reader.signallingCoverage().map(\.network))).sorted())
            for weekYear in Set(years + (year.map { [$0] } ?? [])).sorted() {
                findings += try weekFindings(year: weekYear, reader: reader)
            }
            if let templatesFolder {
                findings += ruleFindings(templatesFolder, questionnaires: try reader.questionnaires())
                let lines = try reader.actionLines()
                let catalogue = PassageCatalogue(templatesFolder: templatesFolder)
                for letterYear in try reader.letterYears() where year == nil || letterYear == year {
                    let passages = try reader.letterText(year: letterYear)?.passages.keys.map { $0 } ?? []
                    findings += catalogue.unusedPassageWarnings(passages, lines: lines.valid(in: letterYear), year: letterYear).map {
                        Finding(severity: .warning, message: "brief \(letterYear): \($0)")
                    }
                }
            }
            return findings
        }
    }

    /// The rules kept as data (policy profiles, factsheet suggestions): a rule about a question no
    /// stored questionnaire asks is a warning (it never holds); a rules file with errors is an error.
    static func ruleFindings(_ templates: URL, questionnaires: [Questionnaire]) -> [Finding] {
        guard !questionnaires.isEmpty else { return [] }
        let notes = RuleNotes()
        var findings: [Finding] = []
        for (path, load) in [
            (
                PolicyProfileFile.path,
                { _ = try PolicyProfileFile.load(templates: templates, questionnaires: questionnaires, notes: notes) }
            ),
            (SuggestionFile.path, { _ = try SuggestionFile.load(templates: templates, questionnaires: questionnaires, notes: notes) }),
        ] as [(String, () throws -> Void)]
        where FileManager.default.fileExists(atPath: templates.appendingPathComponent(path).path) {
            do { try load() } catch { findings.append(Finding(severity: .error, message: "\(error)")) }
        }
        return findings + notes.all.map { Finding(severity: .warning, message: "regel: \($0)") }
    }

    /// Each year's municipalities against that year's CBS list: the list of its 1 January when one
    /// was imported, else the latest earlier list with the recorded mergers since. A difference
    /// means a municipality that began or ended without a merger (or a list with a mistake).
    static func municipalityCountFindings(
        _ register: MunicipalityRegister, lists: [(day: Day, count: Int, source: String)], years: [Int]
    ) -> [Finding] {
        years.compactMap { year in
            let day = Day.firstOfJanuary(year)
            guard let list = lists.last(where: { $0.day <= day }) else { return nil }
            let ended = register.municipalities(on: list.day).filter { !$0.exists(on: day) }.count
            let formed = register.all.filter {
                !$0.exists(on: list.day) && $0.exists(on: day) && !register.origins(of: $0.code).isEmpty
            }.count
            let expected = list.count - ended + formed
            let counted = register.municipalities(in: year).count
            guard counted != expected else { return nil }
            let basis =
                list.day == day
                ? "de gemeentelijst van die dag (\(list.source)) telt er \(list.count)"
                : "de gemeentelijst van \(list.day.dutchLong) (\(list.source)) met de herindelingen sindsdien geeft \(expected)"
            return Finding(severity: .warning, message: "gemeenten op 1 januari \(year): \(counted) in de database; \(basis)")
        }
    }

    static func municipalityFindings(_ municipalities: [Municipality]) -> [Finding] {
        var findings: [Finding] = []
        for municipality in municipalities {
            if let coalition = municipality.localCoalitionSince, coalition.year < 2008 {
                findings.append(
                    Finding(severity: .warning, message: "\(municipality.name): lokale coalitie sinds \(coalition) ligt vóór 2008"))
            }
        }
        return findings
    }

    static func benchmarkFindings(year: Int, reader: StoreReader, municipalities: [Municipality]) throws -> [Finding] {
        guard let questionnaire = try reader.questionnaire(year: year) else { return [] }
        let responses = try reader.benchmarkResponses(year: year)
        if responses.isEmpty {
            return [
                Finding(
                    severity: .warning,
                    message:
                        "benchmark \(year): er is een vragenlijst maar nog geen enkel antwoord; importeer ze met 'ete import benchmark BESTAND --year \(year)'"
                )
            ]
        }
        let byCode = Dictionary(uniqueKeysWithValues: municipalities.map { ($0.code, $0) })
        var findings: [Finding] = []
        for response in responses {
            let name = byCode[response.municipality]?.name ?? response.municipality.rawValue
            for (id, value) in response.answers.sorted(by: { $0.key < $1.key }) {
                guard let question = questionnaire.question(id) else { continue }
                if case .failure(let problem) = question.parseAnswer(value) {
                    findings.append(
                        Finding(
                            severity: .error,
                            message:
                                "benchmark \(year), \(name): antwoord \(DutchText.quoted(value)) op \(id) past niet bij de vragenlijst; verwacht \(problem.expected)"
                        ))
                }
                if let condition = question.askedIf, !question.applies(given: response.answers) {
                    findings.append(
                        Finding(
                            severity: .error,
                            message:
                                "benchmark \(year), \(name): \(id) is beantwoord terwijl \(condition.questionID) niet \(condition.answers.joined(separator: " of ")) is"
                        ))
                }
            }
            if let coalition = questionnaire.question(reporting: .localCoalition),
                response.answers[coalition.id].map(coalition.counts) == true, let municipality = byCode[response.municipality],
                !municipality.hasLocalCoalition(atEndOf: year)
            {
                findings.append(
                    Finding(
                        severity: .warning,
                        message:
                            "benchmark \(year), \(name): meldt een lokale coalitie, maar in de gemeentegegevens staat er geen (importeer 'gemeenten' met lokale_coalitie_sinds)"
                    ))
            }
        }
        return findings
    }

    static func partnerFindings(_ partners: [CoalitionPartner]) -> [Finding] {
        partners.compactMap { partner in
            guard let left = partner.leftOn, left < partner.joinedOn else { return nil }
            return Finding(
                severity: .error, message: "coalitiepartner \(partner.name): uitgetreden (\(left)) vóór toetreden (\(partner.joinedOn))")
        }
    }

    /// Names that differ by a letter or two are probably one entity typed twice; a person decides.
    static func nearDuplicateFindings(_ what: String, _ names: [String]) -> [Finding] {
        DutchText.nearDuplicates(names).map { first, second in
            Finding(
                severity: .warning,
                message:
                    "\(what) \(DutchText.quoted(first)) en \(DutchText.quoted(second)) lijken dezelfde; controleer de spelling (dezelfde naam op hoofdletters, accenten en spaties na wordt al als één herkend)"
            )
        }
    }

    static func weekFindings(year: Int, reader: StoreReader) throws -> [Finding] {
        guard let edition = try reader.weekEdition(year: year) else { return [] }
        let registrations = try reader.weekRegistrations(year: year)
        let outside = registrations.filter { $0.date < edition.startDate || $0.date > edition.endDate }
        guard !outside.isEmpty else { return [] }
        return [
            Finding(
                severity: .warning,
                message:
                    "Week tegen Eenzaamheid \(year): \(outside.count) activiteit(en) vallen buiten de week (\(edition.startDate) tot en met \(edition.endDate))"
            )
        ]
    }
}
