import ETEAnalysis
import ETEModel
import Foundation

/// A year's figures as `ete stats` shows them: plain Dutch text, or JSON whose keys README documents.
public enum YearSummary {
    public static func text(_ figures: YearFigures) -> String {
        var lines = ["Kerncijfers \(figures.year)"]
        if figures.demoData { lines.append(Provenance.demoDataNotice) }
        let m = figures.municipalities
        lines += [
            "", "Gemeenten",
            "  aangesloten: \(m.joined) van \(m.total) (\(percent(m.joinedPercentage)))",
            "  aangesloten met lokale coalitie: \(m.joinedWithLocalCoalition) (\(percent(m.joinedWithLocalCoalitionPercentage)) van de aangesloten gemeenten)",
        ]
        if let benchmark = figures.benchmark {
            lines += [
                "",
                "Benchmark: \(benchmark.respondents) deelnemende gemeenten"
                    + (benchmark.previousYear.map { " (\($0): \(benchmark.previousRespondents ?? 0))" } ?? ""),
            ]
            for pillar in Pillar.allCases {
                lines.append("  \(pillar.heading)")
                for (id, question) in benchmark.questions.filter({ $0.value.pillar == pillar.rawValue }).sorted(by: {
                    $0.value.position < $1.value.position
                }) {
                    lines += questionLines(id, question)
                }
            }
            lines.append("  \(StatisticalSymbol.legend())")
        } else {
            lines += ["", "Benchmark: geen antwoorden voor \(figures.year)"]
        }
        let c = figures.coalition
        lines += [
            "", "Nationale Coalitie tegen Eenzaamheid",
            "  partners eind \(figures.year): \(c.partnersAtYearEnd); nieuw in \(figures.year): \(c.joinedInYear)",
        ]
        if let week = figures.week {
            lines += ["", "Week tegen Eenzaamheid (\(week.edition)e editie, \(week.startDate) tot en met \(week.endDate))"]
            // No registrations read in: counts of them would all print as 0, which reads as a fact.
            lines +=
                week.registrations == 0
                ? ["  nog geen aanmeldingen van activiteiten ingelezen ('ete import week BESTAND --year \(figures.year)')"]
                : [
                    "  activiteiten: \(week.registrations); aangesloten gemeenten met activiteit: \(week.joinedMunicipalitiesWithActivity)",
                    "  \(KomErbijPackage.name): \(week.komErbijRequests) keer aangevraagd, \(DutchNumber.thousands(week.komErbijParticipants)) deelnemers",
                ]
            lines.append("  landelijke opening: " + (week.openingParticipants.map { "\($0) deelnemers" } ?? "aantal deelnemers onbekend"))
        }
        for campaign in figures.campaigns {
            lines += ["", "Campagne \(campaign.name)"]
            for metric in campaign.metrics {
                let latest = "\(DutchNumber.format(metric.latest.percentage))% (\(metric.latest.wave))"
                let values =
                    metric.first.wave == metric.latest.wave
                    ? latest : "\(DutchNumber.format(metric.first.percentage))% (\(metric.first.wave)) → \(latest)"
                lines.append("  \(metric.label): \(values)" + (metric.targetMet == false ? " — doel niet gehaald" : ""))
            }
        }
        for network in figures.signalling?.networks ?? [] {
            lines += [
                "", "Signalering: \(network.network)",
                "  gemeenten: \(network.municipalities); meldingen in \(figures.year): "
                    + (network.reports.map(String.init) ?? "nog niet ingelezen ('ete import signalering BESTAND')"),
            ]
        }
        if !figures.otherFigures.isEmpty {
            lines +=
                ["", "Overige kerncijfers"]
                + figures.otherFigures.sorted { $0.key < $1.key }.map { "  \($0.key): \(DutchNumber.format($0.value))" }
        }
        return lines.joined(separator: "\n")
    }

    /// The figures as stable JSON (sorted keys), checked against templates/schemas/stats.schema.json in the tests.
    public static func json(_ figures: YearFigures) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        return String(decoding: try encoder.encode(figures), as: UTF8.self)
    }

    private static func questionLines(_ id: String, _ question: QuestionFigure) -> [String] {
        if let options = question.options {
            return ["    \(question.label) (n=\(question.answered)):"]
                + options.sorted { $0.value.position < $1.value.position }.map {
                    "      \($0.value.label): \(percent($0.value.percentage, answered: question.answered))"
                }
        }
        if let mean = question.mean { return ["    \(question.label): gemiddeld \(DutchNumber.format(mean))"] }
        let previous = question.previousPercentage.map { " (vorig jaar \($0)%)" } ?? ""
        return ["    \(question.label): \(percent(question.percentage, answered: question.answered)) (n=\(question.answered))\(previous)"]
    }

    /// A share, or its symbol: with answers behind it, an absent share is one the rule withholds.
    private static func percent(_ value: Int?, answered: Int = 0) -> String {
        value.map { "\($0)%" } ?? (answered > 0 ? StatisticalSymbol.secret : StatisticalSymbol.missing).symbol
    }
}
