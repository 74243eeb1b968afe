import ETEAnalysis
import ETELetter
import ETEModel
import ETEStore

extension LetterInput {
    /// The letter's input for `year`, read in one transaction so that figures and texts agree.
    /// `profiles`: the policy-profile rules, so the letter has the national profile shares.
    public static func load(year: Int, from store: Store, profiles: PolicyProfileRules? = nil) throws -> LetterInput {
        try store.read { reader in
            LetterInput(
                figures: try FigureCalculator.figures(for: year, reader: reader, profiles: profiles),
                text: try reader.letterText(year: year),
                actionLines: try reader.actionLines(), actions: try reader.actions(),
                statuses: try reader.actionStatuses(year: year) + reader.actionStatuses(year: year + 1),
                nextWeek: try reader.weekEdition(year: year + 1))
        }
    }
}
