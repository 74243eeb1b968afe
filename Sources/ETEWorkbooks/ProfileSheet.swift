import ETEAnalysis
import ETEModel
import XlsxWriter

/// The distribution of policy profiles nationally, per size class and per province, each share
/// under the disclosure rule (a withheld share shows the secret symbol), with the rules' source.
struct ProfileSheet {
    let overview: BenchmarkOverview
    let rules: PolicyProfileRules

    func write(_ sheet: Worksheet) throws {
        let profiles = rules.profiles
        try sheet.setColumnWidth(0, width: 40)
        try sheet.setColumnWidth(1, profiles.count + 1, width: 16)
        try sheet.write(
            "Beleidsprofiel \(overview.year): welk soort eenzaamheidsbeleid voeren gemeenten?", row: 0, column: 0,
            format: WorkbookStyle.title)
        try sheet.writeRow(["Groep", "Beoordeeld (n)"] + profiles.map { "% \($0.name)" }, row: 2, format: WorkbookStyle.header)
        sheet.freezePanes(row: 3, column: 1)
        var row = 3
        let sections: [(String?, [PeerGroup])] = [
            (nil, [overview.nation]),
            ("Per grootteklasse", SizeClass.allCases.compactMap { overview.sizeClasses[$0] }),
            ("Per provincie", overview.provinceNames.compactMap { overview.provinces[$0] }),
        ]
        for (heading, groups) in sections {
            if let heading {
                try sheet.write(heading, row: row, column: 0, format: WorkbookStyle.pillar)
                row += 1
            }
            for group in groups {
                try sheet.write(group.name, row: row, column: 0, format: WorkbookStyle.text)
                try sheet.write(group.profiled, row: row, column: 1, format: WorkbookStyle.whole)
                for (column, profile) in profiles.enumerated() {
                    try sheet.writePercentage(
                        group.profileShare(profile), row: row, column: column + 2, absent: group.symbol(for: .profile(profile.id)))
                }
                row += 1
            }
        }
        row += 1
        for profile in profiles {
            try sheet.write("\(profile.name): \(profile.description)", row: row, column: 0, format: WorkbookStyle.footnote)
            row += 1
        }
        try sheet.write(
            "Indeling naar \(rules.source), vertaald naar benchmarkvragen in templates/beleidsprofiel/regels.yaml.", row: row, column: 0,
            format: WorkbookStyle.footnote)
        try sheet.write(WorkbookTexts.suppressionNote, row: row + 1, column: 0, format: WorkbookStyle.footnote)
    }
}
