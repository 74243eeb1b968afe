import ETEModel

/// Week tegen Eenzaamheid editions 2023–2025 and fictitious activity registrations for
/// 2023 and 2024. The 2024 totals match the letter: 250 joined municipalities active,
/// 680 Kom-Erbij pakketten, 50.412 participants in activities with a pakket.
enum DemoWeek {
    static let editions = [
        WeekEdition(
            year: 2023, startDate: Day(year: 2023, month: 9, day: 28)!, endDate: Day(year: 2023, month: 10, day: 5)!,
            openingDate: Day(year: 2023, month: 9, day: 27)!, openingParticipants: 640, theme: nil),
        WeekEdition(
            year: 2024, startDate: Day(year: 2024, month: 9, day: 26)!, endDate: Day(year: 2024, month: 10, day: 2)!,
            openingDate: Day(year: 2024, month: 9, day: 25)!, openingParticipants: DemoTargets.openingParticipants2024,
            theme: nil),
        WeekEdition(
            year: 2025, startDate: Day(year: 2025, month: 9, day: 25)!, endDate: Day(year: 2025, month: 10, day: 1)!,
            openingDate: Day(year: 2025, month: 9, day: 24)!, openingParticipants: nil, theme: nil),
    ]

    static let activityTypes = [
        "ontmoetingsbijeenkomst", "maaltijd", "wandeling", "workshop", "voorstelling", "informatiemarkt",
        "sportactiviteit", "huisbezoeken",
    ]
    static let organiserKinds = [
        "Welzijnsorganisatie", "Bibliotheek", "Buurthuis", "Seniorenvereniging", "Kerkgemeenschap",
        "Sportclub", "Gemeente",
    ]

    struct Totals {
        var activeJoined: Int
        var activeOther: Int
        var national: Int
        var packages: Int
        var packageParticipants: Int
    }

    static let totals: [Int: Totals] = [
        2023: Totals(activeJoined: 241, activeOther: 9, national: 25, packages: 655, packageParticipants: 47_960),
        2024: Totals(
            activeJoined: DemoTargets.weekJoinedMunicipalitiesWithActivity2024, activeOther: 12, national: 30,
            packages: DemoTargets.komErbijRequests2024, packageParticipants: DemoTargets.komErbijParticipants2024),
    ]

    static func registrations(year: Int, municipalities: [Municipality], random: inout SeededGenerator) -> [WeekRegistration] {
        guard let totals = totals[year], let edition = editions.first(where: { $0.year == year }) else { return [] }
        let joined = municipalities.filter { $0.isJoined(atEndOf: year) }
        let others = municipalities.filter { !$0.isJoined(atEndOf: year) }
        var hosts: [Municipality?] = []
        for municipality in random.pick(totals.activeJoined, from: joined) {
            hosts += Array(repeating: municipality, count: Int.random(in: 1...5, using: &random))
        }
        hosts += random.pick(totals.activeOther, from: others).map { $0 }
        hosts += Array(repeating: nil, count: totals.national)
        let days = (0...6).map { offset in
            Day(year: year, month: edition.startDate.month, day: edition.startDate.day + offset) ?? edition.endDate
        }
        var registrations = hosts.map { host in
            WeekRegistration(
                year: year,
                organiser: host.map { "\(organiserKinds.randomElement(using: &random)!) \($0.name)" } ?? "Landelijke organisatie (fictief)",
                municipality: host?.code, date: days.randomElement(using: &random)!,
                activityType: activityTypes.randomElement(using: &random)!, komErbijPackage: false,
                participants: Int.random(in: 8...140, using: &random))
        }
        let withPackage = random.pick(totals.packages, from: Array(registrations.indices))
        for index in withPackage { registrations[index].komErbijPackage = true }
        balanceParticipants(&registrations, indices: withPackage, total: totals.packageParticipants)
        return registrations
    }

    /// Adjusts participant counts of the given registrations, evenly and within bounds, so they add up to `total`.
    static func balanceParticipants(_ registrations: inout [WeekRegistration], indices: [Int], total: Int) {
        var difference = total - indices.compactMap { registrations[$0].participants }.reduce(0, +)
        var position = 0
        while difference != 0 {
            let index = indices[position % indices.count]
            let current = registrations[index].participants ?? 0
            let step = difference > 0 ? 1 : (current > 5 ? -1 : 0)
            registrations[index].participants = current + step
            difference -= step
            position += 1
        }
    }
}
