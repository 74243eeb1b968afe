import ETEModel

/// A municipality's own residents' survey with the De Jong Gierveld scale: one row per resident,
/// a column per item (`item_1` … `item_11`, or `1` … `11`) with the answer in the three-point
/// ("ja", "min of meer", "nee") or five-point form ("nee!" … "ja!"), and an optional weight.
/// Replaces that municipality's survey of the year.
struct LonelinessSurveyImporter: CSVImporter {
    static let columns: [ColumnSpec] =
        [.optional("respondent", "respondentnummer", "id")]
        + (1...11).map { ColumnSpec.required("item_\($0)", "\($0)", "item\($0)", "vraag_\($0)") }
        + [.optional("gewicht", "weging", "weight")]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        let empty = ImportSummary(kind: .lonelinessSurvey, fileName: context.fileName, rows: 0)
        guard let year = context.year, let municipality = context.municipality else { return empty }
        var responses: [LonelinessSurveyResponse] = []
        var seen = DuplicateGuard<String>()
        let expected = LonelinessScale.Answer.acceptedTexts.map { "\"\($0)\"" }.joined(separator: ", ")
        for row in table.rows {
            let respondent = row.text("respondent") ?? "regel \(row.line)"
            if row.text("respondent") != nil {
                _ = seen.admit(respondent, row: row, column: "respondent", what: "respondent \(respondent)")
            }
            var answers: [Int: LonelinessScale.Answer] = [:]
            for item in 1...11 {
                guard let text = row.text("item_\(item)") else { continue }
                guard let answer = LonelinessScale.Answer(text: text) else {
                    row.report(
                        "item_\(item)", "onbekend antwoord \(DutchText.quoted(text)) bij uitspraak \(item); verwacht \(expected) of leeg")
                    continue
                }
                answers[item] = answer
            }
            let weight = row.decimal("gewicht", in: 0.000_001...1_000_000) ?? 1
            responses.append(
                LonelinessSurveyResponse(
                    municipality: municipality.code, year: year, respondent: respondent, answers: answers, weight: weight))
        }
        guard context.issues.isEmpty else { return empty }
        let replaced = try context.transaction.deleteLonelinessSurvey(municipality: municipality.code, year: year)
        for response in responses { try context.transaction.insert(response) }
        var summary = ImportSummary(kind: .lonelinessSurvey, fileName: context.fileName, rows: responses.count)
        summary.notes.append("enquête van \(municipality.name) over \(year)")
        if replaced > 0 { summary.notes.append("\(replaced) eerdere antwoorden van \(municipality.name) over \(year) vervangen") }
        return summary
    }
}
