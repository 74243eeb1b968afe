/// CBS background figures of a municipality that say which municipalities resemble each other
/// (Kerncijfers wijken en buurten). Population is the only one kept current; the others are of
/// the reference year and may be missing for a municipality formed after it.
public struct MunicipalityCharacteristics: Sendable, Hashable {
    public var code: MunicipalityCode
    public var name: String
    public var population: Int
    /// Percent of residents aged 65 or older.
    public var share65Plus: Double?
    /// Percent of households that are one person.
    public var singlePersonHouseholds: Double?
    /// Surrounding-address density (omgevingsadressendichtheid), addresses per km²: CBS's measure of urbanity.
    public var addressDensity: Double?

    public init(
        code: MunicipalityCode, name: String, population: Int, share65Plus: Double?, singlePersonHouseholds: Double?,
        addressDensity: Double?
    ) {
        self.code = code
        self.name = name
        self.population = population
        self.share65Plus = share65Plus
        self.singlePersonHouseholds = singlePersonHouseholds
        self.addressDensity = addressDensity
    }
}
