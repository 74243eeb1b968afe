import ETEModel
import Foundation
import Stencil

/// The Dutch formatting filters of the letter templates. Every filter refuses an absent
/// value, so a missing figure becomes an error that names it instead of a blank in the letter.
///
///     {{ vraag.p1_wethouder_actief.procent|procent }}     37%
///     {{ week.pakket_deelnemers|zeker }}                   zeker 50.000   (also ruim, bijna, rond, ongeveer; :"%" for percentages)
///     {{ vraag.p1_structureel_budget.ontwikkeling|verandering }}   gedaald van 34% in 2023 naar 24% in 2024
///     {{ week.start|periode:week.eind }}                   26 september tot en met 2 oktober 2024
enum LetterFilters {
    /// The reason a filter gives for an absent value; `LetterTemplates` turns it into a located error.
    static let missingMarker = "ETE-ONTBREKEND"

    static var extension_: Extension {
        let filters = Extension()
        filters.registerFilter("procent") { value in DutchPhrase.percent(try number(value)) }
        filters.registerFilter("aantal") { value in DutchPhrase.count(try number(value)) }
        filters.registerFilter("woorden") { value in DutchPhrase.inWords(DutchPhrase.wholeNumber(try number(value))) }
        filters.registerFilter("rangtelwoord") { value in DutchPhrase.ordinal(DutchPhrase.wholeNumber(try number(value))) }
        for qualifier in DutchPhrase.Qualifier.allCases {
            filters.registerFilter(qualifier.rawValue) { (value: Any?, arguments: [Any?]) in
                DutchPhrase.approximately(try number(value), qualifier, percent: arguments.first as? String == "%")
            }
        }
        filters.registerFilter("datum") { value in try day(value).dutchLong }
        filters.registerFilter("dag_datum") { value in DutchPhrase.dateWithWeekday(try day(value)) }
        filters.registerFilter("periode") { (value: Any?, arguments: [Any?]) in
            guard arguments.count == 1 else { throw TemplateSyntaxError("periode verwacht de einddatum, zoals week.start|periode:week.eind") }
            return DutchPhrase.period(try day(value), try day(arguments[0]))
        }
        filters.registerFilter("verandering") { value in
            guard let development = value as? [String: Any] else { throw missing() }
            return DutchPhrase.change(from: try number(development["van"]), in: Int(try number(development["van_jaar"])),
                                      to: try number(development["naar"]), in: Int(try number(development["naar_jaar"])))
        }
        filters.registerFilter("opsomming") { value in
            guard let items = value as? [Any], !items.isEmpty else { throw missing() }
            return DutchPhrase.list(items.map { "\($0)" })
        }
        filters.registerFilter("hoofdletter") { value in
            let text = try required(value)
            return text.prefix(1).uppercased() + text.dropFirst()
        }
        filters.registerFilter("verplicht") { value in try required(value) }
        return filters
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

    static func required(_ value: Any?) throws -> String {
        guard let value else { throw missing() }
        let text = "\(value)"
        guard !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { throw missing() }
        return text
    }
}
