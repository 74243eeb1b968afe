/// The kinds of file `ete import` understands.
public enum ImportKind: String, CaseIterable, Sendable {
    case municipalities = "gemeenten"
    case mergers = "herindelingen"
    case benchmark = "benchmark"
    case questionnaire = "vragenlijst"
    case partners = "partners"
    case weekEditions = "week-edities"
    case weekRegistrations = "week"
    case campaign = "campagne"
    case actionLines = "actielijnen"
    case actions = "acties"
    case signalling = "signalering"
    case figures = "kerncijfers"
    case letterText = "letter-text"
    case prevalence = "eenzaamheid"
    case lonelinessSurvey = "eenzaamheidsschaal"
    case localSurvey = "stappenplan"
    case localSurveyText = "stappenplan-tekst"

    /// Accepts the Dutch name and an English alternative ("municipalities", "actions", …).
    public init?(name: String) {
        let key = name.lowercased()
        if let kind = ImportKind(rawValue: key) {
            self = kind
            return
        }
        let english: [String: ImportKind] = [
            "municipalities": .municipalities, "mergers": .mergers, "questionnaire": .questionnaire, "week-editions": .weekEditions,
            "week-registrations": .weekRegistrations, "campaign": .campaign, "campaigns": .campaign,
            "action-lines": .actionLines, "actions": .actions, "signalling": .signalling, "figures": .figures, "brieftekst": .letterText,
            "prevalence": .prevalence, "loneliness": .prevalence, "loneliness-scale": .lonelinessSurvey,
            "local-survey": .localSurvey, "local-survey-text": .localSurveyText,
        ]
        guard let kind = english[key] else { return nil }
        self = kind
    }

    /// Whether `--year` must be given: these files carry one year's data without saying which.
    public var requiresYear: Bool { self == .benchmark || self == .weekRegistrations || self == .letterText || requiresMunicipality }

    /// Whether `--municipality` must be given: a municipality's own survey.
    public var requiresMunicipality: Bool { [.lonelinessSurvey, .localSurvey, .localSurveyText].contains(self) }

    /// One line for `ete import --help`.
    public var summary: String {
        switch self {
        case .municipalities:
            "status per gemeente: aangesloten, lokale coalitie, adviseur, inwoners; met --peildatum de volledige CBS-lijst van die dag"
        case .mergers: "herindelingen: oude_code, nieuwe_code, datum en bron (de nieuwe gemeente met nieuwe_naam en provincie)"
        case .benchmark: "benchmarkantwoorden, één regel per gemeente en één kolom per vraag-id (met --year)"
        case .questionnaire: "vragenlijst van een benchmarkjaar (YAML, zie templates/benchmark/)"
        case .partners: "partners van de Nationale Coalitie tegen Eenzaamheid"
        case .weekEditions: "edities van de Week tegen Eenzaamheid (data, landelijke opening)"
        case .weekRegistrations: "aanmeldingen van activiteiten in de Week tegen Eenzaamheid (met --year)"
        case .campaign: "campagnemetingen per meting (golf)"
        case .actionLines: "actielijnen van een periode: nummer, titel, van_jaar, tot_en_met_jaar, eigen briefsjabloon"
        case .actions: "acties per actielijn met status en resultaat per jaar"
        case .signalling: "signaleringsnetwerken per gemeente en hun aantal meldingen"
        case .figures: "losse kerncijfers per jaar met bron"
        case .prevalence:
            "eenzaamheid per gemeente en landelijk (% eenzaam, ernstig, emotioneel, sociaal; 18+ en 65+), kolommen als de RIVM-cijfers"
        case .lonelinessSurvey:
            "eigen inwonersenquête: per inwoner de 11 uitspraken van de De Jong Gierveld-schaal, eventueel een gewicht (met --municipality en --year)"
        case .localSurvey:
            "enquête van het Stappenplan onder lokale organisaties: één regel per respondent, één kolom per vraag-id (met --municipality, --year, eventueel --uitgenodigd)"
        case .localSurveyText:
            "tekst van de medewerkers voor de lokale factsheet: YAML met bijeenkomst, aanleiding en samenvatting (met --municipality en --year)"
        case .letterText: "tekst van de voortgangsbrief: een MAP met brief.yaml en een .md-bestand per passage (met --year)"
        }
    }
}
