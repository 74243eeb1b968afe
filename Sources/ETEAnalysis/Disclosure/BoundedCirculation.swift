/// Whether whole amounts can flow through a small network so that every edge stays between its
/// lower and upper bound and every node passes on what it receives (a feasible circulation).
///
/// The disclosure audit uses it for a table of counts between two partitions (size class ×
/// province): such a table is a network, its constraint matrix is totally unimodular, so what
/// whole counts allow is exactly what the linear relaxation allows, and a feasibility test
/// answers "can this cell be 0?" without an LP solver.
public struct BoundedCirculation: Sendable {
    public struct Edge: Sendable {
        public var from: Int, to: Int, bounds: ClosedRange<Int>
    }

    public let nodes: Int
    public private(set) var edges: [Edge] = []

    public init(nodes: Int) { self.nodes = nodes }

    /// Adds an edge; returns its index, so callers can tighten its bounds later.
    @discardableResult
    public mutating func add(from: Int, to: Int, bounds: ClosedRange<Int>) -> Int {
        edges.append(Edge(from: from, to: to, bounds: bounds))
        return edges.count - 1
    }

    /// A feasible flow together with its residual network, which answers "could this one edge
    /// carry a different amount?" with a small search instead of a whole new flow. Every feasible
    /// flow is this one plus cycles of the residual network, so an edge can rise by `d` when `d`
    /// units can return from its end to its start without using the edge itself, and fall likewise.
    public struct Solution: Sendable {
        fileprivate var network: BoundedCirculation
        /// Remaining room per ordered pair of nodes: for an edge, upper bound minus amount forward
        /// and amount minus lower bound backward.
        fileprivate var residual: [Int]
        fileprivate let size: Int

        /// The amount on an edge.
        public func flow(_ index: Int) -> Int {
            let edge = network.edges[index]
            return edge.bounds.upperBound - residual[edge.from * size + edge.to]
        }

        /// Whether some feasible flow puts an amount within `range` on `edge`.
        public func allows(edge index: Int, in range: ClosedRange<Int>) -> Bool { moving(edge: index, into: range) != nil }

        /// A feasible flow with the edge's amount within `range` (this one when it already is), or
        /// nil when there is none. The bounds stay as they are.
        public func moving(edge index: Int, into range: ClosedRange<Int>) -> Solution? {
            let edge = network.edges[index]
            let current = flow(index)
            if range.contains(current) { return self }
            let rising = current < range.lowerBound
            let (start, end) = rising ? (edge.from, edge.to) : (edge.to, edge.from)
            let needed = rising ? range.lowerBound - current : current - range.upperBound
            guard residual[start * size + end] >= needed else { return nil }
            var moved = self
            let back = residual[end * size + start]
            moved.residual[end * size + start] = 0
            guard BoundedCirculation.maximumFlow(&moved.residual, size: size, from: end, to: start, enough: needed) >= needed else {
                return nil
            }
            moved.residual[start * size + end] -= needed
            moved.residual[end * size + start] = back + needed
            return moved
        }

        /// This flow with an edge's bounds narrowed to `range`, which must hold its amount.
        public func fixing(edge index: Int, to range: ClosedRange<Int>) -> Solution {
            var fixed = self
            let edge = network.edges[index]
            let current = flow(index)
            precondition(range.contains(current), "the flow must already lie within the new bounds")
            fixed.network.edges[index].bounds = range
            fixed.residual[edge.from * size + edge.to] = range.upperBound - current
            fixed.residual[edge.to * size + edge.from] = current - range.lowerBound
            return fixed
        }
    }

    /// One feasible flow with some edges' bounds narrowed (intersected with the given ranges; an
    /// empty intersection is infeasible), or nil when none exists. Edges must join distinct ordered pairs of nodes,
    /// so an edge's amount can be read back from the residual network.
    public func solve(tightening: [Int: ClosedRange<Int>] = [:]) -> Solution? {
        // The usual reduction: send each lower bound up front, then ask a maximum flow from a
        // super source to a super sink to repair the imbalance that leaves.
        let source = nodes
        let sink = nodes + 1
        let size = nodes + 2
        var capacity = [Int](repeating: 0, count: size * size)
        var imbalance = [Int](repeating: 0, count: nodes)
        var bounds = edges.map(\.bounds)
        for (index, edge) in edges.enumerated() {
            if let extra = tightening[index] {
                guard bounds[index].overlaps(extra) else { return nil }
                bounds[index] = bounds[index].clamped(to: extra)
            }
            capacity[edge.from * size + edge.to] = bounds[index].upperBound - bounds[index].lowerBound
            imbalance[edge.to] += bounds[index].lowerBound
            imbalance[edge.from] -= bounds[index].lowerBound
        }
        var required = 0
        for node in 0..<nodes where imbalance[node] != 0 {
            if imbalance[node] > 0 {
                capacity[source * size + node] += imbalance[node]
                required += imbalance[node]
            } else {
                capacity[node * size + sink] -= imbalance[node]
            }
        }
        guard Self.maximumFlow(&capacity, size: size, from: source, to: sink, enough: required) >= required else { return nil }
        var tightened = self
        for (index, range) in bounds.enumerated() { tightened.edges[index].bounds = range }
        // The super source and sink are saturated, so no path of the residual network passes them.
        return Solution(network: tightened, residual: capacity, size: size)
    }

    /// Edmonds–Karp on a dense capacity matrix (the networks here have a few dozen nodes).
    fileprivate static func maximumFlow(_ capacity: inout [Int], size: Int, from source: Int, to sink: Int, enough: Int) -> Int {
        var flow = 0
        var previous = [Int](repeating: -1, count: size)
        while flow < enough {
            for index in previous.indices { previous[index] = -1 }
            previous[source] = source
            var queue = [source]
            var head = 0
            while head < queue.count, previous[sink] < 0 {
                let node = queue[head]
                head += 1
                for next in 0..<size where previous[next] < 0 && capacity[node * size + next] > 0 {
                    previous[next] = node
                    queue.append(next)
                }
            }
            guard previous[sink] >= 0 else { break }
            var push = enough - flow
            var node = sink
            while node != source {
                push = min(push, capacity[previous[node] * size + node])
                node = previous[node]
            }
            node = sink
            while node != source {
                capacity[previous[node] * size + node] -= push
                capacity[node * size + previous[node]] += push
                node = previous[node]
            }
            flow += push
        }
        return flow
    }
}
