import Foundation

/// Text helpers for matching what people type against official names.
public enum DutchText {
    /// Case-, diacritic- and punctuation-insensitive key: "Súdwest-Fryslân" → "sudwestfryslan",
    /// "'s-Gravenhage" → "sgravenhage".
    ///
    /// This is also the **identity rule** for the entities the store keys by a name (coalition
    /// partners, signalling networks): two names with the same key are the same entity, whichever
    /// file or year they come from.
    public static func matchKey(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
            .filter { $0.isLetter || $0.isNumber }
    }

    /// The words of a name as match keys: "Nuenen, Gerwen en Nederwetten" → ["nuenen", "gerwen", "en", "nederwetten"].
    public static func wordKeys(_ text: String) -> [String] {
        text.split(whereSeparator: { !($0.isLetter || $0.isNumber) }).map { matchKey(String($0)) }.filter { !$0.isEmpty }
    }

    /// Levenshtein distance, used to suggest "bedoelde u …?". With `limit`, gives up (returning
    /// `limit + 1`) as soon as the distance must exceed it, so long inputs cost little.
    public static func editDistance(_ a: String, _ b: String, limit: Int = .max) -> Int {
        let a = Array(a)
        let b = Array(b)
        if abs(a.count - b.count) > limit { return limit + 1 }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = min(rowMinimum, current[j])
            }
            if rowMinimum > limit { return limit + 1 }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// Longest input for which a suggestion is sought; nobody mistypes a 100,000-character name.
    public static let longestSuggestedInput = 80

    /// The candidate most plausibly meant by `text`. Words first: a candidate whose words start
    /// with every word typed ("Nuenen" → "Nuenen, Gerwen en Nederwetten", "Gravenhage" →
    /// "'s-Gravenhage"), the one with the fewest extra words winning; only then a small edit
    /// distance for typos ("Amsterdm" → "Amsterdam"). Never more work than a few thousand steps per candidate.
    public static func suggestion(for text: String, among candidates: [String]) -> String? {
        let key = matchKey(text)
        guard !key.isEmpty, text.count <= longestSuggestedInput else { return nil }
        let typed = key.count >= 3 ? wordKeys(text) : []
        let byWords = candidates.compactMap { candidate -> (String, Int)? in
            let words = wordKeys(candidate)
            let covered = typed.allSatisfy { word in words.contains { $0.hasPrefix(word) } }
            return covered && !typed.isEmpty ? (candidate, words.count - typed.count) : nil
        }
        if let best = byWords.min(by: { ($0.1, $0.0.count) < ($1.1, $1.0.count) }) { return best.0 }
        let allowed = max(1, min(3, key.count / 3))
        let scored = candidates.map { ($0, editDistance(key, matchKey($0), limit: allowed)) }
        guard let best = scored.min(by: { $0.1 < $1.1 }), best.1 <= allowed else { return nil }
        return best.0
    }

    /// Pairs of names that are probably the same entity written differently (a letter apart, two
    /// in long names), for `ete check`. Exact identity (same `matchKey`) is not listed: that is
    /// merged. Short names are left out: "Bond X" and "Fonds X" are two organisations.
    public static func nearDuplicates(_ names: [String]) -> [(String, String)] {
        let keyed = names.map { ($0, matchKey($0)) }.filter { $0.1.count >= 6 }
        var pairs: [(String, String)] = []
        for (index, first) in keyed.enumerated() {
            for second in keyed[(index + 1)...] where first.1 != second.1 {
                let allowed = max(1, min(2, min(first.1.count, second.1.count) / 12))
                if editDistance(first.1, second.1, limit: allowed) <= allowed { pairs.append((first.0, second.0)) }
            }
        }
        return pairs
    }

    /// Text safe to show on a terminal: control characters (escape sequences among them) become
    /// visible escapes such as `\u{1B}`, so a value from a file can never clear or recolour the screen.
    /// Newlines are kept when `keepingNewlines` is set (between the lines of a message).
    public static func printable(_ text: String, keepingNewlines: Bool = false) -> String {
        var result = ""
        for scalar in text.unicodeScalars {
            if keepingNewlines, scalar == "\n" {
                result.unicodeScalars.append(scalar)
                continue
            }
            if isControl(scalar) {
                result += "\\u{" + String(scalar.value, radix: 16, uppercase: true) + "}"
            } else {
                result.unicodeScalars.append(scalar)
            }
        }
        return result
    }

    /// The text with a capital first letter, to open a sentence or a heading ("acht op de tien" → "Acht op de tien").
    public static func capitalisingFirst(_ text: String) -> String { text.prefix(1).uppercased() + text.dropFirst() }

    /// A value quoted for a message: escaped, and cut short when long ("Amsterdm", "aaaa…" (100.000 tekens)).
    /// The one way every message shows a value that came from outside.
    public static func quoted(_ text: String, maximumLength: Int = 60) -> String {
        guard text.count > maximumLength else { return "\"\(printable(text))\"" }
        return "\"\(printable(String(text.prefix(maximumLength))))…\" (\(DutchNumber.thousands(text.count)) tekens)"
    }

    /// C0 and C1 control characters and DEL (tab included: it is invisible in a message).
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
    }

    /// Characters Word pastes for a manual line break (vertical tab) or a page break (form feed):
    /// wherever text from users is read, they mean a line break.
    public static func isLineBreakControl(_ scalar: Unicode.Scalar) -> Bool { scalar == "\u{0B}" || scalar == "\u{0C}" }

    /// Whether user text may hold the character at all: tab, newline, carriage return and Word's
    /// line-break characters are text; every other control character and what XML 1.0 forbids is not.
    public static func isAcceptedInText(_ scalar: Unicode.Scalar) -> Bool {
        if scalar == "\t" || scalar == "\n" || scalar == "\r" || isLineBreakControl(scalar) { return true }
        return !isControl(scalar) && isAllowedInXML(scalar)
    }

    /// `text` with Word's line-break characters as line breaks and every other character a document
    /// may not hold left out.
    public static func documentSafe(_ text: String) -> String {
        String(
            String.UnicodeScalarView(
                text.unicodeScalars.compactMap { scalar in
                    isLineBreakControl(scalar) ? "\n" : (isAllowedInXML(scalar) ? scalar : nil)
                }))
    }

    /// Whether XML 1.0 allows the character in a document (tab, newline and carriage return are
    /// the only control characters it allows; U+FFFE and U+FFFF are excluded).
    public static func isAllowedInXML(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: true
        case 0x20...0xD7FF, 0xE000...0xFFFD, 0x10000...0x10FFFF: true
        default: false
        }
    }
}
