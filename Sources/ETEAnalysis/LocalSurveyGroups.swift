import ETEModel

/// The respondents of a Stappenplan survey grouped by the kind of organisation they work for,
/// for figures per group. A group is shown only with at least `minimumSize` respondents (6, the
/// disclosure rule's minimum; each share is then decided by that rule, `shares(_:_:answering:)`); the
/// smaller ones are pooled as "Overige organisaties". When that pool would itself be too small
/// (and so be derivable from the total minus the shown groups), the smallest shown group joins it.
/// "Anders, namelijk …" is no kind of organisation: its respondents always go to the pool, which is
/// then named for what it holds ("Overige en andere organisaties").
public struct LocalSurveyGroups: Sendable {
    public struct Group: Sendable, Equatable {
        /// The option's short text with a capital ("Ouderenorganisaties"), or else its text on the form.
        public let name: String
        /// Respondent indices.
        public let members: [Int]
    }

    /// As many as the disclosure rule needs behind a figure: a smaller group could show nothing.
    public static let defaultMinimumSize = DisclosureRule.minimumAnswers
    public static let pooledName = "Overige organisaties"
    /// The pool's name when it holds respondents who chose "anders".
    public static let pooledWithOtherName = "Overige en andere organisaties"

    public let groups: [Group]
    public let minimumSize: Int

    public init(_ result: LocalSurveyResult, by questionID: String = "categorie", minimumSize: Int = defaultMinimumSize) {
        self.minimumSize = minimumSize
        guard let question = result.questionnaire.question(questionID) else {
            groups = []
            return
        }
        var shown: [Group] = []
        var pooled: [Int] = []
        var holdsOther = false
        for option in question.options {
            let members = result.members(questionID, answering: option.code)
            if option.takesText {
                holdsOther = holdsOther || !members.isEmpty
                pooled += members
            } else if members.count >= minimumSize {
                shown.append(
                    Group(name: option.shortText.map(DutchText.capitalisingFirst) ?? option.text, members: members))
            } else {
                pooled += members
            }
        }
        // Respondents who left the question open belong to no kind, and go to the pool.
        let answered = Set(shown.flatMap(\.members) + pooled)
        pooled += result.survey.respondents.indices.filter { !answered.contains($0) }
        shown.sort { $0.members.count > $1.members.count }
        while !pooled.isEmpty, pooled.count < minimumSize, let smallest = shown.popLast() {
            pooled += smallest.members
        }
        // One group alone says nothing beside the total.
        guard shown.count >= 2 || (shown.count == 1 && !pooled.isEmpty) else {
            groups = []
            return
        }
        let poolName = holdsOther ? Self.pooledWithOtherName : Self.pooledName
        groups = shown + (pooled.isEmpty ? [] : [Group(name: poolName, members: pooled.sorted())])
    }

    /// The share answering `codes` in each group, nil where it is not shown. The groups partition
    /// the respondents and the overall share is published, so one withheld group would be the total
    /// minus the others: then the smallest shown group is withheld too, and so on until the withheld
    /// groups together pass the rule (as the benchmark completes its partitions).
    public func shares(_ result: LocalSurveyResult, _ questionID: String, answering codes: Set<String>) -> [LocalSurveyResult.Share?] {
        let all = groups.map { result.share(questionID, answering: codes, among: $0.members) }
        var hidden = Set(all.indices.filter { all[$0]?.percentage == nil })
        func union() -> (count: Int, base: Int) {
            hidden.reduce((0, 0)) { sum, index in (sum.count + (all[index]?.count ?? 0), sum.base + (all[index]?.base ?? 0)) }
        }
        while !hidden.isEmpty, hidden.count < all.count,
            hidden.count == 1 || !DisclosureRule.allowsShare(positive: union().count, answered: union().base)
        {
            let shown = all.indices.filter { !hidden.contains($0) }
            guard let next = shown.min(by: { (all[$0]?.base ?? 0, $0) < (all[$1]?.base ?? 0, $1) }) else { break }
            hidden.insert(next)
        }
        return all.indices.map { hidden.contains($0) ? nil : all[$0] }
    }
}
