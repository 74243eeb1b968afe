import ETEModel
import Foundation
import Stencil

/// The Dutch formatting filters of the letter templates. Every filter refuses an absent
/// value, so a missing figure becomes an error that names it instead of a blank in the letter.
///
///     {{ vraag.p1_wethouder_actief.procent|procent }}     37%
///     {{ week.pakket_deelnemers|zeker }}                   zeker 50.000   (also ruim, bijna, rond, ongeveer; :"%" for percentages)
///     {{ vraag.p1_structureel_budget.ontwikkeling|verandering }}   gedaald van 34% in 2023 naar 24% in 2024
///     {{ campagne.x.metingen.y.ontwikkeling|beweging }}    bleef vrijwel gelijk (59% in 2023, 61% in 2024) / steeg van … naar …
///     {{ week.start|periode:week.eind }}                   26 september tot en met 2 oktober 2024
enum LetterFilters {
    /// The reason a filter gives for an absent value; the wrapper in `stencilExtension` records it for
    /// `MissingInputRecorder` (or passes it on when rendering without a recorder).
    static let missingMarker = "ETE-ONTBREKEND"
    /// The reason the `passage` filter gives for an absent passage, followed by the passage's name.
    static let missingPassageMarker = "ETE-ONTBREKENDE-PASSAGE:"

    /// The first filter of every output, added by `RecordingLoader`: tells the recorder which output
    /// is being rendered.
    static let placeFilter = "ete_plaats"

    static var stencilExtension: Extension {
        let filters = Extension()
        // Every filter goes through here: an absent value is recorded (when rendering with a
        // recorder) and rendered as a placeholder, so one run finds every missing input.
        func register(_ name: String, _ body: @escaping (Any?, [Any?], Context) throws -> Any?) {
            filters.registerFilter(name) { (value: Any?, arguments: [Any?], context: Context) in
                do {
                    return try body(value, arguments, context)
                } catch let error as TemplateSyntaxError {
                    guard let recorder = context[MissingInputRecorder.contextKey] as? MissingInputRecorder else { throw error }
                    if error.reason == missingMarker, let withheld = recorder.currentWithheldFigure {
                        return WithheldSentences.marker(withheld)
                    } else if error.reason == missingMarker {
                        recorder.recordMissingFigure()
                    } else if error.reason.hasPrefix(missingPassageMarker) {
                        recorder.recordMissingPassage(String(error.reason.dropFirst(missingPassageMarker.count)))
                    } else {
                        throw error
                    }
                    return MissingInputRecorder.placeholder
                }
            }
        }
        func register(_ name: String, _ body: @escaping (Any?) throws -> Any?) {
            register(name) { value, _, _ in try body(value) }
        }
        register(placeFilter) { value, arguments, context in
            if let number = (arguments.first as? String).flatMap(Int.init) {
                (context[MissingInputRecorder.contextKey] as? MissingInputRecorder)?.enter(number)
            }
            return value
        }
        register("procent") { value in DutchPhrase.percent(try number(value)) }
        register("aantal") { value in DutchPhrase.count(try number(value)) }
        register("woorden") { value in DutchPhrase.inWords(DutchPhrase.wholeNumber(try number(value))) }
        register("rangtelwoord") { value in DutchPhrase.ordinal(DutchPhrase.wholeNumber(try number(value))) }
        for qualifier in DutchPhrase.Qualifier.allCases {
            register(qualifier.rawValue) { value, arguments, _ in
                DutchPhrase.approximately(try number(value), qualifier, percent: arguments.first as? String == "%")
            }
        }
        register("datum") { value in try day(value).dutchLong }
        register("dag_datum") { value in DutchPhrase.dateWithWeekday(try day(value)) }
        register("periode") { value, arguments, _ in
            guard arguments.count == 1 else {
                throw TemplateSyntaxError("periode verwacht de einddatum, zoals week.start|periode:week.eind")
            }
            return DutchPhrase.period(try day(value), try day(arguments[0]))
        }
        register("verandering") { value in
            guard let development = value as? [String: Any] else { throw missing() }
            return DutchPhrase.change(
                from: try number(development["van"]), in: Int(try number(development["van_jaar"])),
                to: try number(development["naar"]), in: Int(try number(development["naar_jaar"])))
        }
        register("beweging") { value in
            guard let development = value as? [String: Any] else { throw missing() }
            return DutchPhrase.movement(
                from: try number(development["van"]), in: Int(try number(development["van_jaar"])),
                to: try number(development["naar"]), in: Int(try number(development["naar_jaar"])))
        }
        register("opsomming") { value in
            guard let items = value as? [Any], !items.isEmpty else { throw missing() }
            return DutchPhrase.list(items.map { inlineText("\($0)") })
        }
        register("hoofdletter") { value in
            let text = try required(value)
            return DutchText.capitalisingFirst(text)
        }
        register("verplicht") { value in try required(value) }
        // A passage chosen by name from data: {{ tekst_naam|passage }} in an action line's section.
        register("passage") { value, _, context in
            let name = try required(value)
            guard let passage = (context["tekst"] as? [String: Any])?[name] else {
                throw TemplateSyntaxError(missingPassageMarker + name)
            }
            return try required(passage)
        }
        // A sentence from data ends with one mark: "Is eenzaamheid bespreekbaar?" gets no extra full stop.
        register("zin") { value in
            let text = try required(value)
            return text.last.map { ".!?…:".contains($0) } == true ? text : text + "."
        }
        return filters
    }

    /// A passage written by staff: letter markup with its own paragraphs, lists and footnotes.
    struct Passage: CustomStringConvertible {
        let markdown: String
        var description: String { markdown }
    }

    private static func missing() -> TemplateSyntaxError { TemplateSyntaxError(missingMarker) }

    static func number(_ value: Any?) throws -> Double {
        switch value {
        case let number as Int: return Double(number)
        case let number as Double: return number
        case let text as String: if let number = DutchNumber.parse(text) { return number }
        // A list counts its items, so "{{ actielijnen|woorden }}" reads "drie".
        case let items as [Any]: return Double(items.count)
        default: break
        }
        throw missing()
    }

    static func day(_ value: Any?) throws -> Day {
        if let day = value as? Day { return day }
        if let text = value as? String, let day = Day(parsing: text) { return day }
        throw missing()
    }

    /// A value as letter markup. A passage is markup already and keeps its lines; any other text
    /// from the data (a title, a result, a name) is one line of literal text: line breaks become
    /// spaces (so a list item stays one item) and markup characters are escaped (a "*" in a name
    /// is a star, not emphasis).
    static func required(_ value: Any?) throws -> String {
        guard let value else { throw missing() }
        let text = (value as? Passage)?.markdown ?? inlineText("\(value)")
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw missing() }
        return text
    }

    static func inlineText(_ text: String) -> String {
        var result = ""
        var pendingSpace = false
        for character in text {
            if character.isNewline || character == "\t" {
                pendingSpace = !result.isEmpty
                continue
            }
            if pendingSpace {
                if result.last != " " { result.append(" ") }
                pendingSpace = false
            }
            if "\\*^[]".contains(character) { result.append("\\") }
            result.append(character)
        }
        return result
    }
}
