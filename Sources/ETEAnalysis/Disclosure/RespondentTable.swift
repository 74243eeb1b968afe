import ETEModel

/// The respondents of one benchmark year split two ways at once, each respondent in one cell:
/// rows are the finest groups on one side (size classes, or size classes split into peer groups),
/// columns the groups of another partition (provinces). Every published group is a column or a
/// union of rows, and the row-side groups nest (any two are disjoint or one holds the other), so
/// differencing between the tables can only ever isolate a cell, which `CrossTableAudit` checks.
public struct RespondentTable: Sendable {
    public struct Cell: Hashable, Sendable {
        public let row: String, column: String
        public init(row: String, column: String) {
            self.row = row
            self.column = column
        }
    }

    /// A partition on the row side: each row lies in one of its groups.
    public struct RowPartition: Sendable {
        public let name: String
        /// Every group, in order, also one without respondents (it is published as empty).
        public let groups: [String]
        public let groupOfRow: [String: String]

        public init(name: String, groups: [String], groupOfRow: [String: String]) {
            self.name = name
            self.groups = groups
            self.groupOfRow = groupOfRow
        }

        /// The rows that make up a group.
        func rows(of group: String) -> Set<String> { Set(groupOfRow.filter { $0.value == group }.keys) }
    }

    public let rowPartitions: [RowPartition]
    public let columnPartition: String
    public let rows: [String], columns: [String]
    public let cells: [Cell: BenchmarkAggregate]

    public init(
        rows: [String], rowPartitions: [RowPartition], columnPartition: String, columns: [String], cells: [Cell: BenchmarkAggregate]
    ) {
        self.rows = rows
        self.rowPartitions = rowPartitions
        self.columnPartition = columnPartition
        self.columns = columns
        self.cells = cells
    }

    /// One partition on each side, its groups the rows themselves.
    public init(rowPartition: String, rows: [String], columnPartition: String, columns: [String], cells: [Cell: BenchmarkAggregate]) {
        self.init(
            rows: rows,
            rowPartitions: [
                RowPartition(name: rowPartition, groups: rows, groupOfRow: Dictionary(uniqueKeysWithValues: rows.map { ($0, $0) }))
            ],
            columnPartition: columnPartition, columns: columns, cells: cells)
    }

    public var partitions: [String] { rowPartitions.map(\.name) + [columnPartition] }

    /// The groups of a partition, in order.
    func groups(of partition: String) -> [String] {
        rowPartitions.first { $0.name == partition }?.groups ?? columns
    }

    /// Per partition, per group with respondents: how many.
    func respondentsPerGroup() -> [String: [String: Int]] {
        var counts: [String: [String: Int]] = [:]
        for partition in partitions {
            for (cell, aggregate) in cells {
                counts[partition, default: [:]][group(of: cell, in: partition), default: 0] += aggregate.respondents
            }
        }
        return counts
    }

    /// The group a cell belongs to in a partition.
    func group(of cell: Cell, in partition: String) -> String {
        guard let rowPartition = rowPartitions.first(where: { $0.name == partition }) else { return cell.column }
        return rowPartition.groupOfRow[cell.row] ?? cell.row
    }
}
