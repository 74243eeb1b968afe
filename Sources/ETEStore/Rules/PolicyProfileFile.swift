import ETEModel
import Foundation
import Yams

/// Reads templates/beleidsprofiel/regels.yaml: the policy profiles and the rules that assign
/// them. Every problem is reported with file, line and column.
public enum PolicyProfileFile {
    public static let path = "beleidsprofiel/regels.yaml"

    /// `templates`: the templates folder; `questionnaires`: those the conditions are checked against.
    /// `notes` collects rules that name a question no stored questionnaire asks.
    public static func load(templates: URL, questionnaires: [Questionnaire], notes: RuleNotes? = nil) throws -> PolicyProfileRules {
        let url = templates.appendingPathComponent(path)
        return try parse(
            try RuleFileText.read(url, displayName: "templates/\(path)"), fileName: "templates/\(path)", questionnaires: questionnaires,
            notes: notes)
    }

    public static func parse(
        _ text: String, fileName: String, questionnaires: [Questionnaire], notes: RuleNotes? = nil
    ) throws
        -> PolicyProfileRules
    {
        let issues = IssueCollector(file: fileName)
        let root = try YAMLDocument.root(text, fileName: fileName, expected: "profielen met hun regels")
        let reader = NodeReader(issues: issues)
        let conditions = RuleConditionReader(
            reader: reader, questions: RuleConditionReader.questions(of: questionnaires), notes: notes, fileName: fileName)
        let source = reader.string(root, "bron")
        var rules: [PolicyProfileRules.Rule] = []
        var fallback: PolicyProfile?
        let list = reader.child(root, "profielen")?.array() ?? []
        for (index, node) in list.enumerated() {
            guard let id = reader.string(node, "id"), let name = reader.string(node, "naam"),
                let description = reader.string(node, "omschrijving")
            else { continue }
            let profile = PolicyProfile(id: id, name: name, description: description)
            if rules.contains(where: { $0.profile.id == id }) {
                issues.add(line: node.mark?.line, "profiel \(DutchText.quoted(id)) staat twee keer in de lijst")
            }
            if node["anders"] != nil {
                if index != list.count - 1 {
                    issues.add(
                        line: node.mark?.line,
                        "het profiel met \"anders: ja\" moet als laatste staan; de regels eronder zouden nooit gelden")
                }
                fallback = profile
                continue
            }
            let all = conditions.conditions(node, "alle")
            let any = conditions.conditions(node, "een_van")
            if all.isEmpty && any.isEmpty {
                issues.add(
                    line: node.mark?.line,
                    "profiel \(DutchText.quoted(id)) heeft geen voorwaarden; geef \"alle\" of \"een_van\" (of \"anders: ja\" voor het laatste)"
                )
            }
            rules.append(.init(profile: profile, all: all, any: any))
        }
        if fallback == nil && issues.isEmpty {
            issues.add(line: nil, "geen profiel met \"anders: ja\"; verwacht als laatste het profiel voor gemeenten waarop geen regel past")
        }
        try issues.throwIfAny(rules: true)
        return PolicyProfileRules(rules: rules, fallback: fallback!, source: source!)
    }
}

/// The text of a rules file, or a Dutch reason it cannot be read.
enum RuleFileText {
    static func read(_ url: URL, displayName: String) throws -> String {
        guard FileManager.default.fileExists(atPath: url.path) else {
            throw ImportFailure(
                ImportIssue(file: displayName, message: "bestand ontbreekt; het hoort bij de sjablonen van ete"), rules: true)
        }
        return try CSVReader.decodeText(url)
    }
}
