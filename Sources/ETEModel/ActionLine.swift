/// An action line (actielijn): a numbered line of work, valid for a run of years. The programme's
/// lines change with its periods (two lines in the 2018 programme, three from the 2022
/// continuation, new ones in a later approach), so lines are data: staff import a new set with
/// `ete import actielijnen`, and the letter shows the lines valid in its year.
public struct ActionLine: Sendable, Codable, Hashable, Identifiable {
    public var number: Int
    public var title: String
    /// The first year this line is valid; with the number it identifies the line.
    public var firstYear: Int
    /// The last year this line is valid; nil while it has no announced end.
    public var lastYear: Int?
    /// The letter's own section template for this line (templates/kamerbrief/secties/actielijnen/<naam>.md);
    /// nil means the general section for a line (heading, passage, actions).
    public var template: String?
    /// The letter's topics with figures that this line carries (`campagne`, `week`, `kennis`,
    /// `coalitie`, `lokale-aanpak`, `signaleren`; templates/kamerbrief/onderwerpen.yaml), in order.
    public var topics: [String]
    /// How the letter names the programme of this line's period mid-sentence, with its article
    /// ("het actieprogramma Eén tegen eenzaamheid"), and in short ("het actieprogramma"); nil: not given.
    public var programme: String?
    public var programmeShort: String?

    public var id: String { Self.id(firstYear: firstYear, number: number) }

    /// Where a line's own section template lives, under templates/kamerbrief/.
    public static let templateFolder = "secties/actielijnen"
    /// Where the letter's topic sections live, under templates/kamerbrief/ (one per topic).
    public static let topicFolder = "secties/onderwerpen"

    public init(
        number: Int, title: String, firstYear: Int, lastYear: Int? = nil, template: String? = nil, topics: [String] = [],
        programme: String? = nil, programmeShort: String? = nil
    ) {
        self.number = number
        self.title = title
        self.firstYear = firstYear
        self.lastYear = lastYear
        self.template = template
        self.topics = topics
        self.programme = programme
        self.programmeShort = programmeShort
    }

    public static func id(firstYear: Int, number: Int) -> String { "\(firstYear)-\(number)" }

    public func isValid(in year: Int) -> Bool { year >= firstYear && lastYear.map { year <= $0 } ?? true }

    /// Whether both lines are valid in at least one common year.
    public func overlaps(_ other: ActionLine) -> Bool {
        firstYear <= (other.lastYear ?? .max) && other.firstYear <= (lastYear ?? .max)
    }

    /// "Actielijn 1: Meer bewustwording in de samenleving over eenzaamheid".
    public var heading: String { "Actielijn \(number): \(title)" }

    /// "2022–2025", "vanaf 2026".
    public var period: String { lastYear.map { "\(firstYear)–\($0)" } ?? "vanaf \(firstYear)" }

    /// The passage with this line's own text in the letter-text folder: actielijn-<nummer>.md.
    public var passageKey: String { "actielijn-\(number)" }
    /// The passage with the outlook staff write for the line ("actielijn-1-vooruitblik").
    public var outlookPassageKey: String { "\(passageKey)-vooruitblik" }

    /// The lines as the programme documents name them (2018 programme; 2022–2025 continuation),
    /// present in every new store. The 2022 lines end with 2025: the lines of the approach
    /// announced from 2026 are not known yet and are imported when they are.
    public static let programmeLines: [ActionLine] = [
        ActionLine(
            number: 1, title: "Het signaleren en bespreekbaar maken van eenzaamheid", firstYear: 2018, lastYear: 2021,
            programme: actionProgramme, programmeShort: actionProgrammeShort),
        ActionLine(
            number: 2, title: "Het doorbreken en duurzaam aanpakken van eenzaamheid", firstYear: 2018, lastYear: 2021,
            programme: actionProgramme, programmeShort: actionProgrammeShort),
        ActionLine(
            number: 1, title: "Meer bewustwording in de samenleving over eenzaamheid", firstYear: 2022, lastYear: 2025,
            template: "bewustwording", topics: ["campagne", "week", "kennis"], programme: actionProgramme,
            programmeShort: actionProgrammeShort),
        ActionLine(
            number: 2, title: "Meer maatschappelijk initiatief tegen eenzaamheid", firstYear: 2022, lastYear: 2025,
            template: "maatschappelijk-initiatief", topics: ["coalitie"], programme: actionProgramme,
            programmeShort: actionProgrammeShort),
        ActionLine(
            number: 3, title: "In alle gemeenten een lokale aanpak tegen eenzaamheid", firstYear: 2022, lastYear: 2025,
            template: "lokale-aanpak", topics: ["lokale-aanpak", "signaleren"], programme: actionProgramme,
            programmeShort: actionProgrammeShort),
    ]

    /// The name of the 2018 programme and its 2022–2025 continuation, as the letters use it.
    public static let actionProgramme = "het actieprogramma Eén tegen eenzaamheid"
    public static let actionProgrammeShort = "het actieprogramma"
}

extension Collection where Element == ActionLine {
    /// The lines valid in a year, by number.
    public func valid(in year: Int) -> [ActionLine] {
        filter { $0.isValid(in: year) }.sorted { $0.number < $1.number }
    }
}
