import Foundation

/// How the letter writes figures in words: "24%", "zeker 50.000", "gedaald van 34% in 2023
/// naar 24% in 2024", "de vijftiende", "26 september tot en met 2 oktober 2024".
public enum DutchPhrase {
    /// Rounds half away from zero, robust against binary fractions (24.5 → 25, 0.245 × 100 → 25).
    /// Total for every Double: NaN gives 0 and magnitudes beyond 10^15 are clamped there, so no
    /// figure can make a report trap (the importers refuse such values long before).
    public static func wholeNumber(_ value: Double) -> Int {
        guard !value.isNaN else { return 0 }
        guard value.magnitude < 1e15 else { return value < 0 ? -1_000_000_000_000_000 : 1_000_000_000_000_000 }
        let magnitude = (value.magnitude * 1e6).rounded() / 1e6
        let rounded = Int(magnitude.rounded(.toNearestOrAwayFromZero))
        return value < 0 ? -rounded : rounded
    }

    /// "24%" (no space, whole percent, half up).
    public static func percent(_ value: Double) -> String { "\(wholeNumber(value))%" }

    /// A count with thousands dots: "50.412".
    public static func count(_ value: Double) -> String { DutchNumber.thousands(wholeNumber(value)) }

    /// A count with its noun in the right number: "1 activiteit", "3 activiteiten", "1.200 fouten".
    public static func count(_ value: Int, _ singular: String, _ plural: String) -> String {
        "\(DutchNumber.thousands(value)) \(value == 1 ? singular : plural)"
    }

    // MARK: Approximations

    /// The qualifiers the letters use for rounded figures.
    public enum Qualifier: String, Sendable, CaseIterable {
        /// A lower bound: rounds down ("zeker 50.000" for 50.412).
        case atLeast = "zeker"
        /// Rounds down ("ruim 80" for 81).
        case over = "ruim"
        /// Rounds up ("bijna 800" for 788).
        case almost = "bijna"
        /// Rounds to the nearest half step ("rond 60" for 61, "rond 75" for 75).
        case around = "rond"
        case about = "ongeveer"
    }

    /// A rounded figure with its qualifier, or the exact figure when rounding would mislead
    /// (already round, or more than 5% away). `percent` adds "%".
    public static func approximately(_ value: Double, _ qualifier: Qualifier, percent: Bool = false) -> String {
        let exact = wholeNumber(value)
        let suffix = percent ? "%" : ""
        let magnitude = max(1, Int(pow(10, floor(log10(Double(max(abs(exact), 1)))))))
        let rounded: Int
        switch qualifier {
        case .atLeast, .over: rounded = Int((Double(exact) / Double(magnitude)).rounded(.down)) * magnitude
        case .almost: rounded = Int((Double(exact) / Double(magnitude)).rounded(.up)) * magnitude
        case .around, .about:
            let step = max(1, magnitude / 2)
            rounded = Int((Double(exact) / Double(step)).rounded(.toNearestOrAwayFromZero)) * step
        }
        let misleading = rounded == 0 || abs(Double(rounded - exact)) > 0.05 * Double(abs(rounded))
        if misleading { return DutchNumber.thousands(exact) + suffix }
        if rounded == exact, qualifier != .around, qualifier != .about { return DutchNumber.thousands(exact) + suffix }
        return "\(qualifier.rawValue) \(DutchNumber.thousands(rounded))\(suffix)"
    }

    // MARK: Change between two years

    /// "gedaald van 34% in 2023 naar 24% in 2024", "gestegen van … naar …",
    /// "in 2023 en 2024 gelijk gebleven op 24%". Compares the figures as they are written (whole percents).
    public static func change(from before: Double, in beforeYear: Int, to after: Double, in afterYear: Int) -> String {
        let old = wholeNumber(before)
        let new = wholeNumber(after)
        if old == new { return "in \(beforeYear) en \(afterYear) gelijk gebleven op \(new)%" }
        let verb = new > old ? "gestegen" : "gedaald"
        return "\(verb) van \(old)% in \(beforeYear) naar \(new)% in \(afterYear)"
    }

    /// The largest difference, in whole percentage points, that `movement` calls "vrijwel gelijk".
    /// Campaign and benchmark figures move a point or two from sampling alone; more is a change.
    public static let stableThreshold = 2

    /// A development as a verb phrase that is always true to the data: "steeg van 55% in 2023 naar
    /// 63% in 2024", "daalde van …", or, within `stableThreshold` points, "bleef vrijwel gelijk
    /// (59% in 2023, 61% in 2024)". Templates use it instead of a fixed claim about a change.
    public static func movement(from before: Double, in beforeYear: Int, to after: Double, in afterYear: Int) -> String {
        let old = wholeNumber(before)
        let new = wholeNumber(after)
        if abs(new - old) <= stableThreshold {
            return "bleef vrijwel gelijk (\(old)% in \(beforeYear), \(new)% in \(afterYear))"
        }
        return "\(new > old ? "steeg" : "daalde") van \(old)% in \(beforeYear) naar \(new)% in \(afterYear)"
    }

    // MARK: Words

    private static let units = [
        "nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien",
        "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien",
    ]
    private static let tens = ["", "", "twintig", "dertig", "veertig", "vijftig", "zestig", "zeventig", "tachtig", "negentig"]

    /// Whole numbers below 100 in words ("negen", "vijftig", "tweeëntwintig"); larger ones in digits.
    public static func inWords(_ value: Int) -> String {
        guard (0..<100).contains(value) else { return DutchNumber.thousands(value) }
        if value < 20 { return units[value] }
        let unit = value % 10
        let ten = tens[value / 10]
        guard unit > 0 else { return ten }
        // "twee" and "drie" take a diaeresis before "en": tweeëntwintig, drieëndertig.
        let joiner = units[unit].hasSuffix("e") ? "ën" : "en"
        return units[unit] + joiner + ten
    }

    private static let ordinals = [1: "eerste", 3: "derde", 8: "achtste"]

    /// Ordinals in words: "eerste", "derde", "vijftiende", "twintigste", "eenentwintigste".
    public static func ordinal(_ value: Int) -> String {
        if let special = ordinals[value] { return special }
        guard (1..<100).contains(value) else { return "\(value)e" }
        let word = inWords(value)
        return value < 20 ? word + "de" : word + "ste"
    }

    // MARK: Dates and lists

    private static let weekdays = ["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"]

    /// "donderdag 25 september 2025".
    public static func dateWithWeekday(_ day: Day) -> String { "\(weekdays[day.weekday - 1]) \(day.dutchLong)" }

    /// "26 september tot en met 2 oktober 2024"; "3 tot en met 9 oktober 2025" within a month.
    public static func period(_ start: Day, _ end: Day) -> String {
        let endText = end.dutchLong
        if start.year != end.year { return "\(start.dutchLong) tot en met \(endText)" }
        if start.month != end.month { return "\(start.day) \(Day.dutchMonths[start.month - 1]) tot en met \(endText)" }
        return "\(start.day) tot en met \(endText)"
    }

    /// "a", "a en b", "a, b en c".
    public static func list(_ items: [String], conjunction: String = "en") -> String {
        guard items.count > 1 else { return items.first ?? "" }
        return items.dropLast().joined(separator: ", ") + " \(conjunction) " + items.last!
    }

    /// A run of years as a span: "2023", "2023–2025".
    public static func span(_ years: [Int]) -> String {
        guard let first = years.first, let last = years.last, first != last else { return years.first.map(String.init) ?? "" }
        return "\(first)–\(last)"
    }
}
