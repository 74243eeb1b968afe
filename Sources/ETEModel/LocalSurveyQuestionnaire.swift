/// The questionnaire of the Stappenplan "Samen tegen Eenzaamheid": what local organisations,
/// professionals and volunteers are asked before a local meeting (parts I–V of its Bijlage 1).
/// Kept as data in templates/stappenplan/, so a municipality can add a statement without code.
public struct LocalSurveyQuestionnaire: Sendable, Hashable {
    public enum QuestionType: String, CaseIterable, Sendable {
        case open
        case singleChoice = "enkelvoudig"
        case multipleChoice = "meervoudig"
        /// A statement answered on the shared agreement scale (helemaal eens … weet niet).
        case statement = "stelling"
    }

    public struct Option: Sendable, Hashable {
        public let code: String
        public let text: String
        /// "Anders, namelijk …" or "Ja, namelijk …": the respondent adds a text of their own.
        public let takesText: Bool
        /// How a report names the option inside a sentence ("persoonlijke activering"), when the form's text is too long for that.
        public let shortText: String?

        public init(code: String, text: String, takesText: Bool = false, shortText: String? = nil) {
            self.code = code
            self.text = text
            self.takesText = takesText
            self.shortText = shortText
        }

        /// The option's name inside a sentence: the short text, else the form's text starting in lower
        /// case (an abbreviation such as "GGZ" keeps its capitals).
        public var inSentence: String {
            if let shortText { return shortText }
            let second = text.dropFirst().first
            return second?.isUppercase == true ? text : text.prefix(1).lowercased() + text.dropFirst()
        }
    }

    public struct Question: Sendable, Hashable, Identifiable {
        public let id: String
        /// As printed on the form: "4a", "15 (toelichting)", "V-1".
        public let number: String
        public let part: String
        public let type: QuestionType
        public let text: String
        public let options: [Option]
        /// Routing: asked only when an earlier question had one of these answers.
        public let askedWhen: AskCondition?

        public init(
            id: String, number: String, part: String, type: QuestionType, text: String, options: [Option] = [],
            askedWhen: AskCondition? = nil
        ) {
            self.id = id
            self.number = number
            self.part = part
            self.type = type
            self.text = text
            self.options = options
            self.askedWhen = askedWhen
        }

        /// The option with this code, or whose text is this text (ignoring case).
        public func option(matching answer: String) -> Option? {
            let key = answer.trimmingCharacters(in: .whitespaces).lowercased()
            return options.first { $0.code.lowercased() == key || $0.text.lowercased() == key }
        }
    }

    public let title: String
    public let source: String
    public let questions: [Question]

    public init(title: String, source: String, questions: [Question]) {
        self.title = title
        self.source = source
        self.questions = questions
    }

    public func question(_ id: String) -> Question? { questions.first { $0.id == id } }
}
