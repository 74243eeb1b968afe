import ETEModel

/// The respondents of one benchmark year split two ways at once, each respondent in one cell:
/// rows are the groups of one partition (size classes), columns those of another (provinces).
/// Every published group is a row or a column, so differencing between the tables can only ever
/// isolate a cell, which is what `CrossTableAudit` checks.
public struct RespondentTable: Sendable {
    public struct Cell: Hashable, Sendable {
        public let row: String, column: String
        public init(row: String, column: String) {
            self.row = row
            self.column = column
        }
    }

    public let rowPartition: String, columnPartition: String
    /// Every group of each partition, also one without respondents (it is published as empty).
    public let rows: [String], columns: [String]
    public let cells: [Cell: BenchmarkAggregate]

    public init(rowPartition: String, rows: [String], columnPartition: String, columns: [String], cells: [Cell: BenchmarkAggregate]) {
        self.rowPartition = rowPartition
        self.columnPartition = columnPartition
        self.rows = rows
        self.columns = columns
        self.cells = cells
    }

    public var partitions: [String] { [rowPartition, columnPartition] }

    /// The groups of a partition, in order.
    func groups(of partition: String) -> [String] { partition == rowPartition ? rows : columns }

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
    func group(of cell: Cell, in partition: String) -> String { partition == rowPartition ? cell.row : cell.column }
}
