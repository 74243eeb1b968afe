import ETEModel

/// One input the letter needs that the store does not have, in the user's terms: what it is,
/// where a template asks for it, and which import (with a working example file) provides it.
public struct MissingInput: Sendable, Equatable, CustomStringConvertible {
    public enum Kind: Sendable, Equatable {
        /// A whole data set (the year's letter text, the actions of the year, the action lines).
        case dataSet
        /// A figure from the data, by its name in the templates ("benchmark.deelnemers").
        case figure
        /// A passage of the year's letter text, by its file name without ".md" ("slot").
        case passage
        /// The sender's data for the letterhead (the `afzender` block of brief.yaml).
        case senderData
    }

    public var kind: Kind
    public var name: String
    /// "templates/kamerbrief/secties/slot.md:8"; nil for a data set.
    public var location: String?
    /// The command that provides it.
    public var remedy: String
    /// A file or folder in the repository that shows the expected input.
    public var example: String?
    /// Whether the name is plural ("de acties …"), for the verb of the message.
    public var isPlural: Bool

    public init(kind: Kind, name: String, location: String? = nil, remedy: String, example: String? = nil, isPlural: Bool = false) {
        self.kind = kind
        self.name = name
        self.location = location
        self.remedy = remedy
        self.example = example
        self.isPlural = isPlural
    }

    /// "het cijfer benchmark.deelnemers (templates/…/lokale-aanpak.md:5)".
    var subject: String {
        let place = location.map { " (\($0))" } ?? ""
        switch kind {
        case .dataSet: return name
        case .senderData: return "de afzendergegevens voor het briefhoofd (het blok afzender in brief.yaml)\(place)"
        case .figure: return "het cijfer \(name)\(place)"
        case .passage: return "de passage \(name).md\(place)"
        }
    }

    var howToProvide: String {
        let action =
            switch kind {
            case .passage: "zet \(name).md in de map met de brieftekst en lees die in met '\(remedy)'"
            case .senderData:
                "zet in brief.yaml een blok afzender met \(LetterSender.keysInWords) (het retouradres volgt uit het postadres) en lees de map in met '\(remedy)'"
            default: "lees \(kind == .figure ? "het" : "die") in met '\(remedy)'"
            }
        return action + (example.map { " (voorbeeld: \($0))" } ?? "")
    }

    public var description: String {
        return "\(subject) \(isPlural || kind == .senderData ? "ontbreken" : "ontbreekt"); \(howToProvide)"
    }
}

extension [MissingInput] {
    /// One line per data set and passage; figures that the same import provides share a line, so
    /// an absent benchmark reads as one line with its first figures, not as forty lines.
    var report: String {
        if count == 1, let only = first {
            guard let location = only.location else { return only.description }
            var bare = only
            bare.location = nil
            return "\(location): \(bare.description)"
        }
        var lines: [String] = []
        var figureGroups: [String: [MissingInput]] = [:]
        var order: [String] = []
        for input in self {
            guard input.kind == .figure else {
                lines.append("- " + input.description)
                continue
            }
            if figureGroups[input.remedy] == nil { order.append(input.remedy) }
            figureGroups[input.remedy, default: []].append(input)
        }
        for remedy in order {
            guard let group = figureGroups[remedy], let first = group.first else { continue }
            guard group.count > 1 else {
                lines.append("- " + first.description)
                continue
            }
            let shown: [String] = group.prefix(Self.figuresShown).map { "\($0.name)\($0.location.map { " (\($0))" } ?? "")" }
            let rest = group.count - shown.count
            let names: String = rest > 0 ? shown.joined(separator: ", ") + " en \(rest) andere" : DutchPhrase.list(shown)
            lines.append(
                "- de cijfers \(names) ontbreken; lees ze in met '\(remedy)'" + (first.example.map { " (voorbeeld: \($0))" } ?? ""))
        }
        let heading = "de brief kan niet worden gemaakt; er ontbreken \(count) gegevens:"
        return heading + "\n" + lines.joined(separator: "\n")
    }

    static var figuresShown: Int { 5 }
}
