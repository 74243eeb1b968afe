import ETEModel
import Foundation

/// The passages the letter templates use (`tekst.<naam>` in templates/kamerbrief/, and the own
/// text `actielijn-<nummer>` of every action line of the year), so that a passage no template
/// reads is reported instead of silently dropped.
public struct PassageCatalogue: Sendable {
    /// Passage keys the .md templates under templates/kamerbrief name (demo texts excluded); nil
    /// when there is no template folder to read, and then nothing is reported.
    let templateKeys: Set<String>?

    /// Reads the templates once; `known(lines:)` then serves every letter year.
    public init(templatesFolder: URL) {
        let folder = templatesFolder.appendingPathComponent("kamerbrief")
        guard let enumerator = FileManager.default.enumerator(atPath: folder.path) else {
            templateKeys = nil
            return
        }
        var keys = Set<String>()
        while let name = enumerator.nextObject() as? String {
            if name.hasPrefix("demo") {
                enumerator.skipDescendants()
                continue
            }
            guard name.hasSuffix(".md"), !name.hasSuffix("README.md"),
                let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            else { continue }
            for match in text.matches(of: /tekst\.([a-z0-9][a-z0-9-]*)/) { keys.insert(String(match.output.1)) }
        }
        templateKeys = keys
    }

    /// The passages a letter with these action lines reads: the templates' own, plus each line's passage and outlook.
    public func known(lines: [ActionLine]) -> Set<String> {
        templateKeys.map { $0.union(lines.flatMap { [$0.passageKey, $0.outlookPassageKey] }) } ?? []
    }

    /// One warning per passage that no template uses, with a suggestion for a likely misspelling.
    public static func unusedPassageWarnings(_ passages: some Collection<String>, known: Set<String>) -> [String] {
        guard !known.isEmpty else { return [] }
        return passages.filter { !known.contains($0) }.sorted().map { key in
            var message = "passage \(key).md wordt door geen sjabloon gebruikt en komt dus niet in de brief"
            if let guess = DutchText.suggestion(for: key, among: known.sorted()) { message += " — bedoelde u \(guess).md?" }
            return message + " (de sjablonen kennen: \(known.sorted().joined(separator: ", ")))"
        }
    }
}
