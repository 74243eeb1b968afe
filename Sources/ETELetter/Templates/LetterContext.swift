import ETEAnalysis
import ETEModel

/// Everything the letter templates can use, under Dutch names for the policy staff who edit
/// them (documented in templates/kamerbrief/README.md). All figures come from `YearFigures`,
/// the same figures `ete stats` prints; a figure that is absent stays absent (nil), so that
/// the formatting filters can refuse it instead of printing a blank or a zero.
struct LetterContext {
    let input: LetterInput
    let choices: LetterChoices
    let topics: LetterTopics
    let actionsByID: [String: Action]
    /// Whole data sets the letter needs and the input lacks.
    let missing: [MissingInput]

    init(_ input: LetterInput, choices: LetterChoices = LetterChoices(), topics: LetterTopics = LetterTopics(topics: [])) {
        self.input = input
        self.choices = choices
        self.topics = topics
        actionsByID = Dictionary(input.actions.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        missing = input.missingDataSets
    }

    var figures: YearFigures { input.figures }
    var text: LetterText? { input.text }
    private var actionLines: [ActionLine] { input.actionLines }
    private var statuses: [ActionYearStatus] { input.statuses }
    private var nextWeek: WeekEdition? { input.nextWeek }

    var year: Int { figures.year }

    /// Where each absent figure comes from; a figure the disclosure rule withholds says so.
    var remedies: InputRemedies { InputRemedies(year: year, withheld: Set(figures.benchmark?.withheld ?? [])) }

    var dictionary: [String: Any] {
        var context: [String: Any] = [
            "jaar": year, "vorig_jaar": year - 1, "volgend_jaar": year + 1, "demo": figures.demoData, "keuze": choices.values,
            // The symbols of Dutch statistical tables, from their one source, for a table in a template.
            "tekens": [
                "geheim": StatisticalSymbol.secret.symbol, "ontbreekt": StatisticalSymbol.missing.symbol,
                "verklaring_geheim": StatisticalSymbol.legend([.secret]),
            ],
            "gemeenten": municipalities, "coalitie": coalition,
            "campagne": campaigns, "signalering": signalling, "kerncijfers": figures.otherFigures,
            "actielijnen": linesOfYear.map { line(line: $0, endsThisYear: $0.lastYear == year) },
        ]
        // Lines that start next year (a new period, or renamed lines): their planned actions
        // belong to the outlook, not to a line of this year.
        let starting = actionLines.valid(in: year + 1).filter { !$0.isValid(in: year) }
        if !starting.isEmpty { context["nieuwe_actielijnen"] = starting.map { line(line: $0, endsThisYear: false) } }
        if let text {
            context["brief"] = letter(text.metadata)
            context["tekst"] = text.passages.mapValues(LetterFilters.Passage.init)
        }
        if let benchmark = figures.benchmark {
            context["benchmark"] = benchmarkSummary(benchmark)
            context["vraag"] = benchmark.questions.mapValues { question(benchmark, $0) }
            // Policy profiles by id: name, how many respondents could be judged, and the share and
            // count only where the disclosure rule shows them (else the template names them missing).
            context["beleidsprofiel"] = Dictionary(
                uniqueKeysWithValues: benchmark.profiles.map { profile in
                    (
                        profile.id,
                        compact([
                            "naam": profile.name, "beoordeeld": profile.judged, "aantal": profile.count, "percentage": profile.percentage,
                        ])
                    )
                })
        }
        // The pillars exist without a benchmark too: their sections then name every absent figure.
        let pillars = pillarNumbers.map { pillar($0, figures.benchmark) }
        context["pijler"] = Dictionary(uniqueKeysWithValues: zip(pillarNumbers.map(String.init), pillars))
        context["pijlers"] = pillars
        if let week = figures.week { context["week"] = self.week(week) }
        if let nextWeek { context["volgende_week"] = edition(nextWeek) }
        context["programma"] = programme
        placeTopics(in: &context)
        return context
    }

    /// How the letter names the programme of the year's lines; a neutral name when no line gives one.
    private var programme: [String: String] {
        let named = linesOfYear.first { $0.programme != nil }
        return [
            "naam": named?.programme ?? "het programma Eén tegen eenzaamheid",
            "kort": named?.programmeShort ?? named?.programme ?? "het programma",
        ]
    }

    /// Puts each topic section under its line, or in the closing section (`LetterTopics`).
    private func placeTopics(in context: inout [String: Any]) {
        let placement = topics.place(
            lines: linesOfYear, context: context, passages: Set(text?.passages.keys.map { $0 } ?? []))
        func sections(_ names: [String]) -> [[String: Any]] {
            names.map { ["naam": $0, "sjabloon": "\(ActionLine.topicFolder)/\($0).md"] }
        }
        func carried(_ names: [String]) -> [String: Bool] { Dictionary(names.map { ($0, true) }, uniquingKeysWith: { $1 }) }
        context["actielijnen"] = zip(linesOfYear, context["actielijnen"] as? [[String: Any]] ?? []).map { line, entry in
            var entry = entry
            let names = placement.byLine[line.id] ?? []
            entry["onderwerpen"] = sections(names)
            entry["draagt"] = carried(names)
            return entry
        }
        if !placement.rest.isEmpty {
            context["overige_onderwerpen"] = sections(placement.rest)
            context["overige"] = ["draagt": carried(placement.rest)]
        }
    }

    private func letter(_ metadata: LetterMetadata) -> [String: Any] {
        var entry: [String: Any] = [
            "datum": metadata.date, "kenmerk": metadata.reference, "betreft": metadata.subject,
            "ondertekenaar": metadata.signatory,
            // The office above the signature may take several lines, as staff wrote it.
            "functie": LetterFilters.Passage(markdown: metadata.signatoryTitle), "bijlagen": metadata.attachments,
            "bijlagen_aantal": metadata.attachments.count,
        ]
        entry["uw_brief"] = metadata.yourReference
        if let sender = metadata.sender {
            entry["afzender"] = compact([
                "organisatie": sender.organisation, "directie": sender.directorate, "bezoekadres": sender.visitingAddress,
                "postadres": sender.postalAddress, "website": sender.website, "contact": sender.contact,
                "retouradres": sender.returnAddress,
            ])
        }
        return entry
    }

    private var municipalities: [String: Any] {
        let m = figures.municipalities
        return compact([
            "totaal": m.total, "aangesloten": m.joined, "aangesloten_procent": m.joinedPercentage,
            "met_coalitie": m.joinedWithLocalCoalition, "met_coalitie_procent": m.joinedWithLocalCoalitionPercentage,
            "met_adviseur": m.withAdviser,
        ])
    }

    private func benchmarkSummary(_ benchmark: BenchmarkFigures) -> [String: Any] {
        var entry = compact([
            "deelnemers": benchmark.respondents, "vorig_jaar": benchmark.previousYear, "vorige_deelnemers": benchmark.previousRespondents,
        ])
        let changed = benchmark.pillars.filter { $0.questionsChanged == true }.map { String($0.number) }
        if !changed.isEmpty { entry["pijlers_gewijzigd"] = changed }
        if !benchmark.withheld.isEmpty { entry["achtergehouden"] = true }
        return entry
    }

    /// "ontwikkeling" holds the two figures a change is phrased from, only when both exist.
    private func question(_ benchmark: BenchmarkFigures, _ question: QuestionFigure) -> [String: Any] {
        var entry = compact([
            "label": question.label, "n": question.answered, "positief": question.positive,
            "procent": question.percentage, "vorig_procent": question.previousPercentage, "gemiddelde": question.mean,
        ])
        entry["ontwikkeling"] = development(
            question.previousPercentage.map(Double.init), benchmark.previousYear,
            question.percentage.map(Double.init), year)
        if let options = question.options {
            entry["opties"] = options.mapValues { option in
                compact([
                    "label": option.label, "aantal": option.chosen, "procent": option.percentage,
                    "vorig_procent": option.previousPercentage,
                ])
            }
        }
        return entry
    }

    /// The five pillars of the local approach, and any other number the year's questionnaire uses.
    private var pillarNumbers: [Int] {
        Set(Pillar.allCases.map(\.rawValue) + (figures.benchmark?.pillars.map(\.number) ?? [])).sorted()
    }

    /// A pillar's section: its heading and actions always, its scores when the benchmark has them.
    private func pillar(_ number: Int, _ benchmark: BenchmarkFigures?) -> [String: Any] {
        let known = Pillar(rawValue: number)
        let figure = benchmark?.pillars.first { $0.number == number }
        var entry = compact([
            "nummer": number, "naam": figure?.name ?? known?.dutchName, "score": figure?.score, "vorige_score": figure?.previousScore,
            "kop": known?.heading, "onderwerp": known?.topic,
        ])
        entry["sjabloon"] = "secties/pijlers/pijler-\(number).md"
        entry["acties"] = actions(ofPillar: number)
        entry["vragen_gewijzigd"] = figure?.questionsChanged == true
        // A development between two different sets of questions is not a development.
        if let figure, figure.questionsChanged != true {
            entry["ontwikkeling"] = development(
                figure.previousScore.map(Double.init), benchmark?.previousYear, figure.score.map(Double.init), year)
        }
        return entry
    }

    /// The actions of the letter's year (completed or ongoing) linked to a pillar, in the order of the input's statuses.
    private func actions(ofPillar number: Int) -> [[String: Any]] {
        statuses.filter { $0.year == year && $0.status != .planned }.compactMap { status in
            guard let action = actionsByID[status.actionID], action.pillar?.rawValue == number else { return nil }
            return ["titel": action.title, "resultaat": status.resultText]
        }
    }

    private var coalition: [String: Any] {
        let c = figures.coalition
        return ["partners": c.partnersAtYearEnd, "nieuw": c.joinedInYear, "nieuwe_namen": c.joinedInYearNames, "vertrokken": c.leftInYear]
    }

    private func week(_ week: WeekFigures) -> [String: Any] {
        compact([
            "editie": week.edition, "start": week.startDate, "eind": week.endDate,
            "opening": week.openingDate, "opening_deelnemers": week.openingParticipants,
            "thema": week.theme, "activiteiten": week.registrations, "gemeenten_met_activiteit": week.municipalitiesWithActivity,
            "aangesloten_gemeenten_met_activiteit": week.joinedMunicipalitiesWithActivity, "pakketten": week.komErbijRequests,
            "pakket_deelnemers": week.komErbijParticipants, "deelnemers": week.totalParticipants,
        ])
    }

    private func edition(_ edition: WeekEdition) -> [String: Any] {
        compact([
            "editie": edition.editionNumber, "start": edition.startDate, "eind": edition.endDate,
            "opening": edition.openingDate, "thema": edition.theme,
        ])
    }

    /// Campaigns by id; each metric by its key, with the first and latest wave.
    private var campaigns: [String: Any] {
        Dictionary(
            uniqueKeysWithValues: figures.campaigns.map { campaign in
                var entry: [String: Any] = ["naam": campaign.name, "doelgroep": campaign.audience]
                var metrics: [String: Any] = [:]
                for metric in campaign.metrics {
                    var values = compact([
                        "label": metric.label, "begin": metric.first.percentage, "begin_meting": metric.first.wave,
                        "begin_jaar": metric.first.year, "eind": metric.latest.percentage, "eind_meting": metric.latest.wave,
                        "eind_jaar": metric.latest.year, "doel": metric.target, "doel_gehaald": metric.targetMet,
                    ])
                    if metric.latest.year > metric.first.year {
                        values["ontwikkeling"] = development(
                            metric.first.percentage, metric.first.year, metric.latest.percentage, metric.latest.year)
                    }
                    metrics[metric.metric] = values
                }
                entry["metingen"] = metrics
                return (campaign.id, entry)
            })
    }

    /// Signalling networks by a short key: the first word of the network's name in lower case ("postnl").
    private var signalling: [String: Any] {
        Dictionary(
            (figures.signalling?.networks ?? []).map { network in
                (
                    DutchText.matchKey(network.network.split(separator: " ").first.map(String.init) ?? network.network),
                    // Without reports read in for the year, "meldingen" is absent: the letter names the import, never "0".
                    (["naam": network.network, "gemeenten": network.municipalities] as [String: Any]).merging(
                        network.reports.map { ["meldingen": $0] } ?? [:], uniquingKeysWith: { first, _ in first })
                )
            }, uniquingKeysWith: { first, _ in first })
    }

    private var linesOfYear: [ActionLine] { actionLines.valid(in: year) }

    /// One action line with what its section shows: heading, its own passage (by name, read with
    /// the `passage` filter), its outlook passage when staff wrote one, the actions completed this
    /// year and those planned for next year.
    /// The section template is the line's own one, or the general one for a line.
    private func line(line: ActionLine, endsThisYear: Bool) -> [String: Any] {
        func entries(_ year: Int, _ wanted: Set<ActionStatus>) -> [[String: Any]] {
            statuses.filter { $0.year == year && $0.actionLineID == line.id && wanted.contains($0.status) }
                .compactMap { status -> [String: Any]? in
                    guard let action = actionsByID[status.actionID] else { return nil }
                    return compact(["titel": action.title, "resultaat": status.resultText, "pijler": action.pillar?.rawValue])
                }
        }
        var entry: [String: Any] = [
            "nummer": line.number, "titel": line.title, "kop": line.heading, "periode": line.period,
            "tekst_naam": line.passageKey, "loopt_af": endsThisYear,
            "sjabloon": line.template.map { "\(ActionLine.templateFolder)/\($0).md" } ?? Self.generalLineTemplate,
            "afgerond": entries(year, [.completed]), "gepland": entries(year + 1, [.planned, .ongoing]),
        ]
        if let outlook = text?.passages[line.outlookPassageKey] { entry["vooruitblik"] = LetterFilters.Passage(markdown: outlook) }
        return entry
    }

    /// The section of a line without a template of its own.
    static let generalLineTemplate = "secties/actielijn.md"

    private func development(_ from: Double?, _ fromYear: Int?, _ to: Double?, _ toYear: Int) -> [String: Any]? {
        guard let from, let fromYear, let to else { return nil }
        return ["van": from, "van_jaar": fromYear, "naar": to, "naar_jaar": toYear]
    }

    /// Leaves absent values out, so that templates see them as missing rather than as "nil" text.
    private func compact(_ values: [String: Any?]) -> [String: Any] { values.compactMapValues { $0 } }
}
