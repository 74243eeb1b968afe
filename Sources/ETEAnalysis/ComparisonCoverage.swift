import ETEModel

/// How much of the comparison a year's municipality outputs can show: per kind of comparison
/// (landelijk, grootteklasse, provincie, vergelijkbaar), the share of pillar-score cells that the
/// disclosure rule withholds over all municipalities' factsheets and workbooks.
public enum ComparisonCoverage {
    public static func withheldShare(_ overview: BenchmarkOverview) -> [(kind: MunicipalityBenchmark.Comparison.Kind, share: Double)] {
        var cells: [MunicipalityBenchmark.Comparison.Kind: (withheld: Int, total: Int)] = [:]
        for municipality in overview.municipalities {
            for comparison in MunicipalityBenchmark(overview: overview, municipality: municipality).comparisons {
                let withheld = Pillar.allCases.filter { comparison.group.pillarScore($0) == nil }.count
                cells[comparison.kind, default: (0, 0)].withheld += withheld
                cells[comparison.kind, default: (0, 0)].total += Pillar.allCases.count
            }
        }
        return MunicipalityBenchmark.Comparison.Kind.allCases.compactMap { kind in
            cells[kind].map { (kind, $0.total == 0 ? 0 : Double($0.withheld) / Double($0.total)) }
        }
    }
}
