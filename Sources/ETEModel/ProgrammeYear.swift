/// The years the store accepts data for. The action programme ran 2018–2025; the
/// structural approach continues from 2026, so a few years of headroom are allowed.
public enum ProgrammeYears {
    public static let first = 2018
    public static let last = 2035
    public static let range = first...last

    public static func contains(_ year: Int) -> Bool { range.contains(year) }
}
