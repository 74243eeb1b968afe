import ETEModel

/// SplitMix64: a small, fast generator whose output depends only on its seed, so the
/// demo dataset (and any test data built with it) is the same on every machine and every run.
public struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    public init(seed: UInt64) { state = seed }

    public mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// True with probability `p`.
    public mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }

    /// `count` distinct elements of `items`, in a reproducible order.
    public mutating func pick<T>(_ count: Int, from items: [T]) -> [T] {
        precondition(count <= items.count, "cannot pick \(count) of \(items.count)")
        return Array(items.shuffled(using: &self).prefix(count))
    }

    /// A day in `year` between the given months (inclusive).
    mutating func day(in year: Int, months: ClosedRange<Int> = 1...12) -> Day {
        let month = Int.random(in: months, using: &self)
        return Day(year: year, month: month, day: Int.random(in: 1...28, using: &self))!
    }
}
