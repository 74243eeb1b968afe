import ETEModel
import Foundation

/// The 342 municipalities of 2024 shipped with the program (source: CBS, CC BY 4.0;
/// see the header of Resources/gemeenten-2024.tsv).
public enum BundledMunicipalities {
    public static let resourceName = "gemeenten-2024.tsv"
    /// The population in the resource is that of 31 December of this year.
    public static let populationYear = 2024

    public static func load() throws -> [Municipality] {
        guard let url = Bundle.module.url(forResource: "gemeenten-2024", withExtension: "tsv") else {
            throw StoreError.missingResource(resourceName)
        }
        return try parse(String(contentsOf: url, encoding: .utf8))
    }

    static func parse(_ text: String) throws -> [Municipality] {
        try text.split(separator: "\n").filter { !$0.hasPrefix("#") }.map { line in
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, let code = MunicipalityCode(fields[0]), let population = Int(fields[3]) else {
                throw StoreError.missingResource("\(resourceName) (onleesbare regel: \(line))")
            }
            return Municipality(code: code, name: fields[1], province: fields[2], population: population)
        }
    }
}
