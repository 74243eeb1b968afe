import ETEModel
import ETEStore
import Foundation

/// The "vergelijkbare gemeenten": groups with about `respondentsPerGroup` respondents (without
/// respondents: about `targetSize` municipalities) that resemble each other on CBS characteristics (population, share 65+, single-person households, address
/// density), computed deterministically.
///
/// Each group lies within one size class, or is a union of whole size classes (the largest and
/// the smallest municipalities, whose classes are too small on their own). The groups are
/// disjoint. Both choices are for the disclosure rule: groups built around each municipality would
/// overlap, and the difference between two neighbours' groups is one or two municipalities, so an
/// audit would have to withhold nearly every figure. Nested disjoint groups keep size classes,
/// peer groups and provinces one network, which `CrossTableAudit` checks exactly.
public struct PeerClusters: Sendable {
    public static let targetSize = 20
    /// With the year's respondents known, a size class is split into as many groups as it has
    /// 25 respondents: smaller groups would have most of their figures withheld by the disclosure
    /// rule (at 8 per group 57% of the pillar scores, at 25 per group 14%), and a comparison that
    /// is mostly "x" tells a municipality nothing. Membership still follows the CBS characteristics
    /// only; the number of respondents per size class is public (the n of every table).
    public static let respondentsPerGroup = 25

    /// A group's name, unique in a year: "20.000 tot 50.000 inwoners, groep 3 van 8".
    public let groupOf: [MunicipalityCode: String]
    /// Group names in a fixed order (by size class, then group number).
    public let names: [String]
    /// Municipalities whose characteristics were not in the CBS figures and were taken from
    /// their predecessors (or, without those, the middle of their size class), for the explanation.
    public let estimated: [MunicipalityCode: String]

    /// `municipalities` with the population (and size class) of the year; `respondents`: who
    /// answered that year's benchmark (only how many per size class is used).
    public init(
        municipalities: [Municipality], characteristics: [MunicipalityCode: MunicipalityCharacteristics],
        directory: MunicipalityDirectory = .bundled, respondents: Set<MunicipalityCode>? = nil
    ) {
        var groupOf: [MunicipalityCode: String] = [:]
        var names: [String] = []
        var estimated: [MunicipalityCode: String] = [:]
        for block in Self.blocks(municipalities) {
            let label = Self.label(of: block.classes)
            let points = block.members.map { municipality in
                let (point, note) = Self.features(of: municipality, characteristics: characteristics, directory: directory)
                if let note { estimated[municipality.code] = note }
                return (code: municipality.code, point: point)
            }
            let filled = Self.fillingGaps(points)
            let perBlock =
                respondents.map { set in max(1, block.members.filter { set.contains($0.code) }.count / Self.respondentsPerGroup) }
                ?? max(1, block.members.count / Self.targetSize)
            let count = block.classes.count == 1 ? perBlock : 1
            let groups = Self.split(Self.standardised(filled), into: count)
            for (index, group) in groups.enumerated() {
                let name = count == 1 ? label : "\(label), groep \(index + 1) van \(count)"
                names.append(name)
                for code in group { groupOf[code] = name }
            }
        }
        self.groupOf = groupOf
        self.names = names
        self.estimated = estimated
    }

    /// Size classes from the largest down, gathered until a block holds `targetSize` municipalities;
    /// a remainder at the bottom stays a block of its own.
    static func blocks(_ municipalities: [Municipality]) -> [(classes: [SizeClass], members: [Municipality])] {
        let byClass = Dictionary(grouping: municipalities, by: \.sizeClass)
        var blocks: [(classes: [SizeClass], members: [Municipality])] = []
        var pending: (classes: [SizeClass], members: [Municipality]) = ([], [])
        for sizeClass in SizeClass.allCases.reversed() {
            pending.classes.insert(sizeClass, at: 0)
            pending.members += byClass[sizeClass] ?? []
            if pending.members.count >= targetSize {
                blocks.append(pending)
                pending = ([], [])
            }
        }
        if !pending.members.isEmpty { blocks.append(pending) }
        return blocks.reversed()
    }

    static func label(of classes: [SizeClass]) -> String {
        guard let first = classes.first, let last = classes.last, classes.count > 1 else { return classes[0].dutchLabel }
        if last == .atLeast250k { return "\(DutchNumber.thousands(SizeClass.lowerBounds[first.rawValue - 2])) inwoners of meer" }
        if first == .below5k { return "minder dan \(DutchNumber.thousands(SizeClass.lowerBounds[last.rawValue - 1])) inwoners" }
        return
            "\(DutchNumber.thousands(SizeClass.lowerBounds[first.rawValue - 2])) tot \(DutchNumber.thousands(SizeClass.lowerBounds[last.rawValue - 1])) inwoners"
    }

    /// log population, share 65+, share single-person households, log address density; nil where unknown.
    static func features(
        of municipality: Municipality, characteristics: [MunicipalityCode: MunicipalityCharacteristics],
        directory: MunicipalityDirectory
    ) -> (point: [Double?], note: String?) {
        let population = log(Double(max(municipality.population, 1)))
        if let own = characteristics[municipality.code] {
            return ([population, own.share65Plus, own.singlePersonHouseholds, own.addressDensity.map { log(max($0, 1)) }], nil)
        }
        // A municipality formed later: its predecessors' figures weighted by their residents.
        guard let combined = combined(municipality.code, characteristics: characteristics, directory: directory) else {
            return ([population, nil, nil, nil], "geen CBS-kenmerken; ingedeeld op inwonertal en het midden van de grootteklasse")
        }
        let names = combined.names.sorted().joined(separator: ", ")
        return (
            [
                population, combined.figures.share65Plus, combined.figures.singlePersonHouseholds,
                combined.figures.addressDensity.map { log(max($0, 1)) },
            ],
            "kenmerken van 2020 berekend uit de voorgangers (\(names)), gewogen naar inwoners"
        )
    }

    /// The characteristics of a municipality formed after the reference year: those of its sole
    /// predecessors weighted by their residents, each predecessor by the same rule (a chain of
    /// mergers), with the names of the municipalities whose figures were used.
    static func combined(
        _ code: MunicipalityCode, characteristics: [MunicipalityCode: MunicipalityCharacteristics], directory: MunicipalityDirectory
    ) -> (figures: MunicipalityCharacteristics, names: [String])? {
        if let own = characteristics[code] { return (own, [own.name]) }
        let parts = directory.mergers.predecessors(of: code)
            .compactMap { combined($0.code, characteristics: characteristics, directory: directory) }
        guard !parts.isEmpty else { return nil }
        let weight = Double(parts.map(\.figures.population).reduce(0, +))
        func weighted(_ value: (MunicipalityCharacteristics) -> Double?) -> Double? {
            let values = parts.compactMap { part in value(part.figures).map { $0 * Double(part.figures.population) } }
            return values.count == parts.count && weight > 0 ? values.reduce(0, +) / weight : nil
        }
        let figures = MunicipalityCharacteristics(
            code: code, name: "", population: parts.map(\.figures.population).reduce(0, +), share65Plus: weighted(\.share65Plus),
            singlePersonHouseholds: weighted(\.singlePersonHouseholds), addressDensity: weighted(\.addressDensity))
        return (figures, parts.flatMap(\.names))
    }

    /// Unknown values become the block's median of that feature, so they pull nowhere.
    static func fillingGaps(_ points: [(code: MunicipalityCode, point: [Double?])]) -> [(code: MunicipalityCode, point: [Double])] {
        let dimensions = points.first?.point.count ?? 0
        let medians = (0..<dimensions).map { dimension -> Double in
            let known = points.compactMap { $0.point[dimension] }.sorted()
            return known.isEmpty ? 0 : known[known.count / 2]
        }
        return points.map { ($0.code, $0.point.enumerated().map { $1 ?? medians[$0] }) }
    }

    /// Each feature divided by its spread in the block, so no unit dominates the distance.
    static func standardised(_ points: [(code: MunicipalityCode, point: [Double])]) -> [(code: MunicipalityCode, point: [Double])] {
        guard let dimensions = points.first?.point.count, points.count > 1 else { return points }
        let spreads = (0..<dimensions).map { dimension -> Double in
            let values = points.map { $0.point[dimension] }
            let mean = values.reduce(0, +) / Double(values.count)
            let variance = values.map { ($0 - mean) * ($0 - mean) }.reduce(0, +) / Double(values.count)
            return variance > 0 ? variance.squareRoot() : 1
        }
        return points.map { ($0.code, $0.point.enumerated().map { $1 / spreads[$0] }) }
    }

    /// Recursive halving along the feature with the widest range, sizes in proportion to the
    /// number of groups each half gets; ties broken by code, so the result never varies.
    static func split(_ points: [(code: MunicipalityCode, point: [Double])], into count: Int) -> [[MunicipalityCode]] {
        guard count > 1, points.count > 1 else { return [points.map(\.code).sorted()] }
        let dimensions = points[0].point.count
        let widest = (0..<dimensions).max { lhs, rhs in
            let left = points.map { $0.point[lhs] }
            let right = points.map { $0.point[rhs] }
            return (left.max()! - left.min()!, rhs) < (right.max()! - right.min()!, lhs)
        }!
        let ordered = points.sorted { ($0.point[widest], $0.code) < ($1.point[widest], $1.code) }
        let lowerCount = count / 2
        let cut = ordered.count * lowerCount / count
        return split(Array(ordered[..<cut]), into: lowerCount) + split(Array(ordered[cut...]), into: count - lowerCount)
    }
}
