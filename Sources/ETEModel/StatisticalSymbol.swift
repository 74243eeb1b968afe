/// The symbols of Dutch statistical tables for a figure that is not shown (CBS, "verklaring van
/// tekens"): the one source of the symbols and their legend for every output. A dash is not one
/// of them: in Dutch tables "–" means nil (zero), which is exactly what a withheld figure is not.
public enum StatisticalSymbol: String, Sendable, CaseIterable {
    /// Withheld by the disclosure rule, so that no single municipality's answer can be derived.
    case secret = "x"
    /// No figure: not answered, not taken part, not asked, or not (yet) known.
    case missing = "."

    public var symbol: String { rawValue }

    /// What the symbol means ("geheim: …").
    public var meaning: String {
        switch self {
        case .secret: "geheim: niet getoond volgens de onthullingsregel, zodat geen antwoord van een afzonderlijke gemeente herleidbaar is"
        case .missing: "gegevens ontbreken: niet beantwoord, niet meegedaan of niet bekend"
        }
    }

    /// The legend every output with symbols carries, naming the symbols it uses.
    public static func legend(_ symbols: [StatisticalSymbol] = allCases) -> String {
        "Verklaring van tekens: " + symbols.map { "\($0.symbol) = \($0.meaning)" }.joined(separator: "; ") + "."
    }
}
