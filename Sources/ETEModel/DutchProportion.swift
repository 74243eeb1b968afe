/// How a survey share is put into words. Each sentence of a report chooses its style, as a
/// writer would: "acht op de tien", "ongeveer driekwart", "ruim 20%" or plainly "35%".
public enum ProportionStyle: Sendable, CaseIterable {
    /// "acht op de tien", "bijna zes op de tien".
    case tenths
    /// "een kwart", "ruim de helft", "ongeveer driekwart"; the exact percentage when no fraction is near.
    case fractions
    /// "ruim 20%", "ongeveer 75%": a round percentage with a qualifier.
    case roundedPercent
    /// "35%".
    case percent
}

/// A share in words, with what its verb must agree with: "acht op de tien deelnemers vinden",
/// "ongeveer driekwart van de deelnemers vindt".
public struct ProportionPhrase: Sendable, Equatable {
    public let text: String
    public let takesPluralVerb: Bool

    public init(text: String, takesPluralVerb: Bool) {
        self.text = text
        self.takesPluralVerb = takesPluralVerb
    }

    /// The verb form that agrees with the phrase.
    public func verb(_ singular: String, _ plural: String) -> String { takesPluralVerb ? plural : singular }

    /// The phrase with a capital first letter, to open a sentence.
    public var capitalised: String { DutchText.capitalisingFirst(text) }
}

extension DutchPhrase {
    /// How close a share must be to a round value to be called by it, in percentage points:
    /// within `exactly` it is the value itself, within `about` "ongeveer", and up to `nearby`
    /// "bijna" (below) or "ruim" (above). Further away, the exact percentage is written.
    public enum ProportionMargin {
        public static let exactly = 0.5
        public static let about = 2.0
        public static let nearby = 5.0
    }

    /// The round values each style names, with their words.
    private static let fractionWords: [(Double, String)] = [(25, "een kwart"), (50, "de helft"), (75, "driekwart")]
    private static let roundPercentages: [(Double, String)] = [10, 20, 25, 30, 40, 50, 60, 70, 75, 80, 90].map { ($0, "\(Int($0))%") }

    /// `percentage` (0–100) in the chosen style; `group` ("deelnemers") makes it a full noun phrase:
    /// "acht op de tien deelnemers", "ruim de helft van de deelnemers", "35% van de deelnemers".
    public static func proportion(_ percentage: Double, _ style: ProportionStyle, of group: String? = nil) -> ProportionPhrase {
        let ofGroup = group.map { " van de \($0)" } ?? ""
        let exact = ProportionPhrase(text: percent(percentage) + ofGroup, takesPluralVerb: false)
        switch style {
        case .percent:
            return exact
        case .tenths:
            let tenth = (percentage / 10).rounded(.toNearestOrAwayFromZero)
            guard (1...9).contains(tenth) else { return exact }
            let words = "\(tenth == 1 ? "één" : inWords(Int(tenth))) op de tien"
            return ProportionPhrase(
                text: qualified(words, distance: percentage - tenth * 10) + (group.map { " \($0)" } ?? ""), takesPluralVerb: true)
        case .fractions, .roundedPercent:
            let anchors = style == .fractions ? fractionWords : roundPercentages
            guard let (anchor, words) = anchors.min(by: { abs($0.0 - percentage) < abs($1.0 - percentage) }),
                abs(percentage - anchor) <= ProportionMargin.nearby
            else { return exact }
            return ProportionPhrase(text: qualified(words, distance: percentage - anchor) + ofGroup, takesPluralVerb: false)
        }
    }

    /// The qualifier for a value `distance` points from the round value `words` names.
    private static func qualified(_ words: String, distance: Double) -> String {
        // Compared in hundredths, so 74.5 and 25.5 stand at exactly half a point, as written.
        let hundredths = (abs(distance) * 100).rounded()
        if hundredths <= ProportionMargin.exactly * 100 { return words }
        if hundredths <= ProportionMargin.about * 100 { return "ongeveer " + words }
        return (distance < 0 ? "bijna " : "ruim ") + words
    }
}
