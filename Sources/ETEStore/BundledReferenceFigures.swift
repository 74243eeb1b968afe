import ETEModel

/// RIVM loneliness prevalence and CBS municipality characteristics shipped with the program
/// (both CC BY 4.0; built by scripts/build-reference-resources.py, attribution in the headers).
public enum BundledReferenceFigures {
    /// The municipal boundaries both tables use.
    public static let boundaryYear = 2020

    /// Every prevalence row of Resources/eenzaamheid-rivm.tsv.
    public static func prevalence() throws -> [LonelinessPrevalence] {
        let resource = "eenzaamheid-rivm"
        return try BundledTable.rows(resource, columns: 8).map { fields in
            guard let region = PrevalenceRegion(code: fields[0]), let year = Int(fields[2]),
                let ageGroup = PrevalenceAgeGroup(rawValue: fields[3])
            else { throw unreadable(resource, fields) }
            let shares = try fields[4...7].map { text -> Double? in
                guard !text.isEmpty else { return nil }
                guard let value = Double(text) else { throw unreadable(resource, fields) }
                return value
            }
            return LonelinessPrevalence(
                region: region, regionName: fields[1], year: year, ageGroup: ageGroup, lonely: shares[0],
                severelyLonely: shares[1], emotionallyLonely: shares[2], sociallyLonely: shares[3])
        }
    }

    /// Every municipality of Resources/kenmerken-cbs-2020.tsv, by code.
    public static func characteristics() throws -> [MunicipalityCode: MunicipalityCharacteristics] {
        let resource = "kenmerken-cbs-2020"
        let rows = try BundledTable.rows(resource, columns: 7).map { fields in
            guard let code = MunicipalityCode(fields[0]), let population = Int(fields[2]) else { throw unreadable(resource, fields) }
            return MunicipalityCharacteristics(
                code: code, name: fields[1], population: population, share65Plus: Double(fields[3]),
                singlePersonHouseholds: Double(fields[4]), addressDensity: Double(fields[5]))
        }
        return Dictionary(rows.map { ($0.code, $0) }) { first, _ in first }
    }

    private static func unreadable(_ resource: String, _ fields: [String]) -> StoreError {
        .missingResource("\(resource).tsv (onleesbare regel: \(fields.joined(separator: " ")))")
    }
}
