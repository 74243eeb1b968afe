import ETEAnalysis
import ETEModel
import ETEOutput

/// Turns a `FactsheetInput` into the factsheet's sections. Other municipalities appear only as
/// the groups of `MunicipalityBenchmark`, whose figures the disclosure plan has already decided.
struct FactsheetBuilder {
    let input: FactsheetInput

    /// On factsheets made from the demo data; the RIVM and CBS figures beside them are real.
    static let demoNotice =
        "FICTIEVE DEMOGEGEVENS — de benchmarkantwoorden, pijlerscores, suggesties en activiteiten op deze factsheet zijn verzonnen; alleen de cijfers over eenzaamheid (RIVM) en de gemeentekenmerken (CBS) zijn echt. Niet gebruiken voor beleid."

    static let suppressionNote = StatisticalSymbol.legend()

    private var benchmark: MunicipalityBenchmark { input.benchmark }
    private var name: String { input.municipality.name }

    func build() -> FactsheetContent {
        let municipality = input.municipality
        return FactsheetContent(
            title: "Eenzaamheid en lokaal beleid: \(name)",
            subtitle:
                "Factsheet \(input.year) · \(municipality.code.rawValue) · provincie \(municipality.province) · \(DutchNumber.thousands(municipality.population)) inwoners"
                + (benchmark.origin.map { " · \($0.phrase)" } ?? ""),
            confidentiality: Provenance.confidential(for: municipality.name),
            notice: benchmark.isDemo ? Self.demoNotice : nil,
            sections: [prevalenceSection(), policySection(), suggestionSection(), weekSection()],
            footer: footer())
    }

    // MARK: Loneliness

    private func prevalenceSection() -> FactsheetContent.Section {
        let prevalence = input.prevalence
        guard let year = prevalence.latestYear else {
            return .init(
                heading: "Hoe eenzaam zijn inwoners?", blocks: [.paragraph(prevalence.absence ?? "Geen cijfers.")] + predecessorBlocks())
        }
        let groups = PrevalenceAgeGroup.allCases
        var header = ["\(year)"]
        for group in groups { header += ["\(name) \(group.rawValue)", "Nederland \(group.rawValue)"] }
        let labels = ["eenzaam", "ernstig eenzaam", "emotioneel eenzaam", "sociaal eenzaam"]
        let rows = labels.indices.map { index -> [String] in
            var row = [labels[index]]
            for group in groups {
                let figures = prevalence.figures(year: year, ageGroup: group)
                row += [Self.percent(figures.own?.shares[index].value), Self.percent(figures.national?.shares[index].value)]
            }
            return row
        }
        var blocks: [FactsheetContent.Block] = [
            .table(.init(header: header, rows: rows, numeric: Set(1...(2 * groups.count))))
        ]
        let years = prevalence.years
        if years.count > 1 {
            let own = years.map { prevalence.figures(year: $0, ageGroup: .adults).own?.lonely }
            let national = years.map { prevalence.figures(year: $0, ageGroup: .adults).national?.lonely }
            let description =
                "Aandeel eenzame volwassenen (18+) in \(name) en in Nederland, "
                + years.enumerated().map { index, year in "\(year): \(Self.percent(own[index])) en \(Self.percent(national[index]))" }
                .joined(separator: "; ") + "."
            blocks.append(.trend(.init(years: years, own: own, national: national, ownName: name, description: description)))
        }
        if let note = prevalence.boundaryNote { blocks.append(.note(note)) }
        blocks.append(
            .note(
                "Eenzaam: score 3 of hoger op de eenzaamheidsschaal van De Jong Gierveld; ernstig eenzaam: 9 of hoger. Modelschattingen per gemeente (gemeentegrenzen van \(year)). Bron: \(prevalence.sources.joined(separator: "; "))."
            ))
        // The year of the figures in the heading: they are years old when the factsheet is read.
        return .init(heading: "Hoe eenzaam zijn inwoners? (RIVM, Gezondheidsmonitor \(year))", blocks: blocks)
    }

    /// A merged municipality without figures of its own: each predecessor's own figures, never combined.
    private func predecessorBlocks() -> [FactsheetContent.Block] {
        let predecessors = input.prevalence.predecessors
        guard let year = predecessors.first?.rows.first?.year else { return [] }
        let groups = PrevalenceAgeGroup.allCases
        let header = ["Voorganger (grenzen \(year))"] + groups.flatMap { ["eenzaam \($0.rawValue)", "ernstig eenzaam \($0.rawValue)"] }
        var rows = predecessors.map { predecessor in
            [predecessor.name + (predecessor.partly ? " (deels)" : "")]
                + groups.flatMap { group -> [String] in
                    let figures = predecessor.figures(ageGroup: group)
                    return [Self.percent(figures?.lonely), Self.percent(figures?.severelyLonely)]
                }
        }
        rows.append(
            ["Nederland"]
                + groups.flatMap { group -> [String] in
                    let national = input.prevalence.figures(year: year, ageGroup: group).national
                    return [Self.percent(national?.lonely), Self.percent(national?.severelyLonely)]
                })
        return [
            .table(.init(header: header, rows: rows, numeric: Set(1...(2 * groups.count)))),
            .note(
                "Bron: \(input.prevalence.sources.joined(separator: "; ")). Elk cijfer is een modelschatting voor de gemeente zoals die in \(year) bestond."
            ),
        ]
    }

    // MARK: Policy

    private func policySection() -> FactsheetContent.Section {
        var blocks: [FactsheetContent.Block] = []
        if !benchmark.participates {
            blocks.append(
                .paragraph("\(name) heeft de benchmark \(input.year) niet ingevuld; hieronder staan alleen de cijfers van de groepen."))
        }
        let header = ["Pijler (% positief)", name] + benchmark.comparisons.map { Self.shortHeading($0) }
        var rows = Pillar.allCases.map { pillar in
            ["\(pillar.rawValue). \(pillar.dutchName)", Self.percent(benchmark.ownPillarScore(pillar))]
                + benchmark.comparisons.map {
                    Self.percent($0.group.pillarScore(pillar), absent: $0.group.symbol(for: .pillar(pillar.rawValue)))
                }
        }
        rows.append(
            ["Deelnemende gemeenten (n)", benchmark.participates ? "1" : "0"] + benchmark.comparisons.map { String($0.group.respondents) })
        blocks.append(.table(.init(header: header, rows: rows, numeric: Set(1..<header.count))))
        blocks.append(.paragraph(profileSentence()))
        let sizeClass = input.municipality.sizeClass.dutchLabel
        blocks.append(
            .note(
                "Grootteklasse: gemeenten met \(sizeClass); provincie: \(input.municipality.province); vergelijkbaar: \(benchmark.peerGroupDescription)"
            ))
        // Who "vergelijkbaar" is: the group follows from public CBS figures, so its members may be named.
        blocks.append(.note("Vergelijkbare gemeenten: " + DutchPhrase.list(benchmark.peers.map(\.name)) + "."))
        return .init(heading: "Beleid naast dat van andere gemeenten (benchmark \(input.year))", blocks: blocks)
    }

    /// Column headings short enough for one A4 width; the groups are named in full below the table.
    static func shortHeading(_ comparison: MunicipalityBenchmark.Comparison) -> String {
        switch comparison.kind {
        case .national: "Landelijk"
        case .sizeClass: "Grootteklasse"
        case .province: "Provincie"
        case .peers: "Vergelijkbaar"
        }
    }

    private func profileSentence() -> String {
        guard let rules = benchmark.profileRules else { return "Beleidsprofiel: geen regels in de sjablonen." }
        let peers = benchmark.peerGroup
        let shares = rules.profiles.compactMap { profile in peers.profileShare(profile).map { "\($0)% \(profile.name)" } }
        let peerPart = shares.isEmpty ? "" : " Onder de vergelijkbare gemeenten: \(DutchPhrase.list(shares))."
        guard let profile = benchmark.profile else {
            return "Beleidsprofiel: niet te bepalen zonder antwoorden op de benchmark van \(input.year).\(peerPart)"
        }
        return "Beleidsprofiel: \(profile.name). \(profile.description)\(peerPart)"
    }

    // MARK: Suggestions

    private func suggestionSection() -> FactsheetContent.Section {
        let heading = "Wat kan \(name) nog doen?"
        guard benchmark.participates else {
            return .init(
                heading: heading,
                blocks: [
                    .paragraph("De suggesties volgen uit de eigen antwoorden op de benchmark; \(name) vulde die in \(input.year) niet in.")
                ])
        }
        var blocks: [FactsheetContent.Block] = []
        for pillar in Pillar.allCases {
            guard let chosen = input.suggestions[pillar], !chosen.isEmpty else { continue }
            blocks.append(
                .list(
                    heading: pillar.heading,
                    items: chosen.map { item in
                        .init(
                            text: item.suggestion.text
                                + (item.peerShare.map { " Van de vergelijkbare gemeenten doet \($0)% dit al." } ?? ""),
                            link: item.suggestion.link)
                    }))
        }
        if blocks.isEmpty {
            blocks.append(.paragraph("Op elk punt waarover de suggesties gaan, antwoordde \(name) al positief."))
        }
        // Who to ask, when the store knows the municipality's adviser of the programme.
        if let adviser = input.municipality.adviser, !adviser.isEmpty {
            blocks.append(.note("Vragen over deze suggesties? Uw contact bij Eén tegen eenzaamheid: \(adviser)."))
        }
        let hasLists = blocks.contains { if case .list = $0 { true } else { false } }
        return .init(heading: heading, blocks: blocks, inTwoColumns: hasLists)
    }

    // MARK: Week tegen Eenzaamheid

    private func weekSection() -> FactsheetContent.Section {
        let heading = "Week tegen Eenzaamheid \(input.year)"
        let registrations = benchmark.weekRegistrations
        guard let edition = benchmark.weekEdition else {
            return .init(
                heading: heading, blocks: [.paragraph("Geen gegevens over de Week tegen Eenzaamheid van \(input.year) ingelezen.")])
        }
        let period = DutchPhrase.period(edition.startDate, edition.endDate)
        guard !registrations.isEmpty else {
            return .init(heading: heading, blocks: [.paragraph("In \(name) is voor de week van \(period) geen activiteit aangemeld.")])
        }
        let participants = registrations.compactMap(\.participants).reduce(0, +)
        var sentence =
            "In \(name) \(registrations.count == 1 ? "is 1 activiteit" : "zijn \(registrations.count) activiteiten") aangemeld voor de week van \(period)"
        sentence += participants > 0 ? ", met samen \(DutchNumber.thousands(participants)) deelnemers (opgave van de organisatoren)." : "."
        let rows = registrations.prefix(3).map { [$0.date.dutchLong, $0.organiser, $0.activityType] }
        var blocks: [FactsheetContent.Block] = [
            .paragraph(sentence), .table(.init(header: ["Datum", "Organisator", "Soort activiteit"], rows: rows, numeric: [])),
        ]
        if registrations.count > rows.count {
            blocks.append(
                .note("En nog \(DutchPhrase.count(registrations.count - rows.count, "activiteit", "activiteiten")); zie de werkmap."))
        }
        return .init(heading: heading, blocks: blocks)
    }

    // MARK: Footer

    private func footer() -> [String] {
        var lines = [
            "Pijlerscore: het aandeel positieve antwoorden over de scorende vragen van een pijler. Andere gemeenten staan hier alleen als groep. \(Self.suppressionNote)",
            "Bronnen: benchmark lokaal eenzaamheidsbeleid \(input.year) (Eén tegen eenzaamheid)\(benchmark.isDemo ? ", fictieve demogegevens" : ""); eenzaamheid: \(input.prevalence.sources.joined(separator: "; ")); gemeentekenmerken: CBS, kerncijfers wijken en buurten 2020.",
        ]
        if let rules = benchmark.profileRules { lines.append("Beleidsprofiel naar \(rules.source).") }
        lines.append("Gemaakt op \(input.madeOn.dutchLong) met \(Provenance.application).")
        return lines
    }

    /// "47,0%" with one decimal for a survey estimate, "63%" for a whole share, `absent`'s symbol without a value.
    static func percent(_ value: Double?) -> String {
        guard let value else { return StatisticalSymbol.missing.symbol }
        let tenths = (value * 10).rounded()
        return "\(Int(tenths) / 10),\(abs(Int(tenths)) % 10)%"
    }

    static func percent(_ value: Int?, absent: StatisticalSymbol = .missing) -> String { value.map { "\($0)%" } ?? absent.symbol }
}
