import Foundation

/// The 11-item De Jong Gierveld loneliness scale, as listed in the 2018 action programme.
/// Scoring follows the scale's manual (De Jong Gierveld & Van Tilburg): the six negatively
/// worded items form the emotional subscale, the five positively worded items the social
/// subscale and are scored in reverse; the neutral answer "min of meer" always scores 1.
public enum LonelinessScale {
    public enum Subscale: String, Sendable, Codable { case emotional, social }

    public struct Item: Sendable, Hashable {
        public let number: Int
        public let statement: String
        public let subscale: Subscale
    }

    /// Answer categories of the three-point version used by the GGD health monitor. The original
    /// five-point form ("nee!", "nee", "min of meer", "ja", "ja!") scores the same once the
    /// emphatic answers join their plain ones, so it is read into these three.
    public enum Answer: String, CaseIterable, Sendable, Codable {
        case yes = "ja"
        case moreOrLess = "min of meer"
        case no = "nee"

        /// The answer from its text in either form, ignoring case and spaces around it; nil when it is neither.
        public init?(text: String) {
            switch text.trimmingCharacters(in: .whitespaces).lowercased() {
            case "ja", "ja!": self = .yes
            case "min of meer", "min-of-meer": self = .moreOrLess
            case "nee", "nee!": self = .no
            default: return nil
            }
        }

        /// The texts `init(text:)` accepts, for error messages.
        public static let acceptedTexts = ["ja", "min of meer", "nee", "ja!", "nee!"]
    }

    /// The choices a scoring makes that the scale's users differ on, each with the standard's
    /// value as default and where it comes from.
    public struct ScoringRules: Sendable, Hashable {
        /// How many of the 11 items may be unanswered for a respondent to be scored; an unanswered
        /// item then scores 0. Default 0: only complete lists, as the manual of De Jong Gierveld &
        /// Van Tilburg advises (some studies allow one or two missing items).
        public var maximumMissingItems: Int
        /// A subscale counts as lonely from this many unfavourable items. Default 3, the RIVM
        /// convention for "emotioneel eenzaam" and "sociaal eenzaam" (VZinfo, verantwoording).
        public var subscaleCutOff: Int

        public init(maximumMissingItems: Int = 0, subscaleCutOff: Int = 3) {
            self.maximumMissingItems = maximumMissingItems
            self.subscaleCutOff = subscaleCutOff
        }

        public static let standard = ScoringRules()
    }

    public enum Category: String, Sendable, Codable, CaseIterable {
        case notLonely = "niet eenzaam"
        case moderatelyLonely = "matig eenzaam"
        case severelyLonely = "ernstig eenzaam"
        case verySeverelyLonely = "zeer ernstig eenzaam"

        /// 0–2 not lonely, 3–8 moderately, 9–10 severely, 11 very severely lonely.
        public init(score: Int) {
            switch score {
            case ...2: self = .notLonely
            case 3...8: self = .moderatelyLonely
            case 9...10: self = .severelyLonely
            default: self = .verySeverelyLonely
            }
        }

        /// "Lonely" in health-monitor reporting means a total score of 3 or more.
        public var isLonely: Bool { self != .notLonely }
    }

    public struct Score: Sendable, Hashable {
        public let total: Int
        public let emotional: Int
        public let social: Int
        public var category: Category { Category(score: total) }
        /// A subscale counts as lonely from the rules' cut-off (by default 3 unfavourable items).
        public func isEmotionallyLonely(_ rules: ScoringRules = .standard) -> Bool { emotional >= rules.subscaleCutOff }
        public func isSociallyLonely(_ rules: ScoringRules = .standard) -> Bool { social >= rules.subscaleCutOff }
        /// "Eenzaam" in health-monitor reporting: a total of 3 or more; "ernstig eenzaam": 9 or more.
        public var isLonely: Bool { category.isLonely }
        public var isSeverelyLonely: Bool { total >= 9 }
    }

    public static let items: [Item] = [
        Item(
            number: 1, statement: "Er is altijd wel iemand in mijn omgeving bij wie ik met mijn dagelijkse problemen terecht kan",
            subscale: .social),
        Item(number: 2, statement: "Ik mis een echt goede vriend of vriendin", subscale: .emotional),
        Item(number: 3, statement: "Ik ervaar een leegte om me heen", subscale: .emotional),
        Item(number: 4, statement: "Er zijn genoeg mensen op wie ik in geval van narigheid kan terugvallen", subscale: .social),
        Item(number: 5, statement: "Ik mis gezelligheid om me heen", subscale: .emotional),
        Item(number: 6, statement: "Ik vind mijn kring van kennissen te beperkt", subscale: .emotional),
        Item(number: 7, statement: "Ik heb veel mensen op wie ik volledig kan vertrouwen", subscale: .social),
        Item(number: 8, statement: "Er zijn voldoende mensen met wie ik me nauw verbonden voel", subscale: .social),
        Item(number: 9, statement: "Ik mis mensen om me heen", subscale: .emotional),
        Item(number: 10, statement: "Vaak voel ik me in de steek gelaten", subscale: .emotional),
        Item(number: 11, statement: "Wanneer ik daar behoefte aan heb kan ik altijd bij mijn vrienden terecht", subscale: .social),
    ]

    /// Points for one item: emotional items score on "ja", social items on "nee"; "min of meer" always scores.
    public static func points(for answer: Answer, on item: Item) -> Int {
        switch (answer, item.subscale) {
        case (.moreOrLess, _), (.yes, .emotional), (.no, .social): 1
        default: 0
        }
    }

    /// Scores a set of answers keyed by item number (1…11). Returns nil when more items are
    /// unanswered than the rules allow (by default: any).
    public static func score(_ answers: [Int: Answer], rules: ScoringRules = .standard) -> Score? {
        let missing = items.filter { answers[$0.number] == nil }.count
        guard missing <= rules.maximumMissingItems else { return nil }
        var emotional = 0
        var social = 0
        for item in items {
            guard let answer = answers[item.number] else { continue }
            let value = points(for: answer, on: item)
            if item.subscale == .emotional { emotional += value } else { social += value }
        }
        return Score(total: emotional + social, emotional: emotional, social: social)
    }
}
