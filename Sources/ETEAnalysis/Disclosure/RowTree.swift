/// The row side of a `RespondentTable` as the tree `CrossTableAudit` needs: one node per row, one
/// per group of two or more rows (groups with the same rows share a node and the tighter range),
/// each under the smallest group that holds it.
struct RowTree {
    private(set) var nodes: [CrossTableAudit.RowNode] = []
    /// The node of each row that has answers.
    private(set) var rowNode: [String: Int] = [:]

    /// `answeredPerRow`: answers in each row; `range`: what a reader can infer for a group.
    init(
        table: RespondentTable, answeredPerRow: [String: Int],
        range: (_ partition: String, _ group: String) -> ClosedRange<Int>
    ) {
        var sets: [(rows: Set<String>, range: ClosedRange<Int>)] = []
        for partition in table.rowPartitions {
            for group in partition.groups {
                let rows = partition.rows(of: group)
                guard !rows.isEmpty else { continue }
                let inferred = range(partition.name, group)
                if let index = sets.firstIndex(where: { $0.rows == rows }) {
                    // Both ranges hold the truth, so they overlap.
                    sets[index].range = sets[index].range.clamped(to: inferred)
                } else {
                    sets.append((rows, inferred))
                }
            }
        }
        for (index, set) in sets.enumerated() {
            for other in sets[(index + 1)...] {
                precondition(
                    set.rows.isDisjoint(with: other.rows) || set.rows.isSubset(of: other.rows) || other.rows.isSubset(of: set.rows),
                    "row-side groups must nest for the audit to be exact")
            }
        }
        let groups = sets.filter { $0.rows.count > 1 }.sorted { $0.rows.count > $1.rows.count }
        func parent(of rows: Set<String>) -> Int? {
            // Largest first, so the last holder found is the smallest.
            groups.indices.last { groups[$0].rows.count > rows.count && rows.isSubset(of: groups[$0].rows) }
        }
        for group in groups { nodes.append(CrossTableAudit.RowNode(parent: parent(of: group.rows), range: group.range)) }
        for row in table.rows where (answeredPerRow[row] ?? 0) > 0 || sets.contains(where: { $0.rows == [row] }) {
            let own = sets.first { $0.rows == [row] }?.range ?? 0...(answeredPerRow[row] ?? 0)
            rowNode[row] = nodes.count
            nodes.append(CrossTableAudit.RowNode(parent: parent(of: [row]), range: own))
        }
    }
}
