import ETEModel

/// Signalling by postal carriers (PostNL with Sociaal Werk Nederland): coverage grows to
/// 260 municipalities with 594 reports in 2024 (the letter: "bijna 600").
enum DemoSignalling {
    static let network = "PostNL en Sociaal Werk Nederland"

    static func data(municipalities: [Municipality], random: inout SeededGenerator) -> ([SignallingCoverage], [SignallingReports]) {
        let covered = random.pick(DemoTargets.signallingMunicipalities2024, from: municipalities.map(\.code))
        let coverage = covered.enumerated().map { index, code in
            // Roughly a quarter joined in 2024, the rest in 2022–2023.
            SignallingCoverage(
                network: network, municipality: code,
                since: random.day(
                    in: index < 65 ? 2024 : Int.random(in: 2022...2023, using: &random),
                    months: 1...9))
        }
        var reports: [SignallingReports] = []
        for year in [2023, 2024] {
            let active = coverage.filter { $0.since.year <= year }.map(\.municipality)
            let total = year == 2024 ? DemoTargets.signallingReports2024 : 402
            var counts = [Int](repeating: 0, count: active.count)
            for _ in 0..<total { counts[Int.random(in: 0..<active.count, using: &random)] += 1 }
            reports += zip(active, counts).filter { $0.1 > 0 }.map {
                SignallingReports(network: network, municipality: $0.0, year: year, reports: $0.1)
            }
        }
        return (coverage, reports)
    }
}

/// Single figures the 2024 letter reports (real figures from the letter, with their source).
enum DemoFigures {
    static let source = "Voortgangsbrief Eén tegen eenzaamheid over 2024 (2025)"
    static let figures = [
        ProgrammeFigure(
            year: 2024, key: "movisie_interventies", value: 26,
            label: "interventies tegen eenzaamheid in de Databank Effectieve sociale interventies (Movisie)", source: source),
        ProgrammeFigure(
            year: 2024, key: "oranje_fonds_initiatieven", value: 50,
            label: "initiatieven met een bijdrage uit het programma Verminderen Eenzaamheid (Oranje Fonds en VWS)", source: source),
        ProgrammeFigure(
            year: 2024, key: "kinderen_vaak_eenzaam_een_op", value: 10,
            label: "één op de zoveel kinderen van 10 tot 15 jaar voelt zich vaak tot altijd eenzaam", source: source),
    ]
}
