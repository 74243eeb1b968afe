import ETEModel
import Testing

@testable import ETEAnalysis

/// The plan adds suppression where differencing over both tables at once would isolate answers,
/// also when every group passes the rule on its own.
@Suite("Suppression plan")
struct SuppressionPlanTests {
    static let question = Question(
        id: "q", text: "Vraag?", label: "vraag", pillar: .governanceCommitment, type: .yesNo, countedAnswers: ["ja"])
    static let questionnaire = Questionnaire(year: 2024, title: "test", questions: [question])

    /// Size classes A and B, provinces P and Q, four respondents in each cell; yes-counts per cell.
    static func table(_ positives: [String: Int]) -> (RespondentTable, BenchmarkAggregate) {
        var cells: [RespondentTable.Cell: BenchmarkAggregate] = [:]
        var all: [BenchmarkResponse] = []
        var number = 1
        for row in ["A", "B"] {
            for column in ["P", "Q"] {
                let yes = positives[row + column] ?? 0
                let responses = (0..<4).map { index in
                    defer { number += 1 }
                    return BenchmarkResponse(
                        year: 2024, municipality: MunicipalityCode(String(format: "GM%04d", number))!,
                        answers: ["q": index < yes ? "ja" : "nee"])
                }
                cells[.init(row: row, column: column)] = BenchmarkAggregate(questionnaire: questionnaire, responses: responses)
                all += responses
            }
        }
        let table = RespondentTable(
            rowPartition: "grootteklasse", rows: ["A", "B"], columnPartition: "provincie", columns: ["P", "Q"], cells: cells)
        return (table, BenchmarkAggregate(questionnaire: questionnaire, responses: all))
    }

    @Test func differencingOverBothTablesLeadsToMoreSuppression() {
        // A 6 of 8, B 2 of 8, P 6 of 8, Q 2 of 8: each passes the rule, together they fix A × P and B × Q.
        let (table, national) = Self.table(["AP": 4, "AQ": 2, "BP": 2])
        let plan = SuppressionPlan(questionnaire: Self.questionnaire, national: national, table: table)
        let withheld =
            ["A", "B"].filter { plan.withheld(partition: "grootteklasse", group: $0).contains(.share(question: "q")) }
            + ["P", "Q"].filter { plan.withheld(partition: "provincie", group: $0).contains(.share(question: "q")) }
        #expect(withheld.count >= 2, "\(withheld)")
        #expect(!plan.national.contains(.share(question: "q")))
    }

    @Test func mixedCellsNeedNothingMore() {
        let (table, national) = Self.table(["AP": 2, "AQ": 2, "BP": 2, "BQ": 2])
        let plan = SuppressionPlan(questionnaire: Self.questionnaire, national: national, table: table)
        #expect(plan.withheld.groups.values.allSatisfy { $0.values.allSatisfy { !$0.contains(.share(question: "q")) } })
    }

    @Test func forcedDecisionsStayAndGetAPartner() {
        let (table, national) = Self.table(["AP": 2, "AQ": 2, "BP": 2, "BQ": 2])
        let earlier = WithheldCells(groups: ["provincie": ["P": [.share(question: "q")]]])
        let plan = SuppressionPlan(questionnaire: Self.questionnaire, national: national, table: table, forced: earlier)
        for province in ["P", "Q"] { #expect(plan.withheld(partition: "provincie", group: province).contains(.share(question: "q"))) }
    }

    /// The plan says per partition what each step cost: the rule, the partition's completion and the audit.
    @Test func theCostOfEachStepIsCounted() {
        let (table, national) = Self.table(["AP": 4, "AQ": 2, "BP": 2])
        let plan = SuppressionPlan(questionnaire: Self.questionnaire, national: national, table: table)
        let cost = plan.cost
        #expect(cost["grootteklasse"]?.primary == 0 && cost["provincie"]?.primary == 0, "\(cost)")
        // Every group passes the rule alone: all that is withheld, the audit added (with its partner).
        let withheld = ["grootteklasse", "provincie"].map { partition in
            plan.withheld.groups[partition]?.values.filter { $0.contains(.share(question: "q")) }.count ?? 0
        }
        #expect(withheld.reduce(0, +) == cost.values.reduce(0) { $0 + $1.withinPartition + $1.audit })
        #expect(cost.values.reduce(0) { $0 + $1.audit } > 0)
        // A forced decision counts as the rule's own; its partner as the partition's completion.
        let forced = SuppressionPlan(
            questionnaire: Self.questionnaire, national: national, table: Self.table(["AP": 2, "AQ": 2, "BP": 2, "BQ": 2]).0,
            forced: WithheldCells(groups: ["provincie": ["P": [.share(question: "q")]]]))
        #expect(forced.cost["provincie"] == SuppressionPlan.Cost(primary: 1, withinPartition: 1, audit: forced.cost["provincie"]!.audit))
    }
}
