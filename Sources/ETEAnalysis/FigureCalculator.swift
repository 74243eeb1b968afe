import ETEModel
import ETEStore

/// Computes `YearFigures` from the store. Only data up to and including the year is used,
/// so a 2023 letter never shows a 2024 number.
public enum FigureCalculator {
    /// `profiles`: the policy-profile rules, for the profile shares (and the same disclosure plan
    /// as the workbooks, which load them too).
    public static func figures(for year: Int, in store: Store, profiles: PolicyProfileRules? = nil) throws -> YearFigures {
        try store.read { reader in try figures(for: year, reader: reader, profiles: profiles) }
    }

    public static func figures(for year: Int, reader: StoreReader, profiles: PolicyProfileRules? = nil) throws -> YearFigures {
        // The municipalities of the year (existing on 1 January): a later merger never changes this year's figures.
        let municipalities = try reader.municipalities(in: year)
        return YearFigures(
            year: year,
            demoData: try reader.isDemoData(),
            municipalities: municipalityFigures(municipalities, year: year),
            benchmark: try benchmarkFigures(year: year, reader: reader, profiles: profiles),
            coalition: coalitionFigures(try reader.coalitionPartners(), year: year),
            week: try weekFigures(year: year, reader: reader, municipalities: municipalities),
            campaigns: try campaignFigures(year: year, reader: reader),
            signalling: try signallingFigures(year: year, reader: reader, municipalities: municipalities),
            otherFigures: Dictionary(try reader.programmeFigures(year: year).map { ($0.key, $0.value) }, uniquingKeysWith: { $1 })
        )
    }

    static func municipalityFigures(_ municipalities: [Municipality], year: Int) -> MunicipalityFigures {
        let joined = municipalities.filter { $0.isJoined(atEndOf: year) }
        let withCoalition = joined.filter { $0.hasLocalCoalition(atEndOf: year) }
        return MunicipalityFigures(
            total: municipalities.count, joined: joined.count,
            joinedPercentage: DutchNumber.roundedPercentage(joined.count, of: municipalities.count),
            joinedWithLocalCoalition: withCoalition.count,
            joinedWithLocalCoalitionPercentage: DutchNumber.roundedPercentage(withCoalition.count, of: joined.count),
            withAdviser: joined.filter { $0.adviser != nil }.count)
    }

    /// The benchmark of `year` with the previous benchmark year (the latest earlier year with
    /// answers), as every output publishes it: what the disclosure rule withholds nationally is
    /// absent here too, so the letter cannot print a figure the annex leaves out.
    static func benchmarkFigures(year: Int, reader: StoreReader, profiles: PolicyProfileRules?) throws -> BenchmarkFigures? {
        guard let overview = try BenchmarkOverview.load(year: year, reader: reader, profiles: profiles) else { return nil }
        let current = overview.nation
        let previousYear = overview.previousYear
        let previous = previousYear.flatMap(overview.nation(in:))
        var questions: [String: QuestionFigure] = [:]
        for (position, question) in overview.questionnaire.questions.enumerated() {
            questions[question.id] = questionFigure(question, position: position, current: current, previous: previous)
        }
        let pillars = Pillar.allCases.map { pillar in
            PillarFigure(
                number: pillar.rawValue, name: pillar.dutchName, score: current.pillarScore(pillar),
                previousScore: previous?.pillarScore(pillar),
                questionsChanged: previous.map { !overview.questionnaire.pillarScoreIsComparable(pillar, with: $0.aggregate.questionnaire) }
            )
        }
        let profileFigures = (profiles?.profiles ?? []).map { profile in
            let share = current.profileShare(profile)
            return ProfileFigure(
                id: profile.id, name: profile.name, judged: current.profiled,
                count: share == nil ? nil : current.aggregate.profileTallies[profile.id]?.positive, percentage: share)
        }
        return BenchmarkFigures(
            respondents: current.respondents, previousYear: previousYear, previousRespondents: previous?.respondents,
            questions: questions, pillars: pillars, withheld: current.withheld.map(\.key).sorted(), profiles: profileFigures)
    }

    private static func questionFigure(_ question: Question, position: Int, current: PeerGroup, previous: PeerGroup?) -> QuestionFigure {
        let id = question.id
        var figure = QuestionFigure(
            position: position, pillar: question.pillar.rawValue, label: question.label, type: question.type.rawValue,
            answered: current.answered(id) ?? 0)
        if let tally = current.aggregate.tallies[id] {
            figure.percentage = current.percentage(id)
            figure.positive = figure.percentage == nil ? nil : tally.positive
            figure.previousPercentage = previous?.percentage(id)
        }
        if let options = current.aggregate.optionTallies[id] {
            figure.options = Dictionary(
                uniqueKeysWithValues: question.options.enumerated().map { position, option in
                    let percentage = current.optionPercentage(id, option.code)
                    return (
                        option.code,
                        OptionFigure(
                            position: position, label: option.text,
                            chosen: percentage == nil ? nil : options[option.code]?.positive ?? 0, percentage: percentage,
                            previousPercentage: previous?.optionPercentage(id, option.code))
                    )
                })
        }
        if question.type == .number { figure.mean = current.mean(id) }
        return figure
    }

    static func coalitionFigures(_ partners: [CoalitionPartner], year: Int) -> CoalitionFigures {
        let joinedInYear = partners.filter { $0.joinedOn.year == year }
        return CoalitionFigures(
            partnersAtYearEnd: partners.filter { $0.isMember(atEndOf: year) }.count,
            joinedInYear: joinedInYear.count, joinedInYearNames: joinedInYear.map(\.name),
            leftInYear: partners.filter { $0.leftOn?.year == year }.count)
    }

    static func weekFigures(year: Int, reader: StoreReader, municipalities: [Municipality]) throws -> WeekFigures? {
        guard let edition = try reader.weekEdition(year: year) else { return nil }
        let registrations = try reader.weekRegistrations(year: year)
        let joined = Set(municipalities.filter { $0.isJoined(atEndOf: year) }.map(\.code))
        let active = Set(registrations.compactMap(\.municipality))
        let withPackage = registrations.filter(\.komErbijPackage)
        return WeekFigures(
            edition: edition.editionNumber, startDate: edition.startDate, endDate: edition.endDate,
            openingDate: edition.openingDate, openingParticipants: edition.openingParticipants, theme: edition.theme,
            registrations: registrations.count, municipalitiesWithActivity: active.count,
            joinedMunicipalitiesWithActivity: active.intersection(joined).count,
            komErbijRequests: withPackage.count,
            komErbijParticipants: withPackage.compactMap(\.participants).reduce(0, +),
            totalParticipants: registrations.compactMap(\.participants).reduce(0, +))
    }

    static func campaignFigures(year: Int, reader: StoreReader) throws -> [CampaignFigures] {
        let measurements = try reader.campaignMeasurements().filter { $0.year <= year }
        return try reader.campaigns().compactMap { campaign in
            let own = measurements.filter { $0.campaignID == campaign.id }
            let metricKeys = own.map(\.metric).reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            let metrics = metricKeys.compactMap { key -> CampaignMetricFigure? in
                let waves = own.filter { $0.metric == key }.sorted { ($0.year, $0.wave) < ($1.year, $1.wave) }
                guard let first = waves.first, let latest = waves.last else { return nil }
                return CampaignMetricFigure(
                    metric: key, label: latest.label,
                    first: WaveValue(wave: first.wave, year: first.year, percentage: first.percentage),
                    latest: WaveValue(wave: latest.wave, year: latest.year, percentage: latest.percentage),
                    target: latest.target, targetMet: latest.targetMet)
            }
            return metrics.isEmpty
                ? nil : CampaignFigures(id: campaign.id, name: campaign.name, audience: campaign.audience, metrics: metrics)
        }
    }

    static func signallingFigures(year: Int, reader: StoreReader, municipalities: [Municipality]) throws -> SignallingFigures? {
        let counted = Set(municipalities.map(\.code))
        let coverage = try reader.signallingCoverage().filter { $0.since.year <= year && counted.contains($0.municipality) }
        guard !coverage.isEmpty else { return nil }
        let reports = try reader.signallingReports(year: year)
        let networks = Set(coverage.map(\.network)).sorted().map { network in
            let own = reports.filter { $0.network == network }
            return SignallingNetworkFigure(
                network: network,
                municipalities: coverage.filter { $0.network == network }.count,
                reports: own.isEmpty ? nil : own.map(\.reports).reduce(0, +))
        }
        return SignallingFigures(networks: networks)
    }
}
