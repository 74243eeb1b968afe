import Foundation

/// Text helpers for matching what people type against official names.
public enum DutchText {
    /// Case-, diacritic- and punctuation-insensitive key: "Súdwest-Fryslân" → "sudwestfryslan",
    /// "'s-Gravenhage" → "sgravenhage".
    public static func matchKey(_ text: String) -> String {
        text.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
            .lowercased()
            .filter { $0.isLetter || $0.isNumber }
    }

    /// Levenshtein distance, used to suggest "bedoelde u …?".
    public static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
            }
            swap(&previous, &current)
        }
        return previous[b.count]
    }

    /// The candidate closest to `text` when it is close enough to be a plausible typo.
    public static func suggestion(for text: String, among candidates: [String]) -> String? {
        let key = matchKey(text)
        guard !key.isEmpty else { return nil }
        let scored = candidates.map { ($0, editDistance(key, matchKey($0))) }
        guard let best = scored.min(by: { $0.1 < $1.1 }) else { return nil }
        let allowed = max(1, min(3, key.count / 3))
        return best.1 <= allowed ? best.0 : nil
    }
}
