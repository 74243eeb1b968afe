import ETEModel

/// The national coalition: the eight organisations the 2024 letter names as new members
/// (real names, joined in 2024), plus fictitious members from 2018–2023 to reach 206.
enum DemoPartners {
    static let joinedIn2024: [(name: String, sector: String, groups: [RiskGroup])] = [
        ("MBO Raad", "onderwijs", [.youngAdults]),
        ("MantelzorgNL", "zorg en welzijn", [.partnerWithHealthProblems]),
        ("Vereniging van Openbare Bibliotheken", "cultuur en bibliotheken", [.lowSocioeconomicStatus]),
        ("Vrouwen van Nu", "vrijwilligersorganisaties", []),
        ("EMB Nederland", "belangenbehartiging", [.healthProblems]),
        ("ABCdate", "zorg en welzijn", [.healthProblems]),
        ("Stichting Kinderpostzegels", "jeugd", []),
        ("COC Nederland", "belangenbehartiging", []),
    ]

    static let prefixes = ["Stichting", "Vereniging", "Coöperatie", "Fonds", "Netwerk", "Platform", "Huis", "Bond", "Collectief"]
    static let cores = [
        "Samen Aan Tafel", "Buurtkracht", "Open Deur", "Koffie & Kansen", "Naoberschap", "Elkaar Zien",
        "Warme Wijk", "Ontmoetingsroute", "Praatpaal", "De Verbinding", "Thuis in de Straat", "Luisterkring",
        "Handen Ineen", "Zomerbank", "Samenloop", "Het Buurtfornuis", "Tafeltje Erbij", "De Wandelmaatjes",
        "Digitaal Dichtbij", "Fietsmaatje Plus", "Groene Ontmoeting", "Leesclub Compagnie", "Zingeving Nu",
        "Werkplaats Contact",
    ]
    static let sectors = [
        "zorg en welzijn", "bedrijfsleven", "onderwijs", "cultuur en bibliotheken", "sport en bewegen",
        "vrijwilligersorganisaties", "wonen", "media", "levensbeschouwing", "kennisinstellingen",
    ]

    static func partners(random: inout SeededGenerator) -> [CoalitionPartner] {
        var partners = joinedIn2024.map { entry in
            CoalitionPartner(name: entry.name, sector: entry.sector, joinedOn: random.day(in: 2024), riskGroups: entry.groups)
        }
        let earlierCount = DemoTargets.partnersEnd2024 - joinedIn2024.count + DemoTargets.partnersLeftIn2023
        let names = prefixes.flatMap { prefix in cores.map { "\(prefix) \($0)" } }
        for (index, name) in random.pick(earlierCount, from: names).enumerated() {
            let joined = random.day(in: Int.random(in: 2018...2023, using: &random))
            let left: Day? = index < DemoTargets.partnersLeftIn2023 ? Day(year: 2023, month: 12, day: 1) : nil
            let groups = RiskGroup.allCases.filter { _ in random.chance(0.15) }
            partners.append(
                CoalitionPartner(
                    name: name, sector: sectors.randomElement(using: &random)!, joinedOn: joined,
                    leftOn: left.map { max($0, joined) }, riskGroups: groups))
        }
        return partners
    }
}
