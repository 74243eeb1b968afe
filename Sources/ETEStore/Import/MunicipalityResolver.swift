import ETEModel

/// Finds a municipality from what a file says: a CBS code ("GM0363", "0363", "363"), its
/// official name, the name without province suffix, or an everyday name from the bundled alias
/// list ("Den Haag"), compared case-, accent- and punctuation-insensitively. A name must be
/// unambiguous: "Bergen" matches both Bergen (L.) and Bergen (NH.) and is refused. A municipality
/// abolished by a merger gets a message saying where it went and since when.
/// Matching never changes a municipality: its official CBS name stays as stored.
///
/// Only the municipalities that exist on the resolver's day match (for a year: 1 January, the
/// counting rule of `Municipality.exists(in:)`); one that ended before it, or began after it, is
/// refused with its merger, so a file of 2027 cannot store answers under a municipality of 2026.
public struct MunicipalityResolver: Sendable {
    private let byCode: [MunicipalityCode: Municipality]
    private let byName: [String: [Municipality]]
    private let names: [String]
    private let directory: MunicipalityDirectory
    /// Every municipality the store knows, also those outside the day, for precise messages.
    private let known: [MunicipalityCode: Municipality]
    /// The same by name key, for a name of a municipality outside the day.
    private let knownByName: [String: Municipality]
    private let day: Day?

    /// `day`: the day the file is about (nil: the municipalities that have not ended).
    public init(_ municipalities: [Municipality], directory: MunicipalityDirectory = .bundled, on day: Day? = nil) {
        known = Dictionary(municipalities.map { ($0.code, $0) }, uniquingKeysWith: { first, _ in first })
        knownByName = Dictionary(municipalities.map { (DutchText.matchKey($0.name), $0) }, uniquingKeysWith: { first, _ in first })
        self.day = day
        let municipalities = municipalities.filter { day.map($0.exists(on:)) ?? ($0.endedOn == nil) }
        byCode = Dictionary(uniqueKeysWithValues: municipalities.map { ($0.code, $0) })
        var byName: [String: [Municipality]] = [:]
        for municipality in municipalities {
            let full = DutchText.matchKey(municipality.name)
            let short = DutchText.matchKey(Self.withoutProvinceSuffix(municipality.name))
            byName[full, default: []].append(municipality)
            if short != full { byName[short, default: []].append(municipality) }
        }
        for (alias, code) in directory.aliases where byName[alias] == nil {
            if let municipality = byCode[code] { byName[alias] = [municipality] }
        }
        self.byName = byName
        self.directory = directory
        names = municipalities.map(\.name)
    }

    /// The municipalities of `day` in `register`, with the bundled everyday names.
    public init(register: MunicipalityRegister, on day: Day?) {
        self.init(
            register.all, directory: MunicipalityDirectory(aliases: MunicipalityDirectory.bundled.aliases, mergers: register.mergers),
            on: day)
    }

    /// `suggesting`: whether an unknown name gets a "bedoelde u" (a pass over every name; left out
    /// once a file has more problems than are shown, so that a bad file stays cheap).
    public func resolve(_ text: String, suggesting: Bool = true) -> Result<Municipality, LookupProblem> {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let code = MunicipalityCode(trimmed) {
            if let municipality = byCode[code] { return .success(municipality) }
            if let merger = directory.merger(code: code) { return .failure(mergedProblem(merger, given: trimmed)) }
            if let outside = known[code], let problem = lifetimeProblem(outside) { return .failure(problem) }
            return .failure(
                LookupProblem(
                    message:
                        "onbekende gemeentecode \(DutchText.quoted(trimmed)) — verwacht een CBS-code uit de gemeentelijst, zoals GM0363"))
        }
        let matches = byName[DutchText.matchKey(trimmed)] ?? []
        if matches.count == 1 { return .success(matches[0]) }
        if matches.count > 1 {
            let options = matches.map { "\($0.name) (\($0.code))" }.joined(separator: ", ")
            return .failure(
                LookupProblem(
                    message: "gemeente \(DutchText.quoted(trimmed)) is niet eenduidig: \(options); gebruik de volledige naam of de CBS-code"
                ))
        }
        if let merger = directory.merger(named: trimmed) { return .failure(mergedProblem(merger, given: trimmed)) }
        if let outside = knownByName[DutchText.matchKey(trimmed)], let problem = lifetimeProblem(outside) {
            return .failure(problem)
        }
        var message = "onbekende gemeente \(DutchText.quoted(trimmed))"
        if suggesting, let guess = DutchText.suggestion(for: trimmed, among: names) { message += " — bedoelde u \"\(guess)\"?" }
        return .failure(LookupProblem(message: message))
    }

    /// "gemeente "Haren" (GM0017) bestaat sinds 1 januari 2019 niet meer: opgegaan in Groningen (GM0014)".
    private func mergedProblem(_ merger: MunicipalityDirectory.Merger, given: String) -> LookupProblem {
        let successors = merger.successors.map { code in known[code].map { "\($0.name) (\(code))" } ?? code.rawValue }
        let what = "gemeente \(merger.name) (\(merger.code)) bestaat sinds \(merger.date.dutchLong) niet meer"
        if successors.count == 1 {
            return LookupProblem(message: "\(what): opgegaan in \(successors[0]); gebruik die gemeente")
        }
        return LookupProblem(message: "\(what): verdeeld over \(DutchPhrase.list(successors)); kies de gemeente waar deze regel over gaat")
    }

    /// A stored municipality outside the resolver's day: ended (without a recorded merger) or not yet begun.
    private func lifetimeProblem(_ municipality: Municipality) -> LookupProblem? {
        let what = "gemeente \(municipality.name) (\(municipality.code))"
        if let ended = municipality.endedOn, day.map({ $0 >= ended }) ?? true {
            return LookupProblem(message: "\(what) bestaat sinds \(ended.dutchLong) niet meer")
        }
        guard let day, let from = municipality.existsFrom, day < from else { return nil }
        let origins = directory.mergers.filter { $0.successors.contains(municipality.code) }.map { "\($0.name) (\($0.code))" }
        let history = origins.isEmpty ? "" : " (herindeling van \(DutchPhrase.list(origins.sorted())))"
        let instead = origins.isEmpty ? "" : "; gebruik voor gegevens van vóór die datum de gemeente van toen"
        return LookupProblem(message: "\(what) bestaat pas sinds \(from.dutchLong)\(history)\(instead)")
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
