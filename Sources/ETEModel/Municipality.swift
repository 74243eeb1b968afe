import Foundation

/// A CBS municipality code such as "GM0363". Accepts "GM0363", "gm363", "0363" and "363".
public struct MunicipalityCode: Sendable, Codable, Hashable, Comparable, CustomStringConvertible {
    public let rawValue: String

    public init?(_ text: String) {
        var digits = text.trimmingCharacters(in: .whitespaces).uppercased()
        if digits.hasPrefix("GM") { digits.removeFirst(2) }
        guard (1...4).contains(digits.count), digits.allSatisfy(\.isASCIIDigit) else { return nil }
        rawValue = "GM" + String(repeating: "0", count: 4 - digits.count) + digits
    }

    public var description: String { rawValue }
    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let code = MunicipalityCode(text) else {
            throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "geen gemeentecode: \(text)"))
        }
        self = code
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }
}

extension Character {
    var isASCIIDigit: Bool { isASCII && isNumber }
}

/// A Dutch municipality (gemeente) and its relation to the programme.
public struct Municipality: Sendable, Codable, Hashable, Identifiable {
    public var code: MunicipalityCode
    public var name: String
    public var province: String
    public var population: Int
    /// The day the municipality joined Eén tegen eenzaamheid; nil when it has not joined.
    public var joinedOn: Day?
    /// The day its local coalition against loneliness started; nil when it has none.
    public var localCoalitionSince: Day?
    /// The programme adviser (Eén tegen eenzaamheid-adviseur) assigned to it, if any.
    public var adviser: String?
    /// The first day it exists (a merger's date); nil when it exists since before the store's first list.
    public var existsFrom: Day?
    /// The first day it no longer exists (the date of the merger that ended it); nil while it exists.
    public var endedOn: Day?

    public var id: MunicipalityCode { code }
    public var sizeClass: SizeClass { SizeClass(population: population) }

    public init(
        code: MunicipalityCode, name: String, province: String, population: Int,
        joinedOn: Day? = nil, localCoalitionSince: Day? = nil, adviser: String? = nil,
        existsFrom: Day? = nil, endedOn: Day? = nil
    ) {
        self.code = code
        self.name = name
        self.province = province
        self.population = population
        self.joinedOn = joinedOn
        self.localCoalitionSince = localCoalitionSince
        self.adviser = adviser
        self.existsFrom = existsFrom
        self.endedOn = endedOn
    }

    /// Whether it exists on `day`.
    public func exists(on day: Day) -> Bool {
        (existsFrom.map { $0 <= day } ?? true) && (endedOn.map { day < $0 } ?? true)
    }

    /// The counting rule: a municipality belongs to a year when it exists on 1 January of that year.
    public func exists(in year: Int) -> Bool { exists(on: Day.firstOfJanuary(year)) }

    /// Joined by the end of `year`.
    public func isJoined(atEndOf year: Int) -> Bool { joinedOn.map { $0.year <= year } ?? false }
    /// Had a local coalition by the end of `year`.
    public func hasLocalCoalition(atEndOf year: Int) -> Bool { localCoalitionSince.map { $0.year <= year } ?? false }
}

/// CBS municipality size classes (gemeentegrootteklassen) by number of residents.
/// The lower bound belongs to the class, the upper bound does not.
public enum SizeClass: Int, CaseIterable, Sendable, Codable, Comparable {
    case below5k = 1
    case from5kTo10k, from10kTo20k, from20kTo50k, from50kTo100k, from100kTo150k, from150kTo250k, atLeast250k

    /// The lower bounds of classes 2…8.
    public static let lowerBounds = [5_000, 10_000, 20_000, 50_000, 100_000, 150_000, 250_000]

    public init(population: Int) {
        let index = SizeClass.lowerBounds.lastIndex { population >= $0 }.map { $0 + 2 } ?? 1
        self = SizeClass(rawValue: index)!
    }

    /// Dutch label, e.g. "20.000 tot 50.000 inwoners".
    public var dutchLabel: String {
        let bounds = SizeClass.lowerBounds
        switch self {
        case .below5k: return "minder dan 5.000 inwoners"
        case .atLeast250k: return "250.000 inwoners of meer"
        default:
            let lower = bounds[rawValue - 2]
            let upper = bounds[rawValue - 1]
            return "\(DutchNumber.thousands(lower)) tot \(DutchNumber.thousands(upper)) inwoners"
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }
}
