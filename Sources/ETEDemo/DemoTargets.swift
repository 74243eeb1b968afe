/// The totals the demo dataset is built to reproduce: the figures of the progress letter
/// over 2024 (Kamerbrief 2025, see ../shared/DOMAIN.md). Everything else in the demo is
/// fictitious filler around these totals.
enum DemoTargets {
    // Municipalities (of 342).
    static let joinedEnd2024 = 274  // 80%
    static let joinedDuring2024 = 4
    static let joinedWithCoalitionEnd2024 = 225  // of 274: 82%, "ruim 80%"
    static let coalitionsStartedIn2024 = 5

    // Benchmark.
    static let respondents2024 = 157
    static let respondents2023 = 150
    /// Exact counts of positive answers in 2024, by question id (n = 157 unless routed).
    static let positives2024: [String: Int] = [
        "p1_wethouder_actief": 58,  // 37%
        "p1_structureel_budget": 38,  // 24%
        "p2_lokale_coalitie": 127,  // 81%
        "p3_betrekken_uitdaging": 88,  // 56%
        "p3_eenzamen_betrokken": 86,  // 55%
        "p4_best_practices": 143,  // 91%
        "p4_adviseurs": 130,  // 83%
        "p4_regiobijeenkomst": 126,  // 80%
        "p5_monitort_evalueert": 110,  // 70%
    ]
    /// Members of the 127 coalitions, by option of p2_coalitie_partners.
    static let coalitionMembers2024: [String: Int] = ["zorg_welzijn": 127, "bibliotheek": 108, "inwoners": 107]
    static let positives2023: [String: Int] = ["p1_structureel_budget": 51]  // 34% of 150

    // National coalition.
    static let partnersEnd2024 = 206
    static let partnersLeftIn2023 = 3

    // Week tegen Eenzaamheid 2024.
    static let weekJoinedMunicipalitiesWithActivity2024 = 250
    static let komErbijRequests2024 = 680
    static let komErbijParticipants2024 = 50_412  // "zeker 50.000"
    static let openingParticipants2024 = 788  // "bijna 800"

    // Signalling by postal carriers.
    static let signallingMunicipalities2024 = 260
    static let signallingReports2024 = 594  // "bijna 600"
}
