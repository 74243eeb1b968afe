import ETEModel

/// A figure that the disclosure rule withholds never stops the letter. Its filter renders a
/// marker instead of the number; after rendering, each sentence holding a marker is replaced by one
/// that names the figure and says it is not published. So any template, stock or the ministry's
/// own, survives a year with few respondents without a special case per sentence.
enum WithheldSentences {
    private static let open = "\u{E000}"
    private static let close = "\u{E001}"

    /// What a filter renders for the withheld figure `name` ("vraag.p2_lokale_coalitie.procent").
    static func marker(_ name: String) -> String { open + name + close }

    /// The markup with every sentence that holds a marker rewritten; `context` gives the labels.
    static func rewrite(_ markup: String, context: [String: Any]) -> String {
        guard markup.contains(open) else { return markup }
        var text = markup
        while let start = text.range(of: open) {
            let sentence = bounds(of: start.lowerBound, in: text)
            let original = String(text[sentence])
            let names = original.matches(of: /\u{E000}([^\u{E001}]*)\u{E001}/).map { String($0.output.1) }
            let phrases = names.map { phrase(for: $0, context: context) }.reduce(into: [String]()) {
                if !$0.contains($1) { $0.append($1) }
            }
            let subject = DutchText.capitalisingFirst(DutchPhrase.list(phrases))
            let replacement =
                phrases.count == 1
                ? "\(subject) wordt niet gepubliceerd, omdat het cijfer antwoorden van afzonderlijke gemeenten zou prijsgeven (de onthullingsregel van de benchmark)."
                : "\(subject) worden niet gepubliceerd, omdat die cijfers antwoorden van afzonderlijke gemeenten zouden prijsgeven (de onthullingsregel van de benchmark)."
            text.replaceSubrange(sentence, with: replacement)
        }
        return text
    }

    /// The sentence around `index`: from after the previous sentence end (or the line's start,
    /// after a list marker) to its own full stop.
    private static func bounds(of index: String.Index, in text: String) -> Range<String.Index> {
        var lower = index
        while lower > text.startIndex {
            let previous = text.index(before: lower)
            if text[previous] == "\n" { break }
            if text[previous] == " ", previous > text.startIndex, ".!?".contains(text[text.index(before: previous)]) { break }
            lower = previous
        }
        if text[lower...].hasPrefix("- ") { lower = text.index(lower, offsetBy: 2) }
        var upper = index
        while upper < text.endIndex, text[upper] != "\n" {
            let next = text.index(after: upper)
            if ".!?".contains(text[upper]), next == text.endIndex || text[next] == " " || text[next] == "\n" || text[next] == "^" {
                return lower..<next
            }
            upper = next
        }
        return lower..<upper
    }

    /// "het aandeel gemeenten bij ‘Lokale coalitie of netwerk’", from the name of the figure.
    static func phrase(for name: String, context: [String: Any]) -> String {
        let parts = name.split(separator: ".").map(String.init)
        let questions = context["vraag"] as? [String: [String: Any]]
        func label(_ question: String) -> String { (questions?[question]?["label"] as? String) ?? question }
        switch (parts.first, parts.count > 2 ? parts[2] : nil) {
        case ("vraag", "opties") where parts.count > 3:
            let options = questions?[parts[1]]?["opties"] as? [String: [String: Any]]
            let option = (options?[parts[3]]?["label"] as? String) ?? parts[3]
            return "het aandeel gemeenten dat ‘\(option)’ koos bij ‘\(label(parts[1]))’"
        case ("vraag", "gemiddelde"):
            return "het gemiddelde bij ‘\(label(parts[1]))’"
        case ("vraag", _):
            return "het aandeel gemeenten bij ‘\(label(parts[1]))’"
        case ("pijler", _) where parts.count > 1:
            let pillar = (context["pijler"] as? [String: [String: Any]])?[parts[1]]?["naam"] as? String
            return "de score van pijler \(parts[1])" + (pillar.map { " (\($0))" } ?? "")
        default:
            return "het cijfer \(name)"
        }
    }
}
