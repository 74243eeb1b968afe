import ETEModel
import Foundation

/// The passages the letter of a year reads, so that a passage no template of that year reads is
/// reported (by `ete import letter-text`, `ete check` and `ete letter`) instead of silently dropped.
/// A year's letter reads brief.md and every template it includes by name, the section of each
/// action line of the year (its own template or the general one), every topic section (a topic
/// goes under a line or into the closing section) and every pillar section; and each line's own
/// passage and outlook.
public struct PassageCatalogue: Sendable {
    /// Per template (path under templates/kamerbrief): the passages it reads and the templates it includes by name.
    private let templates: [String: (passages: Set<String>, includes: [String])]

    /// Reads the templates once; `known(lines:)` then serves every letter year. Without a
    /// template folder nothing is known and nothing is reported.
    public init(templatesFolder: URL) {
        let folder = templatesFolder.appendingPathComponent("kamerbrief")
        var templates: [String: (passages: Set<String>, includes: [String])] = [:]
        let enumerator = FileManager.default.enumerator(atPath: folder.path)
        while let name = enumerator?.nextObject() as? String {
            if name.hasPrefix("demo") {
                enumerator?.skipDescendants()
                continue
            }
            guard name.hasSuffix(".md"), !name.hasSuffix("README.md"),
                let text = try? String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8)
            else { continue }
            templates[name] = (
                Set(text.matches(of: /tekst\.([a-z0-9][a-z0-9-]*)/).map { String($0.output.1) }),
                text.matches(of: /\{%\s*include\s+"([^"]+)"/).map { String($0.output.1) }
            )
        }
        self.templates = templates
    }

    /// The templates a letter with these action lines reads, sorted.
    public func templates(lines: [ActionLine]) -> [String] {
        let dynamic = lines.map { line in line.template.map { "\(ActionLine.templateFolder)/\($0).md" } ?? "secties/actielijn.md" }
        let sections = templates.keys.filter { $0.hasPrefix(ActionLine.topicFolder + "/") || $0.hasPrefix("secties/pijlers/") }
        var reached = Set<String>()
        var pending = ["brief.md"] + dynamic + sections
        while let name = pending.popLast() {
            guard !reached.contains(name), let template = templates[name] else { continue }
            reached.insert(name)
            pending += template.includes
        }
        return reached.sorted()
    }

    /// The passages a letter with these action lines reads.
    public func known(lines: [ActionLine]) -> Set<String> {
        guard !templates.isEmpty else { return [] }
        let read = templates(lines: lines).reduce(into: Set<String>()) { $0.formUnion(templates[$1]?.passages ?? []) }
        return read.union(lines.flatMap { [$0.passageKey, $0.outlookPassageKey] })
    }

    /// One warning per passage that the letter of `year` does not read, naming that letter's
    /// templates, with a suggestion for a likely misspelling.
    public func unusedPassageWarnings(_ passages: some Collection<String>, lines: [ActionLine], year: Int) -> [String] {
        let known = known(lines: lines)
        guard !known.isEmpty else { return [] }
        let reading = templates(lines: lines).joined(separator: ", ")
        return passages.filter { !known.contains($0) }.sorted().map { key in
            var message = "passage \(key).md wordt door geen sjabloon van de brief over \(year) gebruikt en komt dus niet in de brief"
            if let guess = DutchText.suggestion(for: key, among: known.sorted()) { message += " — bedoelde u \(guess).md?" }
            return message
                + " (de brief over \(year) gebruikt templates/kamerbrief/ \(reading); die lezen de passages \(known.sorted().joined(separator: ", ")))"
        }
    }
}
