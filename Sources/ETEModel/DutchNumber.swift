import Foundation

/// Dutch number formatting and parsing: "50.000", "24,5", "37%".
public enum DutchNumber {
    /// Whole number with a dot as thousands separator: 50000 → "50.000".
    public static func thousands(_ value: Int) -> String {
        let grouped = grouped(String(value.magnitude))
        return value < 0 ? "-" + grouped : grouped
    }

    /// "1234567" → "1.234.567".
    static func grouped(_ digits: String) -> String {
        var grouped = ""
        for (index, character) in digits.enumerated() {
            if index > 0, (digits.count - index) % 3 == 0 { grouped.append(".") }
            grouped.append(character)
        }
        return grouped
    }

    /// The largest magnitude the importers accept for any number (a bound far above every
    /// real figure of the programme, and far below where Double loses whole-number precision).
    public static let largestAccepted = 1e12

    /// Rounds half away from zero, as people expect in reports (24.5 → 25).
    public static func roundedPercentage(_ part: Int, of whole: Int) -> Int? {
        guard whole > 0 else { return nil }
        return Int((Double(part) * 100 / Double(whole)).rounded(.toNearestOrAwayFromZero))
    }

    /// Parses numbers as Dutch files write them: "12,5", "1.234,5", "50.000", "-3", "12.5".
    /// A dot followed by groups of exactly three digits is a thousands separator.
    public static func parse(_ text: String) -> Double? {
        var body = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: "\u{00A0}", with: "")
        guard !body.isEmpty else { return nil }
        if body.contains(",") {
            guard body.filter({ $0 == "," }).count == 1 else { return nil }
            let parts = body.split(separator: ",", omittingEmptySubsequences: false)
            guard isGrouped(String(parts[0])) || !parts[0].contains(".") else { return nil }
            body = parts[0].replacingOccurrences(of: ".", with: "") + "." + parts[1]
        } else if body.contains("."), isGrouped(body) {
            body = body.replacingOccurrences(of: ".", with: "")
        }
        guard body.allSatisfy({ $0.isASCIIDigit || $0 == "." || $0 == "-" || $0 == "+" }) else { return nil }
        // A 400-digit number parses as infinity; that is not a number anyone meant.
        guard let value = Double(body), value.isFinite else { return nil }
        return value
    }

    /// "50.000" or "-1.234.567": digit groups of three after the first.
    private static func isGrouped(_ text: String) -> Bool {
        let unsigned = text.hasPrefix("-") ? String(text.dropFirst()) : text
        let groups = unsigned.split(separator: ".", omittingEmptySubsequences: false)
        guard groups.count > 1, let first = groups.first, (1...3).contains(first.count) else { return false }
        return groups.allSatisfy { $0.allSatisfy(\.isASCIIDigit) } && groups.dropFirst().allSatisfy { $0.count == 3 }
    }
}

extension DutchNumber {
    /// Up to two decimals with a decimal comma and thousands dots: 1234.5 → "1.234,5".
    /// Total for every Double: no value makes it trap (infinity and NaN get words, huge values digits).
    public static func format(_ value: Double) -> String {
        guard value.isFinite else { return value.isNaN ? "onbepaald" : (value < 0 ? "min oneindig" : "oneindig") }
        let rounded = (value * 100).rounded() / 100
        guard rounded.magnitude < 1e15 else {
            return (rounded < 0 ? "-" : "") + grouped(String(format: "%.0f", rounded.magnitude))
        }
        let whole = Int(rounded.magnitude.rounded(.towardZero))
        var text = thousands(whole)
        let fraction = Int(((rounded.magnitude - Double(whole)) * 100).rounded())
        if fraction > 0 {
            text += "," + (fraction % 10 == 0 ? String(fraction / 10) : String(format: "%02d", fraction))
        }
        return rounded < 0 ? "-" + text : text
    }
}
