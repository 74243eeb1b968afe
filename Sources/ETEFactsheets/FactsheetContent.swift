import ETEModel

/// The factsheet as renderer-neutral blocks, built once from the input and rendered to HTML and
/// Word alike, so both say the same.
struct FactsheetContent {
    struct Table {
        var header: [String]
        var rows: [[String]]
        /// Columns (by index) that hold figures, aligned right.
        var numeric: Set<Int>
    }

    /// Loneliness over the survey years: the municipality's line beside the national one.
    struct Trend {
        var years: [Int]
        var own: [Double?]
        var national: [Double?]
        var ownName: String
        var description: String

        static let caption = "Eenzaam (18+), % van de inwoners"

        /// The top of the value axis in percent: 60, or the next ten above the highest value.
        var axisMaximum: Double {
            let highest = (own + national).compactMap { $0 }.max() ?? 0
            return max(60, (highest / 10).rounded(.up) * 10)
        }
    }

    /// Shares as horizontal bars, one per item (a share not shown is no bar, marked with its symbol).
    struct Bars {
        /// Unique on the page (it names the chart's title and description).
        var id: String
        var title: String
        /// The groups compared within each item (a legend when more than one; empty for one plain series).
        var series: [String] = []
        /// Per item its shares in percent, one per series (unrounded; shown as whole percentages).
        var items: [(label: String, values: [Double?])]

        /// The text alternative: every bar with its value.
        var description: String {
            func shown(_ value: Double?) -> String { value.map(DutchPhrase.percent) ?? StatisticalSymbol.secret.symbol }
            return title + ": "
                + items.map { item in
                    item.label + " "
                        + (series.count > 1
                            ? zip(series, item.values).map { "\($0) \(shown($1))" }.joined(separator: ", ")
                            : item.values.map(shown).joined(separator: ", "))
                }.joined(separator: "; ") + "."
        }
    }

    /// A bullet, optionally with an address to read more.
    struct ListItem {
        var text: String
        var link: String? = nil
    }

    enum Block {
        case paragraph(String)
        case note(String)
        case table(Table)
        case trend(Trend)
        case bars(Bars)
        /// A heading inside a section (a pillar) with its bullets, kept together on the page.
        case list(heading: String, items: [ListItem])
    }

    struct Section {
        var heading: String
        var blocks: [Block]
        /// Short blocks that print side by side in two columns, so a long list still fits the page.
        var inTwoColumns = false

        /// The section's trend chart, if it has one.
        var trend: Trend? {
            blocks.lazy.compactMap { block -> Trend? in if case .trend(let trend) = block { trend } else { nil } }.first
        }
    }

    var title: String
    var subtitle: String
    /// "Vertrouwelijk: alleen voor gemeente X en VWS" on a municipality's own factsheet; nil on a public one.
    var confidentiality: String? = nil
    /// The fictitious-data notice, when demo answers are shown.
    var notice: String?
    var sections: [Section]
    /// Sources and explanations printed at the foot.
    var footer: [String]
}
