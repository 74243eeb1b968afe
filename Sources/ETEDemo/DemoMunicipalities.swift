import ETEModel

/// Which municipalities joined, have a local coalition, answered the benchmark, and who advises them.
/// The 2024 benchmark answer "lokale coalitie: ja" coincides with a stored local coalition, so
/// `ete check` finds the demo consistent.
struct DemoMunicipalityPlan {
    var municipalities: [Municipality]
    var respondents2024: [MunicipalityCode]
    var respondents2023: [MunicipalityCode]
    /// 2024 respondents that answer "ja" on p2_lokale_coalitie.
    var coalitionRespondents2024: Set<MunicipalityCode>

    static let adviserRegions = ["Noord", "Oost", "Midden", "West", "Zuidwest", "Zuid"]

    init(_ base: [Municipality], random: inout SeededGenerator) {
        var municipalities = base
        let indices = Array(municipalities.indices)
        let joined = random.pick(DemoTargets.joinedEnd2024, from: indices)
        let joinedIn2024 = Array(joined.prefix(DemoTargets.joinedDuring2024))
        let joinedBefore = Array(joined.dropFirst(DemoTargets.joinedDuring2024))
        for index in joinedBefore { municipalities[index].joinedOn = random.day(in: Int.random(in: 2018...2023, using: &random)) }
        for index in joinedIn2024 { municipalities[index].joinedOn = random.day(in: 2024, months: 1...10) }
        for index in joined {
            municipalities[index].adviser = "Adviseur regio " + Self.region(of: municipalities[index].province)
        }

        // Respondents come from municipalities joined before 2024, so both years can overlap.
        let respondents2024 = random.pick(DemoTargets.respondents2024, from: joinedBefore)
        let coalitionRespondents = random.pick(DemoTargets.positives2024["p2_lokale_coalitie"]!, from: respondents2024)
        let otherJoined = joinedBefore.filter { !respondents2024.contains($0) }
        let otherCoalitions = random.pick(DemoTargets.joinedWithCoalitionEnd2024 - coalitionRespondents.count, from: otherJoined)
        let startedIn2024 = Set(otherCoalitions.prefix(DemoTargets.coalitionsStartedIn2024))
        for index in coalitionRespondents + otherCoalitions {
            let joinedYear = municipalities[index].joinedOn!.year
            let year = startedIn2024.contains(index) ? 2024 : Int.random(in: joinedYear...2023, using: &random)
            municipalities[index].localCoalitionSince = random.day(in: year)
        }
        let respondents2023 = random.pick(DemoTargets.respondents2023, from: joinedBefore)

        self.municipalities = municipalities
        self.respondents2024 = respondents2024.map { municipalities[$0].code }.sorted()
        self.respondents2023 = respondents2023.map { municipalities[$0].code }.sorted()
        coalitionRespondents2024 = Set(coalitionRespondents.map { municipalities[$0].code })
    }

    /// Advisers work in regions of provinces (fictitious team names).
    static func region(of province: String) -> String {
        switch province {
        case "Groningen", "Fryslân", "Drenthe": adviserRegions[0]
        case "Overijssel", "Gelderland": adviserRegions[1]
        case "Utrecht", "Flevoland": adviserRegions[2]
        case "Noord-Holland": adviserRegions[3]
        case "Zuid-Holland", "Zeeland": adviserRegions[4]
        default: adviserRegions[5]
        }
    }
}
