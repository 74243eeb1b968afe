import Foundation

/// A calendar day without time or time zone, as the programme's files give dates.
public struct Day: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), (1...Day.daysIn(month: month, year: year)).contains(day) else { return nil }
        self.year = year
        self.month = month
        self.day = day
    }

    /// 1 January of `year`, the day that decides which municipalities a year counts.
    public static func firstOfJanuary(_ year: Int) -> Day { Day(year: year, month: 1, day: 1)! }

    /// Parses "2024-09-26", "26-09-2024", "26-9-2024" and "26/09/2024".
    public init?(parsing text: String) {
        let parts = text.trimmingCharacters(in: .whitespaces)
            .split(whereSeparator: { $0 == "-" || $0 == "/" }).map(String.init)
        guard parts.count == 3, let a = Int(parts[0]), let b = Int(parts[1]), let c = Int(parts[2]) else { return nil }
        if parts[0].count == 4 {
            self.init(year: a, month: b, day: c)
        } else if parts[2].count == 4 {
            self.init(year: c, month: b, day: a)
        } else {
            return nil
        }
    }

    /// ISO form "2024-09-26".
    public var description: String {
        String(format: "%04d-%02d-%02d", year, month, day)
    }

    public static let dutchMonths = [
        "januari", "februari", "maart", "april", "mei", "juni",
        "juli", "augustus", "september", "oktober", "november", "december",
    ]

    /// Written Dutch form, "26 september 2024" (no leading zero, month in lower case).
    public var dutchLong: String { "\(day) \(Day.dutchMonths[month - 1]) \(year)" }

    /// Dutch numeric form, "26-09-2024", as in tables.
    public var dutchShort: String { String(format: "%02d-%02d-%04d", day, month, year) }

    /// ISO weekday: 1 = Monday … 7 = Sunday (Zeller's congruence, proleptic Gregorian).
    public var weekday: Int {
        var y = year
        var m = month
        if m < 3 {
            m += 12
            y -= 1
        }
        let h = (day + (13 * (m + 1)) / 5 + y + y / 4 - y / 100 + y / 400) % 7  // 0 = Saturday
        return ((h + 5) % 7) + 1
    }

    public static func < (lhs: Day, rhs: Day) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    static func daysIn(month: Int, year: Int) -> Int {
        switch month {
        case 2: return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let day = Day(parsing: text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "geen datum: \(text)"))
        }
        self = day
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
