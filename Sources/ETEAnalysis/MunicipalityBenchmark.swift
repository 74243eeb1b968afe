import ETEModel

/// One municipality's benchmark results beside the groups it is compared with: its own answers
/// and pillar scores, the national, size-class and province figures, its answers over the
/// years and its Week tegen Eenzaamheid activities. Every group figure comes from a `PeerGroup`,
/// so the disclosure rule holds for each output built on this value (workbook, factsheet).
public struct MunicipalityBenchmark: Sendable {
    /// A group of municipalities the results are set beside.
    public struct Comparison: Sendable {
        public enum Kind: Sendable, CaseIterable { case national, sizeClass, province, peers }
        public let kind: Kind
        /// Dutch heading: "Landelijk", "Grootteklasse: …", "Provincie …", "Vergelijkbare gemeenten".
        public let heading: String
        public let group: PeerGroup
    }

    /// The municipality's answer to one question in one year.
    public enum TrendCell: Sendable {
        /// The municipality did not take part that year.
        case notParticipating
        /// The municipality did not exist yet on 1 January of that year (formed by a later merger).
        case notYetExisting
        /// The question was not in that year's questionnaire.
        case notAsked
        /// It took part but left the question open (the response says why, e.g. routing).
        case unanswered(Question, BenchmarkResponse)
        case answered(String, Question)
    }

    public let municipality: Municipality
    /// Its merger history when it was formed from other municipalities; nil otherwise.
    public let origin: MunicipalityOrigin?
    public let year: Int
    /// Built from the fictitious demo data: every output must say so.
    public let isDemo: Bool
    public let questionnaire: Questionnaire
    /// Nil when the municipality did not take part this year.
    public let response: BenchmarkResponse?
    /// National, size class, province and peer group, in the order every output shows them.
    public let comparisons: [Comparison]
    /// The municipalities of its peer group (itself included), by name.
    public let peers: [Municipality]
    /// Every benchmark year in the store, oldest first.
    public let years: [Int]
    public let weekEdition: WeekEdition?
    /// This year's registered activities in the municipality, by date and organiser.
    public let weekRegistrations: [WeekRegistration]
    /// Respondents this year and municipalities in the list, for the explanation.
    public let respondents: Int
    public let municipalityCount: Int
    private let responsesByYear: [Int: BenchmarkResponse]
    private let questionnaires: [Int: Questionnaire]
    private let ownAggregate: BenchmarkAggregate?
    /// The rules behind `profile`, from the overview.
    public let profileRules: PolicyProfileRules?

    public init(overview: BenchmarkOverview, municipality: Municipality) {
        self.municipality = municipality
        origin = MunicipalityOrigin(municipality, register: overview.register)
        year = overview.year
        isDemo = overview.isDemo
        questionnaire = overview.questionnaire
        response = overview.response(of: municipality.code, in: overview.year)
        comparisons = [
            Comparison(kind: .national, heading: "Landelijk", group: overview.nation),
            Comparison(
                kind: .sizeClass, heading: "Grootteklasse: \(municipality.sizeClass.dutchLabel)",
                group: overview.sizeClassGroup(of: municipality)),
            Comparison(kind: .province, heading: "Provincie \(municipality.province)", group: overview.provinceGroup(of: municipality)),
            Comparison(kind: .peers, heading: "Vergelijkbare gemeenten", group: overview.peerGroup(of: municipality)),
        ]
        peers = overview.peers(of: municipality)
        years = overview.years
        weekEdition = overview.weekEdition
        weekRegistrations = (overview.weekRegistrations[municipality.code] ?? []).sorted {
            ($0.date, $0.organiser) < ($1.date, $1.organiser)
        }
        respondents = overview.respondents(in: overview.year)
        municipalityCount = overview.municipalities.count
        responsesByYear = overview.responses.compactMapValues { $0[municipality.code] }
        questionnaires = overview.questionnaires
        profileRules = overview.profileRules
        ownAggregate = response.map { BenchmarkAggregate(questionnaire: overview.questionnaire, responses: [$0]) }
    }

    public var participates: Bool { response != nil }

    /// What the peer group is, in one Dutch sentence for every output.
    public var peerGroupDescription: String {
        let name = peerGroupName
        let block = name.components(separatedBy: ", groep").first ?? name
        return "\(peers.count) gemeenten met \(block) die in inwonertal, aandeel 65-plussers, eenpersoonshuishoudens en "
            + "adresdichtheid op elkaar lijken (CBS, kerncijfers 2020); zo vast ingedeeld dat elke gemeente in één groep zit."
    }
    /// The peer group's name ("20.000 tot 50.000 inwoners, groep 3 van 9").
    public var peerGroupName: String { peerGroup.name }
    /// The comparison with its peer group (every benchmark has one).
    public var peerGroup: PeerGroup { comparisons.first { $0.kind == .peers }!.group }

    /// Its own policy profile this year; nil without a response, rules, or the questions they read.
    public var profile: PolicyProfile? {
        guard let response, let rules = profileRules else { return nil }
        return rules.profile(of: response, questionnaire: questionnaire)
    }

    /// Whether any comparison withholds a figure (the outputs then explain the secret symbol).
    public var anyWithheld: Bool { comparisons.contains { $0.group.withholdsAny } }

    /// The share of the pillar's questions the municipality answered positively; nil without a response.
    public func ownPillarScore(_ pillar: Pillar) -> Int? { ownAggregate?.pillarScore(pillar) }

    /// The raw answer this year (codes joined by "|" for multiple choice); nil when absent.
    public func ownAnswer(_ question: Question) -> String? { response?.answers[question.id] }

    /// The option codes the municipality chose for a multiple-choice question.
    public func chosenOptions(_ question: Question) -> Set<String> {
        Set((ownAnswer(question) ?? "").split(separator: "|").map(String.init))
    }

    public func participated(in year: Int) -> Bool { responsesByYear[year] != nil }

    /// Whether the municipality counted in `year` (existed on 1 January).
    public func existed(in year: Int) -> Bool { municipality.exists(in: year) }

    /// The municipality's answer to `question` (by id) in `year`, as that year asked it.
    public func trend(_ question: Question, in year: Int) -> TrendCell {
        guard existed(in: year) else { return .notYetExisting }
        guard let response = responsesByYear[year] else { return .notParticipating }
        guard let asked = questionnaires[year]?.question(question.id) else { return .notAsked }
        guard let answer = response.answers[asked.id] else { return .unanswered(asked, response) }
        return .answered(answer, asked)
    }
}
