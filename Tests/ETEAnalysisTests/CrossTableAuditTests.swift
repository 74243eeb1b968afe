import ETEDemo
import ETEModel
import Testing

@testable import ETEAnalysis

/// The audit behind the disclosure rule, checked against brute force: on small tables every
/// possible filling is enumerated, and a cell counts as disclosed exactly when some reader (an
/// outsider, a member of the cell, or a member of another cell that uses its own answer) finds
/// only fillings that give it away.
@Suite("Disclosure audit over size class × province")
struct CrossTableAuditTests {
    @Test(arguments: 1...300)
    func agreesWithBruteForce(seed: Int) {
        var random = SeededGenerator(seed: UInt64(seed))
        let table = RandomTable(&random)
        let audit = CrossTableAudit(cells: table.cells, national: table.national, rows: table.rows, columns: table.columns)
        #expect(Set(audit.disclosedCells()) == table.disclosedByBruteForce(), "seed \(seed)")
    }

    /// Every published group passes the rule (six answers or more, two on each side), yet the size
    /// class A at 6 of 8 and the province Q at 2 of 8 leave room for only one filling of the cells
    /// A × P (all four said yes) and B × Q (none of its four did).
    @Test func findsWhatNoSingleTableShows() {
        let cells = [(0, 0, 4, 4), (0, 1, 4, 2), (1, 0, 4, 2), (1, 1, 4, 0)].map {
            CrossTableAudit.Cell(row: $0.0, column: $0.1, answered: $0.2, positive: $0.3)
        }
        for count in [6, 2] { #expect(DisclosureRule.allowsShare(positive: count, answered: 8)) }
        let audit = CrossTableAudit(cells: cells, national: 8...8, rows: [6...6, 2...2], columns: [6...6, 2...2])
        #expect(audit.disclosedCells() == [0, 3])
        // With both provinces withheld (one alone would follow from the nation), the cells are open again.
        let safer = CrossTableAudit(cells: cells, national: 8...8, rows: [6...6, 2...2], columns: [0...8, 0...8])
        #expect(safer.disclosedCells().isEmpty)
    }

    @Test func aMovedFlowStaysWithinEveryBound() throws {
        var network = BoundedCirculation(nodes: 4)
        network.add(from: 1, to: 0, bounds: 3...3)
        network.add(from: 0, to: 2, bounds: 0...3)
        network.add(from: 2, to: 3, bounds: 0...2)
        let last = network.add(from: 3, to: 1, bounds: 0...3)
        let other = network.add(from: 2, to: 1, bounds: 0...3)
        let solution = try #require(network.solve())
        #expect(solution.flow(last) + solution.flow(other) == 3)
        #expect(solution.moving(edge: last, into: 3...3) == nil)
        let moved = try #require(solution.moving(edge: other, into: 3...3))
        #expect(moved.flow(other) == 3 && moved.flow(last) == 0)
        #expect(network.solve(tightening: [other: 0...0]) == nil)
    }
}

/// A table of 2–3 size classes × 2–3 provinces with up to three answers per cell, and the ranges a
/// reader infers: a shown group gives the counts that round to its percentage, a withheld one
/// anything.
private struct RandomTable {
    var cells: [CrossTableAudit.Cell] = []
    var national: ClosedRange<Int>
    var rows: [ClosedRange<Int>], columns: [ClosedRange<Int>]

    init(_ random: inout SeededGenerator) {
        let rowCount = Int.random(in: 2...3, using: &random)
        let columnCount = Int.random(in: 2...3, using: &random)
        for row in 0..<rowCount {
            for column in 0..<columnCount {
                let answered = Int.random(in: 0...3, using: &random)
                cells.append(.init(row: row, column: column, answered: answered, positive: Int.random(in: 0...answered, using: &random)))
            }
        }
        func range(_ members: [CrossTableAudit.Cell], _ random: inout SeededGenerator) -> ClosedRange<Int> {
            let answered = members.reduce(0) { $0 + $1.answered }
            let positive = members.reduce(0) { $0 + $1.positive }
            return random.chance(0.3) ? 0...answered : DisclosureRule.inferableCounts(positive: positive, answered: answered)
        }
        let all = cells
        national = range(all, &random)
        rows = (0..<rowCount).map { row in range(all.filter { $0.row == row }, &random) }
        columns = (0..<columnCount).map { column in range(all.filter { $0.column == column }, &random) }
    }

    /// Every filling of the cells that agrees with the published ranges.
    func fillings() -> [[Int]] {
        var found: [[Int]] = []
        var current: [Int] = []
        func fill(_ index: Int) {
            guard index < cells.count else {
                func sum(_ keep: (CrossTableAudit.Cell) -> Bool) -> Int {
                    zip(cells, current).filter { keep($0.0) }.reduce(0) { $0 + $1.1 }
                }
                guard national.contains(sum { _ in true }) else { return }
                guard rows.indices.allSatisfy({ row in rows[row].contains(sum { $0.row == row }) }) else { return }
                guard columns.indices.allSatisfy({ column in columns[column].contains(sum { $0.column == column }) }) else { return }
                found.append(current)
                return
            }
            for value in 0...cells[index].answered {
                current.append(value)
                fill(index + 1)
                current.removeLast()
            }
        }
        fill(0)
        return found
    }

    func disclosedByBruteForce() -> Set<Int> {
        let all = fillings()
        var disclosed = Set<Int>()
        for (index, cell) in cells.enumerated() where cell.answered > 0 {
            let n = cell.answered
            let x = cell.positive
            // An outsider: every filling gives the cell none or all positives.
            if all.allSatisfy({ $0[index] == 0 }) || all.allSatisfy({ $0[index] == n }) { disclosed.insert(index) }
            // A member that subtracts its own answer.
            if n >= 2, x >= 1, all.filter({ $0[index] >= 1 }).allSatisfy({ $0[index] == 1 }) { disclosed.insert(index) }
            if n >= 2, x <= n - 1, all.filter({ $0[index] <= n - 1 }).allSatisfy({ $0[index] == n - 1 }) { disclosed.insert(index) }
            // A member of another cell that knows its own answer there.
            guard x == 0 || x == n else { continue }
            for (readerIndex, reader) in cells.enumerated() where readerIndex != index {
                var knowledge: [(Int) -> Bool] = []
                if reader.positive >= 1 { knowledge.append { $0 >= 1 } }
                if reader.positive <= reader.answered - 1 { knowledge.append { $0 <= reader.answered - 1 } }
                for knows in knowledge where all.filter({ knows($0[readerIndex]) }).allSatisfy({ $0[index] == x }) {
                    disclosed.insert(index)
                }
            }
        }
        return disclosed
    }
}
