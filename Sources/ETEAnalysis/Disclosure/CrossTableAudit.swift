/// Checks one figure of one year (a share or an option share) against differencing over every
/// published table at once: the national figure, the size-class and peer groups (rows, and the
/// groups they nest in) and the province groups (columns), each known to a reader only as a range of counts (a shown percentage gives
/// the counts that round to it; a withheld one gives anything from none to all). The unknowns are
/// the counts in the cells of size class × province, the finest split a reader can tell apart.
///
/// A cell discloses when its members' answers follow: all of them no or all yes (for anyone), or
/// all of them but one (for that one member, who subtracts its own answer). A reader may also be a
/// member of another cell and use its own answer there; that is checked too.
public struct CrossTableAudit {
    public struct Cell: Sendable {
        public var row: Int, column: Int
        /// Answers in the cell, and how many of them count as positive (the truth, which the
        /// audit uses only to know which disclosures are possible).
        public var answered: Int, positive: Int

        public init(row: Int, column: Int, answered: Int, positive: Int) {
            self.row = row
            self.column = column
            self.answered = answered
            self.positive = positive
        }
    }

    public let cells: [Cell]
    private let network: BoundedCirculation
    /// Per cell: the index of its edge in `network`.
    private let edgeOfCell: [Int]

    /// A row, or a group of rows on the row side, with the count range a reader can infer for it.
    /// Cells belong to rows; a row node's parent is the smallest group that holds it (nil: none).
    public struct RowNode: Sendable {
        public var parent: Int?
        public var range: ClosedRange<Int>

        public init(parent: Int?, range: ClosedRange<Int>) {
            self.parent = parent
            self.range = range
        }
    }

    /// `national`, `rows`, `columns`: the count ranges a reader can infer for each published figure.
    public init(cells: [Cell], national: ClosedRange<Int>, rows: [ClosedRange<Int>], columns: [ClosedRange<Int>]) {
        self.init(cells: cells, national: national, rowNodes: rows.map { RowNode(parent: nil, range: $0) }, columns: columns)
    }

    /// Row-side groups that nest (size classes split into peer groups, or peer groups made of whole
    /// size classes) form a tree; with the columns it is still one network, so the audit stays exact.
    public init(cells: [Cell], national: ClosedRange<Int>, rowNodes: [RowNode], columns: [ClosedRange<Int>]) {
        self.cells = cells
        // Nodes: 0 source, 1 sink, then the row nodes, then the columns.
        var network = BoundedCirculation(nodes: 2 + rowNodes.count + columns.count)
        network.add(from: 1, to: 0, bounds: national)
        for (index, node) in rowNodes.enumerated() {
            network.add(from: node.parent.map { 2 + $0 } ?? 0, to: 2 + index, bounds: node.range)
        }
        for (index, range) in columns.enumerated() { network.add(from: 2 + rowNodes.count + index, to: 1, bounds: range) }
        edgeOfCell = cells.map { cell in
            network.add(from: 2 + cell.row, to: 2 + rowNodes.count + cell.column, bounds: 0...cell.answered)
        }
        self.network = network
    }

    /// The index of the first cell whose answers can be derived, leaving out the cells `isExcused`
    /// names (answers the rule publishes on purpose), or nil.
    public func firstDisclosedCell(excluding isExcused: (Int) -> Bool = { _ in false }) -> Int? {
        disclosedCells(stoppingAtFirst: true, excluding: isExcused).first
    }

    /// Every cell whose answers can be derived.
    public func disclosedCells() -> [Int] { disclosedCells(stoppingAtFirst: false, excluding: { _ in false }) }

    private func disclosedCells(stoppingAtFirst: Bool, excluding isExcused: (Int) -> Bool) -> [Int] {
        // Every published figure is consistent with the truth, so the tables always have a solution;
        // ranges that admit none were not made from the truth, and then nothing is safe.
        guard let base = network.solve() else { return Array(cells.indices) }
        var found: [Int] = []
        for index in cells.indices where !isExcused(index) && discloses(index, base: base) {
            found.append(index)
            if stoppingAtFirst { break }
        }
        return found
    }

    /// Whether the answers of this one cell can be derived.
    func discloses(_ index: Int) -> Bool {
        guard let base = network.solve() else { return true }
        return discloses(index, base: base)
    }

    private func discloses(_ index: Int, base: BoundedCirculation.Solution) -> Bool {
        let cell = cells[index]
        let n = cell.answered
        let x = cell.positive
        let edge = edgeOfCell[index]
        guard n > 0 else { return false }
        // A member of the cell with a positive answer learns the rest said no when the cell cannot hold two positives.
        if n >= 2, x == 1, !base.allows(edge: edge, in: 2...n) { return true }
        if n >= 2, x == n - 1, !base.allows(edge: edge, in: 0...(n - 2)) { return true }
        guard x == 0 || x == n else { return false }
        // The answers no reader could tell apart from the truth: at least one positive (when all said
        // no), or at least one not (when all said yes).
        let other: ClosedRange<Int> = x == 0 ? 1...n : 0...(n - 1)
        // Knowing one's own answer in another cell moves a bound by at most one, so a cell not yet
        // within one of the truth falls neither to an outsider nor to a reader.
        if n >= 2, base.allows(edge: edge, in: x == 0 ? 2...n : 0...(n - 2)) { return false }
        guard let moved = base.moving(edge: edge, into: other) else { return true }
        var witness = moved.fixing(edge: edge, to: other)
        for (readerIndex, reader) in cells.enumerated() where readerIndex != index {
            for own in Self.ownAnswerRanges(reader) {
                // A reader whose own answer fits a counter-example learns nothing from the tables.
                guard let next = witness.moving(edge: edgeOfCell[readerIndex], into: own) else { return true }
                witness = next
            }
        }
        return false
    }

    /// What a member of a cell knows from its own answer: at least one positive (it answered
    /// positively) or at most all but one (it did not); only those that are true.
    private static func ownAnswerRanges(_ cell: Cell) -> [ClosedRange<Int>] {
        var ranges: [ClosedRange<Int>] = []
        if cell.positive >= 1 { ranges.append(1...cell.answered) }
        if cell.positive <= cell.answered - 1 { ranges.append(0...(cell.answered - 1)) }
        return ranges
    }
}
