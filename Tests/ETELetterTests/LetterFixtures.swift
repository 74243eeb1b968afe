import ETELetter
import ETEModel
import ETEStore
import ETEWorkbench
import Foundation
import TestSupport

/// The demo letters, built once from the shared demo store with the repository's templates.
enum DemoLetters {
    static let builder = LetterBuilder(templatesFolder: RepositoryPaths.templates)

    static let letter2024: LetterDocument = build(2024)
    static let letter2023: LetterDocument = build(2023)

    private static func build(_ year: Int) -> LetterDocument {
        do { return try builder.build(try LetterInput.load(year: year, from: SharedDemo.store)) } catch {
            fatalError("demo letter \(year): \(error)")
        }
    }

    /// The 2024 letter written in every format, once (the PDF where LibreOffice is installed).
    static let files2024: LetterFiles = {
        do {
            let files = LetterFiles(outputFolder: try Scratch().folder, year: 2024)
            try files.write(letter2024, formats: LibreOffice.available ? LetterFormat.allCases : [.docx, .html, .md])
            return files
        } catch {
            fatalError("demo letter files: \(error)")
        }
    }()

    static func text(_ format: LetterFormat) throws -> String {
        try String(contentsOf: files2024.url(format), encoding: .utf8)
    }

    /// Every template choice of keuzes.yaml switched on: the completed actions and the pillar table.
    static let everyChoice = "afgeronde_acties: ja\nbeleidsprofiel: ja\ngeplande_acties: ja\npijlertabel: ja\n"

    /// The policy-profile rules of the repository, checked against the demo's questionnaires.
    static var profileRules: PolicyProfileRules {
        get throws {
            let questionnaires = try SharedDemo.store.read { try $0.questionnaires() }
            return try PolicyProfileFile.load(templates: RepositoryPaths.templates, questionnaires: questionnaires)
        }
    }

    /// The 2024 letter with every choice on, written as docx, HTML and Markdown once.
    static let filesWithEveryChoice: (letter: LetterDocument, files: LetterFiles) = {
        do {
            let scratch = try Scratch()
            let builder = LetterBuilder(templatesFolder: try scratch.letterTemplates(choices: everyChoice))
            let letter = try builder.build(try LetterInput.load(year: 2024, from: SharedDemo.store, profiles: try profileRules))
            let files = LetterFiles(outputFolder: scratch.url("uit"), year: 2024)
            try files.write(letter, formats: [.docx, .html, .md])
            return (letter, files)
        } catch {
            fatalError("demo letter with every choice: \(error)")
        }
    }()
}

extension Scratch {
    /// A copy of the repository's templates that a test may change; `choices` replaces keuzes.yaml.
    func letterTemplates(choices: String? = nil) throws -> URL {
        let copy = url("templates")
        try FileManager.default.copyItem(at: RepositoryPaths.templates, to: copy)
        if let choices { try choices.write(to: copy.appendingPathComponent("kamerbrief/keuzes.yaml"), atomically: true, encoding: .utf8) }
        return copy
    }
}

extension LetterDocument {
    /// All running text, without markup or footnotes, for "does the letter say X" checks.
    var allText: String {
        var parts = address + fields.map { "\($0.label) \($0.value)" } + signature
        for block in body {
            switch block {
            case .heading(_, let text), .paragraph(let text): parts.append(text.plainText)
            case .bullets(let items): parts += items.map(\.plainText)
            case .table(let header, let rows): parts += header.map(\.plainText) + rows.flatMap { $0.map(\.plainText) }
            }
        }
        return parts.joined(separator: "\n")
    }
}
