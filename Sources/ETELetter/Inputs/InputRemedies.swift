import ETEAnalysis

/// Which import provides an input of the letter, with an example file from the repository that
/// shows the expected columns (the examples together satisfy the demo templates; a test checks it).
struct InputRemedies {
    let year: Int
    /// National figures the disclosure rule withholds this year (`DisclosureCell.key`); their
    /// sentences are rephrased (`WithheldSentences`), so they are never missing inputs.
    var withheld: Set<String> = []

    static let examples = "templates/voorbeelden"
    static let letterTextExample = "templates/kamerbrief/demo/2024/"

    func figure(_ name: String, location: String) -> MissingInput {
        if name.hasPrefix("brief.afzender.") {
            return MissingInput(
                kind: .senderData, name: "brief.afzender", location: location, remedy: letterTextImport,
                example: Self.letterTextExample + "brief.yaml")
        }
        let (remedy, example) = source(of: name)
        return MissingInput(kind: .figure, name: name, location: location, remedy: remedy, example: example)
    }

    func passage(_ name: String, location: String) -> MissingInput {
        MissingInput(kind: .passage, name: name, location: location, remedy: letterTextImport, example: Self.letterTextExample)
    }

    var letterText: MissingInput {
        MissingInput(
            kind: .dataSet, name: "de brieftekst voor \(year) (brief.yaml met datum, kenmerk en ondertekenaar, en de passages)",
            remedy: letterTextImport, example: Self.letterTextExample)
    }

    var actions: MissingInput {
        MissingInput(
            kind: .dataSet, name: "de acties met hun status in \(year)", remedy: "ete import acties BESTAND",
            example: "\(Self.examples)/acties.csv", isPlural: true)
    }

    var actionLines: MissingInput {
        MissingInput(
            kind: .dataSet, name: "de actielijnen van \(year)", remedy: "ete import actielijnen BESTAND",
            example: "\(Self.examples)/actielijnen.csv", isPlural: true)
    }

    /// The disclosure decision a template figure falls under ("vraag.q.procent" → the share of q).
    static func disclosureKey(of name: String) -> String? {
        let parts = name.split(separator: ".").map(String.init)
        guard parts.count >= 3 else { return nil }
        let cell: DisclosureCell? =
            switch (parts[0], parts[2]) {
            case ("vraag", "opties") where parts.count >= 5 && ["procent", "aantal"].contains(parts[4]):
                .option(question: parts[1], option: parts[3])
            case ("vraag", "procent"), ("vraag", "positief"), ("vraag", "ontwikkeling"): .share(question: parts[1])
            case ("vraag", "gemiddelde"): .mean(question: parts[1])
            case ("pijler", "score"), ("pijler", "ontwikkeling"): Int(parts[1]).map(DisclosureCell.pillar)
            default: nil
            }
        return cell?.key
    }

    private var letterTextImport: String { "ete import letter-text MAP --year \(year)" }

    /// By the first part of the figure's name in the templates.
    private func source(of figure: String) -> (remedy: String, example: String?) {
        let root = figure.split(separator: ".").first.map(String.init) ?? figure
        func example(_ file: String) -> String { "\(Self.examples)/\(file)" }
        if figure.contains(".ontwikkeling"), ["vraag", "pijler"].contains(root) {
            return ("ete import benchmark BESTAND --year \(year - 1)", example("benchmark-2024.csv"))
        }
        switch root {
        case "benchmark", "vraag", "pijler", "pijlers":
            return ("ete import benchmark BESTAND --year \(year)", example("benchmark-2024.csv"))
        case "week":
            return (
                "ete import week-edities BESTAND' en 'ete import week BESTAND --year \(year)", example("week-edities.csv en week-2024.csv")
            )
        case "volgende_week": return ("ete import week-edities BESTAND", example("week-edities.csv"))
        case "coalitie": return ("ete import partners BESTAND", example("partners.csv"))
        case "campagne": return ("ete import campagne BESTAND", example("campagne.csv"))
        case "signalering": return ("ete import signalering BESTAND", example("signalering.csv"))
        case "kerncijfers": return ("ete import kerncijfers BESTAND", example("kerncijfers.csv"))
        case "gemeenten": return ("ete import gemeenten BESTAND", example("gemeenten.csv"))
        case "actielijnen", "kop", "titel", "nummer": return ("ete import actielijnen BESTAND", example("actielijnen.csv"))
        case "acties", "actie", "afgerond", "gepland": return ("ete import acties BESTAND", example("acties.csv"))
        default: return (letterTextImport, Self.letterTextExample)
        }
    }
}
