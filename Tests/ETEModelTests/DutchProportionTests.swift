import ETEModel
import Testing

/// The phrasing of the Stappenplan's example factsheet: each figure of SEED-FACTS §d.3 from the
/// count behind it (n = 54 unless said), in the style its sentence uses.
@Suite("Survey shares in words")
struct DutchProportionTests {
    private func words(_ count: Int, of base: Int, _ style: ProportionStyle, group: String? = nil) -> String {
        DutchPhrase.proportion(100 * Double(count) / Double(base), style, of: group).text
    }

    @Test func theExampleFactsheetsWords() {
        #expect(words(43, of: 54, .tenths, group: "deelnemers") == "acht op de tien deelnemers")  // 79.6%
        #expect(words(40, of: 54, .fractions) == "ongeveer driekwart")  // 74.1%
        #expect(words(12, of: 54, .roundedPercent) == "ruim 20%")  // 22.2%
        #expect(words(14, of: 54, .fractions, group: "deelnemers") == "ongeveer een kwart van de deelnemers")  // 25.9%
        #expect(words(29, of: 54, .fractions, group: "organisaties") == "ruim de helft van de organisaties")  // 53.7%
        #expect(words(31, of: 54, .tenths) == "bijna zes op de tien")  // 57.4%
        #expect(words(22, of: 54, .tenths) == "ongeveer vier op de tien")  // 40.7%
        #expect(words(16, of: 21, .fractions) == "ongeveer driekwart")  // 76.2%
        #expect(words(19, of: 54, .percent) == "35%")
    }

    @Test func theMarginsDecideTheQualifier() {
        #expect(DutchPhrase.proportion(80.5, .tenths).text == "acht op de tien")
        #expect(DutchPhrase.proportion(80.51, .tenths).text == "ongeveer acht op de tien")
        #expect(DutchPhrase.proportion(82, .tenths).text == "ongeveer acht op de tien")
        #expect(DutchPhrase.proportion(82.01, .tenths).text == "ruim acht op de tien")
        #expect(DutchPhrase.proportion(77.9, .tenths).text == "bijna acht op de tien")
        #expect(DutchPhrase.proportion(10, .tenths).text == "één op de tien")
        #expect(DutchPhrase.proportion(45, .tenths).text == "bijna vijf op de tien")
        #expect(DutchPhrase.proportion(50, .fractions).text == "de helft")
        #expect(DutchPhrase.proportion(71, .fractions).text == "bijna driekwart")
        #expect(DutchPhrase.proportion(75.5, .roundedPercent).text == "75%")
        #expect(DutchPhrase.proportion(41.9, .roundedPercent).text == "ongeveer 40%")
    }

    /// Where no round value is near, the exact percentage is written, never a wrong word.
    @Test func farFromARoundValueTheFigureItselfIsWritten() {
        #expect(DutchPhrase.proportion(35, .fractions, of: "deelnemers").text == "35% van de deelnemers")
        #expect(DutchPhrase.proportion(3, .tenths, of: "deelnemers").text == "3% van de deelnemers")
        #expect(DutchPhrase.proportion(97, .tenths).text == "97%")
        #expect(DutchPhrase.proportion(0, .fractions).text == "0%")
        #expect(DutchPhrase.proportion(2, .roundedPercent).text == "2%")
    }

    @Test func theVerbAgreesWithThePhrase() {
        let tenths = DutchPhrase.proportion(80, .tenths, of: "deelnemers")
        #expect("\(tenths.capitalised) \(tenths.verb("vindt", "vinden"))" == "Acht op de tien deelnemers vinden")
        let fraction = DutchPhrase.proportion(74, .fractions, of: "deelnemers")
        #expect("\(fraction.capitalised) \(fraction.verb("vindt", "vinden"))" == "Ongeveer driekwart van de deelnemers vindt")
        let exact = DutchPhrase.proportion(3, .tenths, of: "deelnemers")
        #expect(exact.verb("vindt", "vinden") == "vindt")
    }
}
