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
    }

    enum Block {
        case paragraph(String)
        case note(String)
        case table(Table)
        case bullets([String])
        case trend(Trend)
        /// A pillar's heading inside a section.
        case subheading(String)
    }

    struct Section {
        var heading: String
        var blocks: [Block]
    }

    var title: String
    var subtitle: String
    /// The fictitious-data notice, when demo answers are shown.
    var notice: String?
    var sections: [Section]
    /// Sources and explanations printed at the foot.
    var footer: [String]
}
