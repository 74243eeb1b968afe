/// A parsed answer to a benchmark question.
public enum AnswerValue: Sendable, Hashable {
    case yesNo(Bool)
    case choice(String)
    case choices([String])
    case likert(Int)
    case number(Double)

    /// The form stored in the database and counted against `Question.countedAnswers`.
    public var canonical: String {
        switch self {
        case .yesNo(let yes): yes ? "ja" : "nee"
        case .choice(let code): code
        case .choices(let codes): codes.joined(separator: "|")
        case .likert(let point): String(point)
        case .number(let value):
            value == value.rounded() && abs(value) < 1e15 ? String(Int(value)) : String(value)
        }
    }
}

/// Why a cell is not a valid answer, in Dutch ("verwacht ja of nee").
public struct AnswerProblem: Error, Sendable, Equatable {
    public var expected: String

    public init(expected: String) { self.expected = expected }
}

extension Question {
    /// Parses a cell as staff files write it. Yes/no accepts ja/nee, j/n, 1/0, yes/no, waar/onwaar;
    /// choices accept the option code or the option text; several choices are separated by "|".
    public func parseAnswer(_ cell: String) -> Result<AnswerValue, AnswerProblem> {
        let text = cell.trimmingCharacters(in: .whitespacesAndNewlines)
        switch type {
        case .yesNo:
            guard let yes = DutchBoolean.parse(text) else { return .failure(AnswerProblem(expected: "ja of nee")) }
            return .success(.yesNo(yes))
        case .singleChoice:
            guard let code = optionCode(for: text) else { return .failure(optionProblem) }
            return .success(.choice(code))
        case .multipleChoice:
            var codes: [String] = []
            for part in text.split(separator: "|").map({ $0.trimmingCharacters(in: .whitespaces) }) where !part.isEmpty {
                guard let code = optionCode(for: part) else { return .failure(optionProblem) }
                if !codes.contains(code) { codes.append(code) }
            }
            let ordered = options.map(\.code).filter(codes.contains)
            return .success(.choices(ordered))
        case .likert:
            // A scale point by number ("4") or by its label ("Grote uitdaging"), as survey tools export it.
            let points = options.count
            if let value = Int(text), (1...points).contains(value) { return .success(.likert(value)) }
            if let code = optionCode(for: text), let index = options.firstIndex(where: { $0.code == code }) {
                return .success(.likert(index + 1))
            }
            return .failure(
                AnswerProblem(
                    expected: "een geheel getal van 1 tot en met \(points) of de tekst van een antwoord ("
                        + options.map(\.text).joined(separator: ", ") + ")"))
        case .number:
            guard let value = DutchNumber.parse(text) else { return .failure(AnswerProblem(expected: "een getal")) }
            guard numberRange.contains(value) else { return .failure(rangeProblem) }
            return .success(.number(value))
        }
    }

    /// Whether a stored canonical answer counts as positive.
    public func counts(_ canonical: String) -> Bool { countedAnswers.contains(canonical) }

    /// Exact match on the code or a label, ignoring case, accents, spacing and punctuation; never fuzzy.
    private func optionCode(for text: String) -> String? {
        let key = DutchText.matchKey(text)
        guard !key.isEmpty else { return nil }
        return options.first { option in ([option.code] + option.labels).contains { DutchText.matchKey($0) == key } }?.code
    }

    private var optionProblem: AnswerProblem {
        AnswerProblem(
            expected: "een van: " + options.map(\.code).joined(separator: ", ")
                + (type == .multipleChoice ? " (meerdere gescheiden door |)" : ""))
    }

    /// The accepted answers of a number question: its own bounds, and never beyond ±10^12
    /// (a bound that keeps every sum and mean exact and printable).
    public var numberRange: ClosedRange<Double> {
        let low = Swift.max(minimum ?? -DutchNumber.largestAccepted, -DutchNumber.largestAccepted)
        let high = Swift.min(maximum ?? DutchNumber.largestAccepted, DutchNumber.largestAccepted)
        return low <= high ? low...high : low...low
    }

    private var rangeProblem: AnswerProblem {
        AnswerProblem(
            expected: "een getal van \(DutchNumber.format(numberRange.lowerBound)) tot en met \(DutchNumber.format(numberRange.upperBound))"
        )
    }
}

/// Dutch yes/no parsing shared by all importers.
public enum DutchBoolean {
    public static func parse(_ text: String) -> Bool? {
        switch DutchText.matchKey(text) {
        case "ja", "j", "1", "yes", "y", "true", "waar", "x": true
        case "nee", "n", "0", "no", "false", "onwaar": false
        default: nil
        }
    }
}

/// A municipality's benchmark response in one year: its answers by question id.
public struct BenchmarkResponse: Sendable, Hashable {
    public var year: Int
    public var municipality: MunicipalityCode
    public var answers: [String: String]

    public init(year: Int, municipality: MunicipalityCode, answers: [String: String]) {
        self.year = year
        self.municipality = municipality
        self.answers = answers
    }
}
