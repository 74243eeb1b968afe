import ETEModel

/// The 342 municipalities of 2024 shipped with the program (source: CBS, CC BY 4.0;
/// see the header of Resources/gemeenten-2024.tsv).
public enum BundledMunicipalities {
    public static let resourceName = "gemeenten-2024.tsv"
    /// The population in the resource is that of 31 December of this year.
    public static let populationYear = 2024
    /// The list is CBS's municipal division of this day.
    public static let referenceDate = Day.firstOfJanuary(2024)
    public static let count = 342
    public static let source = "CBS, Gemeenten alfabetisch 2024 (ingebouwd)"

    public static func load() throws -> [Municipality] {
        try BundledTable.rows("gemeenten-2024", columns: 4).map(municipality)
    }

    private static func municipality(_ fields: [String]) throws -> Municipality {
        guard let code = MunicipalityCode(fields[0]), let population = Int(fields[3]) else {
            throw StoreError.missingResource("\(resourceName) (onleesbare regel: \(fields.joined(separator: " ")))")
        }
        return Municipality(code: code, name: fields[1], province: fields[2], population: population)
    }
}
