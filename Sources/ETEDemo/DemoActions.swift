import ETEModel

/// Actions per action line (2022–2025 scheme) with their status in 2023, 2024 and 2025.
/// Topics follow the 2024 letter; the wording is ours and summarises, it does not quote.
enum DemoActions {
    struct Entry {
        var id: String
        var line: Int
        var pillar: Pillar?
        var title: String
        var statuses: [(year: Int, status: ActionStatus, text: String)]
    }

    static let entries: [Entry] = [
        Entry(
            id: "campagne-2024", line: 1, pillar: nil, title: "Publiekscampagne Eén tegen eenzaamheid",
            statuses: [
                (2023, .completed, "De campagne is gestart en de nulmeting is gehouden."),
                (
                    2024, .completed,
                    "Twee campagneperiodes op tv, online, in podcasts en op de radio, met in de tweede periode activerende berichten op sociale media."
                ),
                (
                    2025, .planned,
                    "Campagnemomenten in het voorjaar en rond de Week, gericht op het zetten van een eerste stap naar een vaste activiteit."
                ),
            ]),
        Entry(
            id: "website-samengevoegd", line: 1, pillar: nil, title: "Eén website met informatie",
            statuses: [
                (
                    2024, .completed,
                    "De programmawebsite is vernieuwd en samengevoegd met eenzaam.nl tot één vindplaats voor inwoners, gemeenten en organisaties."
                )
            ]),
        Entry(
            id: "week-tegen-eenzaamheid", line: 1, pillar: nil, title: "Week tegen Eenzaamheid",
            statuses: [
                (2023, .completed, "De veertiende Week is gehouden met een landelijke opening."),
                (
                    2024, .completed,
                    "De vijftiende Week is gehouden, geopend met een netwerkconferentie en ondersteund met het Kom-Erbij pakket."
                ),
                (2025, .planned, "De zestiende Week voorbereiden, met een landelijke opening de dag voor de start."),
            ]),
        Entry(
            id: "handreiking-werkvloer", line: 1, pillar: nil, title: "Handreiking eenzaamheid op de werkvloer",
            statuses: [
                (2024, .completed, "Een lid van de wetenschappelijke adviescommissie schreef een handreiking voor werkgevers.")
            ]),
        Entry(
            id: "interventies-beschrijven", line: 1, pillar: nil, title: "Onderzoek naar effectieve interventies",
            statuses: [
                (2024, .completed, "Interventie-eigenaren maakten samen de werkzame elementen van hun aanpak expliciet."),
                (2025, .planned, "Movisie helpt veelbelovende initiatieven hun aanpak te beschrijven voor de databank."),
            ]),
        Entry(
            id: "toolkit-bedrijven", line: 2, pillar: nil, title: "Toolkit voor bedrijven en organisaties",
            statuses: [
                (2024, .completed, "Een toolkit met tips en praktijkvoorbeelden uit de Nationale Coalitie is gepubliceerd.")
            ]),
        Entry(
            id: "etalage-initiatieven", line: 2, pillar: nil, title: "Etalage maatschappelijke initiatieven",
            statuses: [
                (
                    2024, .completed,
                    "Een online overzicht van maatschappelijke initiatieven is gelanceerd, zodat gemeenten ze makkelijker vinden."
                ),
                (2025, .planned, "De etalage verder ontwikkelen om landelijke partners aan lokale aanpakken te verbinden."),
            ]),
        Entry(
            id: "handreiking-onderwijs", line: 2, pillar: nil, title: "Handreiking voor scholen",
            statuses: [
                (2025, .planned, "Een handreiking voor scholen, van basisonderwijs tot universiteit, over eenzaamheid in de klas.")
            ]),
        Entry(
            id: "coalitie-netwerkmomenten", line: 2, pillar: nil, title: "Netwerkmomenten Nationale Coalitie",
            statuses: [
                (2024, .completed, "Partners zijn actief met elkaar verbonden, onder meer tijdens de Week tegen Eenzaamheid."),
                (2025, .planned, "Duurzame samenwerking binnen de coalitie stimuleren met nieuwe netwerkmomenten."),
            ]),
        Entry(
            id: "raadsinformatiebrief", line: 3, pillar: .governanceCommitment, title: "Voorbeeld-raadsinformatiebrief",
            statuses: [
                (
                    2024, .completed,
                    "Een voorbeeldbrief helpt beleidsmedewerkers het onderwerp en de benchmarkuitkomsten in de raad te bespreken."
                )
            ]),
        Entry(
            id: "sessie-wethouders", line: 3, pillar: .governanceCommitment, title: "Sessie voor wethouders",
            statuses: [
                (2024, .completed, "Tijdens de landelijke opening spraken wethouders over waarom een lokale aanpak loont.")
            ]),
        Entry(
            id: "stakeholderanalyse", line: 3, pillar: .strongNetwork, title: "Stakeholderanalyse door adviseurs",
            statuses: [
                (2024, .completed, "Adviseurs hielpen gemeenten met een interne en een externe stakeholderanalyse.")
            ]),
        Entry(
            id: "mdt-kwartiermaker", line: 3, pillar: .strongNetwork, title: "Kwartiermaker MDT tegen Eenzaamheid",
            statuses: [
                (
                    2024, .completed,
                    "Een kwartiermaker ondersteunde gemeenten bij maatschappelijke diensttijd waarin jongeren en ouderen elkaar ontmoeten."
                )
            ]),
        Entry(
            id: "masterclass-doelgroep", line: 3, pillar: .involveLonelyPeople, title: "Masterclass over het betrekken van de doelgroep",
            statuses: [
                (2023, .completed, "Een masterclass over panels en het delen van verhalen is gegeven.")
            ]),
        Entry(
            id: "kwartiermaker-migratie", line: 3, pillar: .involveLonelyPeople, title: "Kwartiermaker migratieachtergrond",
            statuses: [
                (2024, .completed, "Zes gemeenten kregen advies over het bereiken van inwoners met een migratieachtergrond.")
            ]),
        Entry(
            id: "toolkit-gemeenten", line: 3, pillar: .sustainableApproach, title: "Vernieuwde toolkit voor gemeenten",
            statuses: [
                (2024, .completed, "De toolkit is samen met gebruikers verbeterd en telt nu zes onderdelen.")
            ]),
        Entry(
            id: "regionale-leernetwerken", line: 3, pillar: .sustainableApproach, title: "Regionale leernetwerken",
            statuses: [
                (2024, .completed, "Adviseurs organiseerden regiobijeenkomsten over thema's die gemeenten zelf aandroegen."),
                (2025, .planned, "Alle gemeenten de kans geven aan een regiobijeenkomst deel te nemen."),
            ]),
        Entry(
            id: "een-op-een-ondersteuning", line: 3, pillar: .sustainableApproach, title: "Eén-op-één-ondersteuning van gemeenten",
            statuses: [
                (
                    2025, .planned,
                    "De ondersteuning door adviseurs loopt door tot de Week tegen Eenzaamheid, met nadruk op een integrale aanpak."
                )
            ]),
        Entry(
            id: "signalering-postbezorgers", line: 3, pillar: nil, title: "Signalering door postbezorgers",
            statuses: [
                (2024, .ongoing, "Post- en pakketbezorgers geven zorgen over inwoners door aan het lokale sociaal werk."),
                (2025, .planned, "Het project uitbreiden en nagaan hoe sociaalwerkorganisaties meldingen goed opvolgen."),
            ]),
    ]

    /// Each status belongs to the line with the entry's number that is valid in the status's year.
    static func actions() -> [(Action, [ActionYearStatus])] {
        entries.map { entry in
            (
                Action(id: entry.id, title: entry.title, pillar: entry.pillar),
                entry.statuses.map { status in
                    let line = ActionLine.programmeLines.valid(in: status.year).first { $0.number == entry.line }!
                    return ActionYearStatus(
                        actionID: entry.id, year: status.year, actionLineID: line.id,
                        status: status.status, resultText: status.text)
                }
            )
        }
    }
}
