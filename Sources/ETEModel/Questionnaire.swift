/// The kinds of answer a benchmark question takes.
public enum AnswerType: String, CaseIterable, Sendable, Codable {
    case yesNo = "ja_nee"
    case singleChoice = "enkelvoudig"
    case multipleChoice = "meervoudig"
    case likert = "likert"
    case number = "getal"
}

/// One answer option of a choice question.
public struct AnswerOption: Sendable, Codable, Hashable {
    public var code: String
    public var text: String
    /// Earlier or alternative labels that files may still use (YAML `ook`), e.g. last year's wording.
    public var alsoKnownAs: [String]?

    public init(code: String, text: String, alsoKnownAs: [String]? = nil) {
        self.code = code
        self.text = text
        self.alsoKnownAs = alsoKnownAs
    }

    /// Every label the option may be written as in a file.
    public var labels: [String] { [text] + (alsoKnownAs ?? []) }
}

/// A condition on another question: the question is only asked when that
/// question was answered with one of `answers` (e.g. coalition members only when there is a coalition).
public struct AskCondition: Sendable, Codable, Hashable {
    public var questionID: String
    public var answers: [String]

    public init(questionID: String, answers: [String]) {
        self.questionID = questionID
        self.answers = answers
    }

    /// Whether the answers (canonical, by question id) satisfy the condition; a multiple-choice
    /// answer satisfies it when any chosen option is one of `answers`. An open question never does.
    public func holds(given answers: [String: String]) -> Bool {
        guard let given = answers[questionID] else { return false }
        return given.split(separator: "|").contains { self.answers.contains(String($0)) }
    }
}

/// A question of the yearly municipal benchmark.
public struct Question: Sendable, Codable, Hashable, Identifiable {
    /// Stable across years: the same id means the same question, which makes trends possible.
    public var id: String
    public var text: String
    /// Short label for tables and charts.
    public var label: String
    public var pillar: Pillar
    public var type: AnswerType
    /// Options of choice questions; the scale labels (1…n) of Likert questions.
    public var options: [AnswerOption]
    /// Answers that count as "positive", i.e. the share the benchmark reports
    /// (canonical forms: "ja", option codes, Likert points as "4").
    public var countedAnswers: [String]
    /// Whether the question contributes to the pillar score (a "big challenge" does not).
    public var scored: Bool
    public var askedIf: AskCondition?
    /// Bounds of number questions.
    public var minimum: Double?
    public var maximum: Double?
    /// The fact about the municipality that a positive answer states, if any.
    public var reports: ReportedFact?

    public init(
        id: String, text: String, label: String, pillar: Pillar, type: AnswerType,
        options: [AnswerOption] = [], countedAnswers: [String] = [], scored: Bool = true,
        askedIf: AskCondition? = nil, minimum: Double? = nil, maximum: Double? = nil, reports: ReportedFact? = nil
    ) {
        self.id = id
        self.text = text
        self.label = label
        self.pillar = pillar
        self.type = type
        self.options = options
        self.countedAnswers = countedAnswers
        self.scored = scored
        self.askedIf = askedIf
        self.minimum = minimum
        self.maximum = maximum
        self.reports = reports
    }

    /// Whether the question was meant to be answered given a response's other answers: always,
    /// unless it is a follow-up whose condition did not hold.
    public func applies(given answers: [String: String]) -> Bool {
        askedIf?.holds(given: answers) ?? true
    }

    /// Whether the question has a single "% positive" figure (number and multiple-choice questions do not).
    public var hasPositiveShare: Bool { type != .number && type != .multipleChoice }
}

/// The benchmark questionnaire of one year.
public struct Questionnaire: Sendable, Codable, Hashable {
    public var year: Int
    public var title: String
    public var questions: [Question]
    /// The file the definition was imported from (e.g. "2025.yaml"), as reports name it.
    public var source: String?

    public init(year: Int, title: String, questions: [Question], source: String? = nil) {
        self.year = year
        self.title = title
        self.questions = questions
        self.source = source
    }

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }

    public func questions(in pillar: Pillar) -> [Question] { questions.filter { $0.pillar == pillar } }

    /// The question whose positive answer states `fact`; nil when this year asks none.
    public func question(reporting fact: ReportedFact) -> Question? { questions.first { $0.reports == fact } }

    /// What a pillar score is made of: the scored questions with a positive share, each with the
    /// answers that count as positive.
    public func pillarScoreBasis(_ pillar: Pillar) -> [String: [String]] {
        Dictionary(
            uniqueKeysWithValues: questions(in: pillar).filter { $0.scored && $0.hasPositiveShare }
                .map { ($0.id, $0.countedAnswers.sorted()) })
    }

    /// Whether a pillar score of this year can be compared with one of `other`: the same questions,
    /// counted the same way. When not, reports say so instead of comparing two different sets.
    public func pillarScoreIsComparable(_ pillar: Pillar, with other: Questionnaire) -> Bool {
        pillarScoreBasis(pillar) == other.pillarScoreBasis(pillar)
    }

    /// Problems that make a definition unusable, in Dutch; empty when it is sound.
    public func definitionProblems() -> [String] { definitionProblemsByQuestion().map(\.message) }

    /// The same, each with the position of the question it is about (for a file's line and column).
    public func definitionProblemsByQuestion() -> [(position: Int, message: String)] {
        var problems: [String] = []
        var located: [(position: Int, message: String)] = []
        var seen = Set<String>()
        var reporters: [ReportedFact: String] = [:]
        for (position, question) in questions.enumerated() {
            defer {
                located += problems.map { (position, $0) }
                problems.removeAll()
            }
            if !seen.insert(question.id).inserted { problems.append("vraag \"\(question.id)\" komt twee keer voor") }
            if let fact = question.reports {
                if let first = reporters[fact] {
                    problems.append(
                        "vragen \"\(first)\" en \"\(question.id)\" hebben allebei gegeven: \(fact.rawValue); verwacht één vraag per gegeven"
                    )
                } else {
                    reporters[fact] = question.id
                }
                if !question.hasPositiveShare {
                    problems.append(
                        "vraag \"\(question.id)\": gegeven: \(fact.rawValue) vraagt een vraag met een positief antwoord (ja_nee, enkelvoudig of likert)"
                    )
                }
            }
            if question.id.isEmpty || question.id.contains(where: { $0.isWhitespace }) {
                problems.append("vraag-id \"\(question.id)\" mag geen spaties bevatten en niet leeg zijn")
            }
            let validAnswers = question.validCanonicalAnswers
            for answer in question.countedAnswers where !validAnswers.contains(answer) {
                problems.append("vraag \"\(question.id)\": positief antwoord \"\(answer)\" is geen mogelijk antwoord")
            }
            if [.singleChoice, .multipleChoice, .likert].contains(question.type), question.options.count < 2 {
                problems.append("vraag \"\(question.id)\": een \(question.type.rawValue)-vraag heeft minstens twee opties nodig")
            }
            for (name, bound) in [("min", question.minimum), ("max", question.maximum)] {
                guard let bound else { continue }
                if !bound.isFinite || bound.magnitude > DutchNumber.largestAccepted {
                    problems.append(
                        "vraag \"\(question.id)\": \(name) moet een eindig getal zijn tussen -\(DutchNumber.format(DutchNumber.largestAccepted)) en \(DutchNumber.format(DutchNumber.largestAccepted))"
                    )
                }
            }
            if let low = question.minimum, let high = question.maximum, low.isFinite, high.isFinite, low > high {
                problems.append(
                    "vraag \"\(question.id)\": min (\(DutchNumber.format(low))) is groter dan max (\(DutchNumber.format(high)))")
            }
            var labelOwners: [String: String] = [:]
            for option in question.options {
                for label in [option.code] + option.labels {
                    let key = DutchText.matchKey(label)
                    if let owner = labelOwners[key], owner != option.code {
                        problems.append(
                            "vraag \"\(question.id)\": \"\(label)\" hoort bij twee opties (\(owner) en \(option.code)); een antwoord moet één optie aanwijzen"
                        )
                    }
                    labelOwners[key] = option.code
                }
            }
            if let condition = question.askedIf {
                if condition.questionID == question.id || self.question(condition.questionID) == nil {
                    problems.append("vraag \"\(question.id)\": voorwaarde verwijst naar onbekende vraag \"\(condition.questionID)\"")
                }
            }
        }
        return located
    }
}

extension Question {
    /// The question with labels of the same option codes in other years' questionnaires added as
    /// alternatives, so a file exported with last year's wording still matches (never fuzzily:
    /// a label that is another option's label now is not added).
    public func acceptingLabels(from others: [Question]) -> Question {
        var copy = self
        let current = Set(options.flatMap { ([$0.code] + $0.labels).map(DutchText.matchKey) })
        copy.options = options.map { option in
            var option = option
            let earlier = others.flatMap { $0.options.filter { $0.code == option.code }.flatMap(\.labels) }
                .filter { !current.contains(DutchText.matchKey($0)) }
            if !earlier.isEmpty { option.alsoKnownAs = (option.alsoKnownAs ?? []) + earlier }
            return option
        }
        return copy
    }

    /// Canonical answers the question accepts (empty for number questions).
    public var validCanonicalAnswers: Set<String> {
        switch type {
        case .yesNo: ["ja", "nee"]
        case .singleChoice, .multipleChoice: Set(options.map(\.code))
        case .likert: Set((1...max(options.count, 1)).map(String.init))
        case .number: []
        }
    }
}
