/// One publication of a benchmark year's figures: who was in which group and which figures were
/// withheld. A corrected release must not let a reader learn answers from the difference with an
/// earlier one, so each publication is kept.
public struct BenchmarkRelease: Sendable, Equatable {
    /// The partition that holds all respondents as one group.
    public static let nationalPartition = "landelijk", nationalGroup = "Nederland"

    public var year: Int
    /// 1, 2, … in order of publication.
    public var number: Int
    public var publishedOn: Day
    /// Per partition (`nationalPartition` included), per group: its respondents.
    public var members: [String: [String: Set<MunicipalityCode>]]
    /// Per partition, per group: the keys of the withheld figures.
    public var withheld: [String: [String: Set<String>]]

    public init(
        year: Int, number: Int, publishedOn: Day, members: [String: [String: Set<MunicipalityCode>]],
        withheld: [String: [String: Set<String>]]
    ) {
        self.year = year
        self.number = number
        self.publishedOn = publishedOn
        self.members = members
        self.withheld = withheld
    }

    /// Whether this release would publish the same groups with the same decisions as `other`.
    public func decidesLike(_ other: BenchmarkRelease) -> Bool { members == other.members && withheld == other.withheld }

    /// How many group figures this release withholds that `earlier` published (groups that changed since).
    public func newlyWithheld(comparedWith earlier: BenchmarkRelease) -> Int {
        withheld.reduce(0) { total, partition in
            total
                + partition.value.reduce(0) { count, group in
                    count + group.value.subtracting(earlier.withheld[partition.key]?[group.key] ?? []).count
                }
        }
    }
}
