import ETEModel

/// Loneliness prevalence per municipality and nationally, in the columns of the bundled RIVM
/// figures (so newer Gezondheidsmonitor figures load the same way). A region is NL01 or a CBS
/// code in the boundaries of the survey year, which may no longer exist: it is not resolved
/// against today's list, but must be a well-formed code and carry a name unless it is current.
struct PrevalenceImporter: CSVImporter {
    static let columns: [ColumnSpec] = [
        .required("cbs_code", "code", "regiocode", "gemeentecode"), .optional("name", "naam", "gemeente"),
        .optional("region_type", "soort_regio"), .required("year", "jaar"), .required("age_group", "leeftijd"),
        .optional("pct_lonely", "eenzaam"), .optional("pct_severely_lonely", "ernstig_eenzaam"),
        .optional("pct_emotionally_lonely", "emotioneel_eenzaam"), .optional("pct_socially_lonely", "sociaal_eenzaam"),
        .optional("code_in_2024_list"), .optional("bron", "source"),
    ]

    private static let shareColumns = ["pct_lonely", "pct_severely_lonely", "pct_emotionally_lonely", "pct_socially_lonely"]

    func run(_ table: CSVTable, _ context: ImportContext) throws -> ImportSummary {
        let current = Dictionary(uniqueKeysWithValues: try context.transaction.reader.municipalities().map { ($0.code, $0.name) })
        var seen = DuplicateGuard<[String]>()
        var rows = 0
        for row in table.rows {
            let region = self.region(row)
            let year = row.integer("year", in: 1990...2100, required: true)
            let ageGroup = self.ageGroup(row)
            let shares = Self.shareColumns.map { row.decimal($0, in: 0...100) }
            guard let region, let year, let ageGroup else { continue }
            guard shares.contains(where: { $0 != nil }) else {
                row.report("pct_lonely", "geen enkel percentage ingevuld; verwacht minstens pct_lonely (eenzaam)")
                continue
            }
            if let lonely = shares[0], let severely = shares[1], severely > lonely {
                row.report(
                    "pct_severely_lonely",
                    "ernstig eenzaam (\(DutchNumber.format(severely))%) is meer dan eenzaam (\(DutchNumber.format(lonely))%); ernstig eenzamen horen bij de eenzamen"
                )
                continue
            }
            guard let name = self.name(row, region: region, current: current) else { continue }
            let key = [region.code, String(year), ageGroup.rawValue]
            guard seen.admit(key, row: row, column: "cbs_code", what: "\(region.code) \(year) \(ageGroup.rawValue)") else { continue }
            try context.transaction.upsert(
                LonelinessPrevalence(
                    region: region, regionName: name, year: year, ageGroup: ageGroup, lonely: shares[0], severelyLonely: shares[1],
                    emotionallyLonely: shares[2], sociallyLonely: shares[3],
                    source: row.text("bron") ?? LonelinessPrevalence.rivmSource))
            rows += 1
        }
        return ImportSummary(kind: .prevalence, fileName: context.fileName, rows: rows)
    }

    private func region(_ row: CSVRow) -> PrevalenceRegion? {
        guard let text = row.required("cbs_code") else { return nil }
        guard let region = PrevalenceRegion(code: text) else {
            row.report(
                "cbs_code", "\(DutchText.quoted(text)) is geen regiocode; verwacht NL01 (Nederland) of een CBS-gemeentecode als GM0363")
            return nil
        }
        return region
    }

    private func ageGroup(_ row: CSVRow) -> PrevalenceAgeGroup? {
        guard let text = row.required("age_group") else { return nil }
        let normalised = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "jaarenouder", with: "+")
        guard let group = PrevalenceAgeGroup(rawValue: normalised) else {
            row.report("age_group", "\(DutchText.quoted(text)) is geen leeftijdsgroep; verwacht 18+ of 65+")
            return nil
        }
        return group
    }

    /// The name in the file; for a current municipality or the country it may be left out.
    private func name(_ row: CSVRow, region: PrevalenceRegion, current: [MunicipalityCode: String]) -> String? {
        if let name = row.text("name") { return name }
        switch region {
        case .national: return "Nederland"
        case .municipality(let code):
            if let name = current[code] { return name }
            row.report(
                row.table.has("name") ? "name" : "cbs_code",
                "\(code) is geen gemeente van nu; vul de naam in die de bron gebruikt (kolom name of naam)")
            return nil
        }
    }
}
