import ETEModel

/// Finds a municipality from what a file says: a CBS code ("GM0363", "0363", "363")
/// or a name, compared case- and diacritic-insensitively. A name must be unambiguous:
/// "Bergen" matches both Bergen (L.) and Bergen (NH.) and is refused.
public struct MunicipalityResolver: Sendable {
    private let byCode: [MunicipalityCode: Municipality]
    private let byName: [String: [Municipality]]
    private let names: [String]

    public init(_ municipalities: [Municipality]) {
        byCode = Dictionary(uniqueKeysWithValues: municipalities.map { ($0.code, $0) })
        var byName: [String: [Municipality]] = [:]
        for municipality in municipalities {
            let full = DutchText.matchKey(municipality.name)
            let short = DutchText.matchKey(Self.withoutProvinceSuffix(municipality.name))
            byName[full, default: []].append(municipality)
            if short != full { byName[short, default: []].append(municipality) }
        }
        self.byName = byName
        names = municipalities.map(\.name)
    }

    public func resolve(_ text: String) -> Result<Municipality, LookupProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let code = MunicipalityCode(trimmed) {
            if let municipality = byCode[code] { return .success(municipality) }
            return .failure(LookupProblem(message: "onbekende gemeentecode \(DutchText.quoted(trimmed)) — verwacht een CBS-code uit de gemeentelijst, zoals GM0363"))
        }
        let matches = byName[DutchText.matchKey(trimmed)] ?? []
        if matches.count == 1 { return .success(matches[0]) }
        if matches.count > 1 {
            let options = matches.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
            return .failure(LookupProblem(message: "gemeente \(DutchText.quoted(trimmed)) is niet eenduidig: \(options); gebruik de volledige naam of de CBS-code"))
        }
        var message = "onbekende gemeente \(DutchText.quoted(trimmed))"
        if let guess = DutchText.suggestion(for: trimmed, among: names) { message += " — bedoelde u \"\(guess)\"?" }
        return .failure(LookupProblem(message: message))
    }

    /// "Bergen (NH.)" → "Bergen".
    static func withoutProvinceSuffix(_ name: String) -> String {
        guard name.hasSuffix(".)"), let open = name.lastIndex(of: "(") else { return name }
        return String(name[..<open]).trimmingCharacters(in: .whitespaces)
    }
}

/// Why a lookup found nothing usable, in Dutch.
public struct LookupProblem: Error, Sendable {
    public var message: String
}
