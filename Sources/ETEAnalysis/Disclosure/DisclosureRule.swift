import ETEModel

/// When a group figure of the benchmark may be published, so that no municipality's answer can
/// be read from it, also not by a municipality of the group that subtracts its own answer. The
/// rule follows the usual treatment of frequency tables by statistical offices (threshold rule,
/// group disclosure, secondary suppression); it is explained in Dutch in README and in every
/// workbook's Toelichting.
public enum DisclosureRule {
    /// Answers behind a figure besides the reader's own: a figure needs at least this many others.
    public static let minimumOthers = 5
    /// So a figure needs at least this many answers in all (the reader may be one of them).
    public static var minimumAnswers: Int { minimumOthers + 1 }
    /// Each side of a share (answers that count as positive, and the rest) needs at least this
    /// many answers: with fewer, a 0% or 100% share (after subtracting one's own answer) would
    /// give every other member's answer.
    public static let minimumPerSide = 2

    /// From this many answers a share may be all-or-nothing (0% or 100%, or all but one): that
    /// every municipality of so large a group answered alike is a national finding (the letter's
    /// "zorg- en welzijnsorganisaties doen altijd mee"), not one municipality's answer.
    public static let allOrNothingFrom = 100

    /// Whether a share of `positive` out of `answered` may be shown.
    public static func allowsShare(positive: Int, answered: Int) -> Bool {
        answered >= minimumAnswers && (answered >= allOrNothingFrom || positive >= minimumPerSide && answered - positive >= minimumPerSide)
    }

    /// Whether a shown share already tells every member how the others answered, which the rule
    /// accepts only for a group of `allOrNothingFrom` answers or more.
    public static func isAcceptedAllOrNothing(positive: Int, answered: Int) -> Bool {
        answered >= allOrNothingFrom && (positive <= 1 || answered - positive <= 1)
    }

    /// Whether a mean over `answered` answers may be shown (always as a whole number, so that the
    /// exact sum cannot be recovered from it).
    public static func allowsMean(answered: Int) -> Bool { answered >= minimumAnswers }

    /// A mean as it is published: rounded to a whole number.
    public static func publishedMean(_ mean: Double) -> Double { mean.rounded() }

    /// The counts a reader can infer from a shown share of `positive` out of `answered`: every
    /// count that rounds to the same whole percentage (a single count up to 100 answers).
    public static func inferableCounts(positive: Int, answered: Int) -> ClosedRange<Int> {
        guard answered > 0 else { return 0...0 }
        let shown = DutchNumber.roundedPercentage(positive, of: answered)
        let same = (0...answered).filter { DutchNumber.roundedPercentage($0, of: answered) == shown }
        return same.first!...same.last!
    }
}

/// One figure of a group: the share for a question, for an option of a multiple-choice question,
/// the mean of a number question, or a pillar score.
public enum DisclosureCell: Hashable, Sendable {
    case share(question: String)
    case option(question: String, option: String)
    case mean(question: String)
    case pillar(Int)
    /// The share of a group with one policy profile (`PolicyProfile.id`).
    case profile(String)

    /// How the store keeps a decision about this figure ("aandeel:q", "optie:q:o", "gemiddelde:q", "pijler:1").
    public var key: String {
        switch self {
        case .share(let question): "aandeel:\(question)"
        case .option(let question, let option): "optie:\(question):\(option)"
        case .mean(let question): "gemiddelde:\(question)"
        case .pillar(let number): "pijler:\(number)"
        case .profile(let id): "profiel:\(id)"
        }
    }

    public init?(key: String) {
        let parts = key.split(separator: ":", maxSplits: 2).map(String.init)
        switch (parts.first, parts.count) {
        case ("aandeel", 2): self = .share(question: parts[1])
        case ("optie", 3): self = .option(question: parts[1], option: parts[2])
        case ("gemiddelde", 2): self = .mean(question: parts[1])
        case ("profiel", 2): self = .profile(parts[1])
        case ("pijler", 2):
            guard let number = Int(parts[1]) else { return nil }
            self = .pillar(number)
        default: return nil
        }
    }
}
