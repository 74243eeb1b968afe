import ArgumentParser
import ETEModel

/// swift-argument-parser writes its own words in English (headings of `--help`, its error
/// messages, "(default: …)"). This is the one place that turns them into Dutch: every text the
/// parser produces passes through `translated` before ete prints it. A phrase the table does not
/// know stays as it is, so a newer parser can add words but never hide a message.
enum DutchParserText {
    /// Whole phrases, replaced wherever they occur.
    static let phrases: [(String, String)] = [
        ("OVERVIEW:", "OVERZICHT:"), ("USAGE:", "GEBRUIK:"), ("OPTIONS:", "OPTIES:"), ("ARGUMENTS:", "ARGUMENTEN:"),
        ("SUBCOMMANDS:", "OPDRACHTEN:"), ("Show help information.", "Toon deze uitleg."),
        ("Show the version.", "Toon het versienummer."), ("<subcommand>", "<opdracht>"),
        ("for detailed help.", "voor uitleg over een opdracht."), ("for more information.", "voor meer uitleg."),
    ]

    /// Patterns of the parser's sentences, in the order they are tried.
    static let patterns: [(String, String)] = [
        (#"^Error: "#, "fout: "), (#"^Help: "#, "Uitleg: "), (#"^Usage: "#, "Gebruik: "), (#"^  See '"#, "  Zie '"),
        (#"^See '"#, "Zie '"), (#"\(default: "#, "(standaard: "), (#"\(values: "#, "(waarden: "),
        (#"Missing expected argument '([^']*)'"#, "verplicht argument '$1' ontbreekt"),
        (#"Missing value for '([^']*)'"#, "'$1' heeft een waarde nodig"),
        (#"Unexpected argument '([^']*)'"#, "onverwacht argument '$1'"), (#"Unexpected arguments "#, "onverwachte argumenten "),
        (#"Unknown option '([^']*)'"#, "onbekende optie '$1'"),
        (#"\. Did you mean '([^']*)'\?"#, " — bedoelde u '$1'?"),
        (#"The value '([^']*)' is invalid for '([^']*)'"#, "de waarde '$1' is ongeldig voor '$2'"),
        (#"Value to be set with flag '([^']*)' had already been set with flag '([^']*)'"#, "'$1' gaat niet samen met '$2'"),
        (#"Please provide at most one of"#, "geef hoogstens één van"),
        (#"Please provide one of"#, "geef één van"),
    ]

    static func translated(_ text: String) -> String {
        let compiled = patterns.compactMap { pattern, replacement in (try? Regex(pattern)).map { ($0, replacement) } }
        return text.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            var line = String(line)
            for (english, dutch) in phrases { line = line.replacingOccurrences(of: english, with: dutch) }
            for (pattern, replacement) in compiled {
                line = line.replacing(pattern) { match in
                    var result = replacement
                    for index in (1..<match.output.count).reversed() {
                        result = result.replacingOccurrences(of: "$\(index)", with: match.output[index].substring.map(String.init) ?? "")
                    }
                    return result
                }
            }
            return line
        }.joined(separator: "\n")
    }
}
