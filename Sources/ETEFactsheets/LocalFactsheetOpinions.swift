import ETEAnalysis
import ETEModel

/// "Oordeel over de aanpak van eenzaamheid": the statements of part II.
extension LocalFactsheetBuilder {
    private typealias Scale = LocalSurveyResult.StatementAnswers

    func opinions() -> FactsheetContent.Section {
        var sentences: [String] = []
        if let attention = share("meer_aandacht", Scale.agree) {
            let first = phrase(attention, .tenths, of: "deelnemers")
            var sentence = "\(first.capitalised) \(first.verb("vindt", "vinden")) dat eenzaamheid in de gemeente meer aandacht verdient"
            if let ownPolicy = share("eigen_beleid_nodig", Scale.agree) {
                let second = phrase(ownPolicy, .fractions)
                sentence +=
                    "; \(second.text) \(second.verb("vindt", "vinden")) het nodig dat lokale organisaties eigen beleid op eenzaamheid maken"
            }
            sentences.append(sentence + ".")
        }
        if let own = share("aandacht_eigen_organisatie", Scale.agree) {
            sentences.append(
                "In de eigen organisatie is er volgens \(phrase(own, .percent, of: "deelnemers").text) genoeg aandacht voor eenzaamheid.")
        }
        if let priority = share("hoge_prioriteit", Scale.agree) {
            sentences.append("Bij \(phrase(priority, .percent).text) heeft eenzaamheid een hoge prioriteit in het eigen werk.")
        }
        if let knowledge = share("kennis_ontbreekt", Scale.agree) {
            let words = phrase(knowledge, .roundedPercent)
            sentences.append(
                "\(words.capitalised) \(words.verb("vindt", "vinden")) de eigen kennis nog onvoldoende om eenzaamheid te kunnen signaleren."
            )
        }
        if let cooperation = share("samenwerking_nodig", Scale.agree) {
            sentences.append(
                "Meer of intensievere samenwerking tussen lokale organisaties is volgens \(phrase(cooperation, .percent).text) nodig om eenzaamheid tegen te gaan."
            )
        }
        if let urgent = share("urgent", Scale.agree), let neutral = share("urgent", Scale.noOpinion),
            let notUrgent = share("urgent", Scale.disagree)
        {
            sentences.append(
                "Over de urgentie van een lokale aanpak lopen de meningen uiteen: \(DutchPhrase.percent(percentage(urgent))) ziet dit als (zeer) urgent, \(DutchPhrase.percent(percentage(neutral))) heeft geen mening en \(DutchPhrase.percent(percentage(notUrgent))) vindt het niet urgent."
            )
        }
        var blocks: [FactsheetContent.Block] = sentences.isEmpty ? [] : [.paragraph(sentences.joined(separator: " "))]
        let statements = result.questionnaire.questions.filter { $0.type == .statement }
        guard !statements.isEmpty else { return .init(heading: "Oordeel over de aanpak van eenzaamheid", blocks: blocks) }
        blocks.append(.table(statementTable(statements)))
        blocks.append(
            .bars(
                .init(
                    id: "stellingen", title: "% (zeer) eens per stelling",
                    items: statements.map { ($0.number, [result.share($0.id, answering: Scale.agree)?.percentage]) })))
        let groups = LocalSurveyGroups(result)
        if let table = groupTable(statements, groups) {
            blocks.append(.table(table))
            blocks.append(
                .bars(
                    .init(
                        id: "soorten", title: "% (zeer) eens per stelling en soort organisatie", series: groups.groups.map(\.name),
                        items: statements.map { question in
                            (question.number, groups.shares(result, question.id, answering: Scale.agree).map { $0?.percentage })
                        })))
            blocks.append(
                .note(
                    "Per soort organisatie alleen groepen met ten minste \(groups.minimumSize) deelnemers; kleinere groepen staan samen onder \(groups.groups.last?.name ?? LocalSurveyGroups.pooledName)"
                        + (groups.groups.last?.name == LocalSurveyGroups.pooledWithOtherName
                            ? ", met wie bij de soort organisatie \"anders\" invulde." : ".")
                ))
        }
        if let note = baseNote(statements.map(\.id)) { blocks.append(note) }
        return .init(heading: "Oordeel over de aanpak van eenzaamheid", blocks: blocks)
    }

    /// Every statement (also those a municipality added) with the share agreeing, without opinion and disagreeing.
    private func statementTable(_ statements: [LocalSurveyQuestionnaire.Question]) -> FactsheetContent.Table {
        let rows = statements.map { question -> [String] in
            let shares = [Scale.agree, Scale.noOpinion, Scale.disagree].map { result.share(question.id, answering: $0) }
            return ["\(question.number). \(question.text)"]
                + shares.map { $0?.percentage.map(DutchPhrase.percent) ?? StatisticalSymbol.secret.symbol } + [
                    "\(result.base(question.id))"
                ]
        }
        return .init(header: ["Stelling", "(zeer) eens", "geen mening", "(zeer) oneens", "n"], rows: rows, numeric: [1, 2, 3, 4])
    }

    /// The share agreeing per kind of organisation; nil when fewer than two groups are large enough.
    private func groupTable(_ statements: [LocalSurveyQuestionnaire.Question], _ grouping: LocalSurveyGroups) -> FactsheetContent.Table? {
        let groups = grouping.groups
        guard !groups.isEmpty else { return nil }
        let rows = statements.map { question -> [String] in
            ["\(question.number). \(question.text)"]
                + grouping.shares(result, question.id, answering: Scale.agree).map { share in
                    share?.percentage.map(DutchPhrase.percent) ?? StatisticalSymbol.secret.symbol
                }
        }
        return .init(
            // "(n = 12)" with no-break spaces: a narrow column breaks before it, never inside it.
            header: ["% (zeer) eens per soort organisatie"] + groups.map { "\($0.name) (n\u{00A0}=\u{00A0}\($0.members.count))" },
            rows: rows,
            numeric: Set(1...groups.count))
    }
}
