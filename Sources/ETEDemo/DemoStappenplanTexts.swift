/// The free texts of the fictitious Stappenplan survey: invented for the demo, about invented
/// organisations, so the factsheet's appendix has something to show.
enum DemoStappenplanTexts {
    private static let namesByKind: [String: String] = [
        "zorg_welzijn": "Welzijnspunt", "kerken": "Kerkelijke diaconie", "ouderen": "Seniorenvereniging",
        "thuiszorg": "Thuiszorg Aan Huis", "sociaal_vangnet": "Vangnetoverleg", "gemeente": "Gemeente, team Sociaal Domein",
        "wmo_raad": "Adviesraad Sociaal Domein", "gehandicapten": "Platform Gehandicapten", "ggz": "GGZ-team",
        "jeugdoverleg": "Jongerenraad", "verpleeghuis": "Zonnehuis De Linde", "anders": "Stichting",
    ]

    /// "Welzijnspunt 3 (fictief)"; the nursing home keeps its name, so the appendix shows the masking.
    static func organisationName(kind: String, number: Int) -> String {
        let base = namesByKind[kind] ?? "Organisatie"
        return kind == "verpleeghuis" ? "\(base) \(number == 1 ? "" : "\(number) ")(fictief)" : "\(base) \(number) (fictief)"
    }

    static let otherKinds = ["Woningcorporatie", "Woningcorporatie", "Woningcorporatie", "Openbare bibliotheek"]

    static let otherReasons = [
        "Het hoort niet bij onze kerntaken.", "Wij zijn een kleine vrijwilligersclub zonder beleidsmensen.",
        "Het staat niet op onze agenda.", "Onze prioriteit ligt bij jeugd.", "Wij verwijzen door naar het wijkteam.",
        "Daar is nooit over nagedacht.", "Het bestuur heeft er geen besluit over genomen.", "Geen aanleiding gezien.",
        "Wij zijn net gefuseerd.",
    ]

    static let protocols = [
        "Signalen gaan via de wijkverpleging naar het sociaal team.", "Vaste vraag naar sociale contacten bij de intake.",
        "Zorgen bespreken we in het wekelijkse teamoverleg.", "Werkinstructie signaleren en doorverwijzen.",
        "Afspraak met het wijkteam over doorverwijzen.", "Meldformulier voor vrijwilligers.",
        "Bij twijfel bellen we de ouderenadviseur.", "Huisbezoek binnen twee weken na een melding.",
        "Protocol bij verlies van een partner.",
    ]

    static let signals = [
        "Mensen die hun huis nauwelijks nog uitkomen.", "Somberheid en weinig zin in de dag.",
        "Iemand die steeds vaker belt zonder duidelijke vraag.", "Vervuiling van de woning.",
        "Geen bezoek meer bij verjaardagen.", "Na het overlijden van een partner trekken mensen zich terug.",
        "Jongeren die alleen nog online contact hebben.", "Mantelzorgers die overbelast raken en niemand meer zien.",
        "Klachten over lichamelijke pijn waar geen oorzaak voor is.", "Niet meer naar de kerk of de vereniging komen.",
        "Bewoners van Zonnehuis De Linde die geen familie meer hebben.", "Verwaarlozing van de eigen verzorging.",
        "Mensen die aangeven dat niemand ze mist.", "Schulden en schaamte daarover.",
        "Nieuwkomers die de taal nog niet spreken.", "Weinig reactie op uitnodigingen.",
        "Een brievenbus die overvol raakt.", "Veel alcohol in huis.",
    ]

    static let barriers = [
        "Eenzame mensen melden zich zelden zelf.", "Schaamte om hulp te vragen.", "Wij weten niet goed waar we naartoe kunnen verwijzen.",
        "Privacyregels maken het lastig om signalen door te geven.", "Te weinig tijd tijdens een huisbezoek.",
        "Mensen die geen hulp willen.", "Vrijwilligers voelen zich handelingsverlegen.", "Het aanbod is versnipperd.",
        "Jongeren zijn moeilijk te vinden.", "Wachtlijsten bij de GGZ.", "Vervoer naar activiteiten ontbreekt.",
        "Doelgroep zit buiten ons werkgebied.",
    ]

    static let partners = [
        "Vangnetoverleg en de gemeente", "Welzijnspunt en de bibliotheek", "Kerkelijke diaconie en de seniorenvereniging",
        "De wijkverpleging", "Sociaal team van de gemeente", "Huisartsen en praktijkondersteuners", "De woningcorporatie",
        "Adviesraad Sociaal Domein", "Mantelzorgsteunpunt", "De Zonnebloem-afdeling",
    ]

    static let satisfaction = [
        "Korte lijnen, we kennen elkaar.", "Goede afspraken, maar te weinig terugkoppeling.", "Samenwerking hangt af van personen.",
        "Prettig, wel veel overleg.", "Niet iedereen schuift aan.", "Het netwerk werkt, maar groeit te langzaam.",
    ]

    static let projects = [
        "De wandelgroep op dinsdag vanuit het buurthuis.", "Samen koken in de wijk, één keer per maand.",
        "Telefooncirkel voor ouderen.", "Het maatjesproject van de seniorenvereniging.", "Open tafel in de kerk op zondag.",
        "Repaircafé als plek om elkaar te ontmoeten.", "Jongeren die ouderen helpen met hun telefoon.",
        "De week tegen eenzaamheid met een lange tafel in de binnenstad.", "Buurtbankjes bij de supermarkt.",
    ]

    static let remarks = [
        "Graag een overzicht van wie wat doet in de gemeente.", "Fijn dat dit onderwerp wordt opgepakt.",
        "Betrek ook de sportverenigingen.", "Wanneer horen we de uitkomsten?", "Vergeet de jongeren niet.",
    ]
}
