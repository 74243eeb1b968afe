import ETEAnalysis
import ETEModel

/// Everything a year's letter is built from, as plain values. The use-case layer reads it from
/// the store, so the letter never touches the database and a test can hand it any input.
public struct LetterInput: Sendable {
    /// The year's figures: the same ones `ete stats` prints.
    public var figures: YearFigures
    /// The year's own text; nil when it has not been imported (the letter then reports it).
    public var text: LetterText?
    /// The action lines of every period; the letter shows those of its year.
    public var actionLines: [ActionLine]
    public var actions: [Action]
    /// The actions' statuses in the letter's year and the next one (the outlook).
    public var statuses: [ActionYearStatus]
    /// Next year's Week tegen Eenzaamheid, when already planned.
    public var nextWeek: WeekEdition?

    public init(
        figures: YearFigures, text: LetterText?, actionLines: [ActionLine], actions: [Action],
        statuses: [ActionYearStatus], nextWeek: WeekEdition?
    ) {
        self.figures = figures
        self.text = text
        self.actionLines = actionLines
        self.actions = actions
        self.statuses = statuses
        self.nextWeek = nextWeek
    }

    public var year: Int { figures.year }

    /// Whole data sets the letter needs and the input lacks. The letter is still rendered, so
    /// that every other missing figure and passage is found in the same run.
    var missingDataSets: [MissingInput] {
        let remedies = InputRemedies(year: year)
        var missing: [MissingInput] = []
        if text == nil { missing.append(remedies.letterText) }
        if actionLines.valid(in: year).isEmpty { missing.append(remedies.actionLines) }
        if !statuses.contains(where: { $0.year == year }) { missing.append(remedies.actions) }
        return missing
    }
}
