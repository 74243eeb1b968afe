import ETEModel
import Testing

@Suite("Dutch phrasing of figures")
struct DutchPhraseTests {
    @Test func percentagesRoundHalfAwayFromZero() {
        #expect(DutchPhrase.percent(24) == "24%")
        #expect(DutchPhrase.percent(24.5) == "25%")
        #expect(DutchPhrase.percent(24.49) == "24%")
        #expect(DutchPhrase.percent(0.245 * 100) == "25%")  // 24.500000000000004 in binary
        #expect(DutchPhrase.percent(0.285 * 100) == "29%")  // 28.499999999999996 in binary
        #expect(DutchPhrase.percent(-2.5) == "-3%")
        #expect(DutchPhrase.percent(100) == "100%")
    }

    @Test func countsUseThousandsDots() {
        #expect(DutchPhrase.count(50_412) == "50.412")
        #expect(DutchPhrase.count(999) == "999")
        #expect(DutchPhrase.count(1_234_567.5) == "1.234.568")
    }

    @Test func qualifiedApproximations() {
        #expect(DutchPhrase.approximately(50_412, .atLeast) == "zeker 50.000")
        #expect(DutchPhrase.approximately(788, .almost) == "bijna 800")
        #expect(DutchPhrase.approximately(594, .almost) == "bijna 600")
        #expect(DutchPhrase.approximately(81, .over, percent: true) == "ruim 80%")
        #expect(DutchPhrase.approximately(61, .around, percent: true) == "rond 60%")
        #expect(DutchPhrase.approximately(75, .around, percent: true) == "rond 75%")
        #expect(DutchPhrase.approximately(59.4, .about) == "ongeveer 60")
        // Already round: no qualifier; too far off: the exact figure.
        #expect(DutchPhrase.approximately(800, .almost) == "800")
        #expect(DutchPhrase.approximately(510, .almost) == "510")
        #expect(DutchPhrase.approximately(3, .over) == "3")
    }

    @Test func changeBetweenYears() {
        #expect(DutchPhrase.change(from: 34, in: 2023, to: 24, in: 2024) == "gedaald van 34% in 2023 naar 24% in 2024")
        #expect(DutchPhrase.change(from: 73, in: 2023, to: 81, in: 2024) == "gestegen van 73% in 2023 naar 81% in 2024")
        #expect(DutchPhrase.change(from: 24, in: 2023, to: 24, in: 2024) == "in 2023 en 2024 gelijk gebleven op 24%")
        // Compared as written: 24.4 and 23.6 both read 24%.
        #expect(DutchPhrase.change(from: 23.6, in: 2023, to: 24.4, in: 2024) == "in 2023 en 2024 gelijk gebleven op 24%")
        #expect(DutchPhrase.change(from: 24.5, in: 2023, to: 24.4, in: 2024) == "gedaald van 25% in 2023 naar 24% in 2024")
    }

    @Test func numbersAndOrdinalsInWords() {
        #expect(DutchPhrase.inWords(9) == "negen")
        #expect(DutchPhrase.inWords(50) == "vijftig")
        #expect(DutchPhrase.inWords(22) == "tweeëntwintig")
        #expect(DutchPhrase.inWords(21) == "eenentwintig")
        #expect(DutchPhrase.inWords(157) == "157")
        #expect(DutchPhrase.inWords(1500) == "1.500")
        #expect(DutchPhrase.ordinal(15) == "vijftiende")
        #expect(DutchPhrase.ordinal(16) == "zestiende")
        #expect(DutchPhrase.ordinal(1) == "eerste")
        #expect(DutchPhrase.ordinal(3) == "derde")
        #expect(DutchPhrase.ordinal(8) == "achtste")
        #expect(DutchPhrase.ordinal(20) == "twintigste")
        #expect(DutchPhrase.ordinal(21) == "eenentwintigste")
    }

    @Test func datesPeriodsAndLists() throws {
        let start = try #require(Day(year: 2024, month: 9, day: 26))
        let end = try #require(Day(year: 2024, month: 10, day: 2))
        #expect(start.dutchLong == "26 september 2024")
        #expect(DutchPhrase.period(start, end) == "26 september tot en met 2 oktober 2024")
        #expect(
            DutchPhrase.period(try #require(Day(year: 2025, month: 10, day: 3)), try #require(Day(year: 2025, month: 10, day: 9)))
                == "3 tot en met 9 oktober 2025")
        #expect(
            DutchPhrase.period(try #require(Day(year: 2024, month: 12, day: 30)), try #require(Day(year: 2025, month: 1, day: 5)))
                == "30 december 2024 tot en met 5 januari 2025")
        #expect(DutchPhrase.dateWithWeekday(try #require(Day(year: 2025, month: 9, day: 25))) == "donderdag 25 september 2025")
        #expect(DutchPhrase.list(["MBO Raad", "MantelzorgNL", "COC Nederland"]) == "MBO Raad, MantelzorgNL en COC Nederland")
        #expect(DutchPhrase.list(["a", "b"]) == "a en b")
        #expect(DutchPhrase.list(["a"]) == "a")
    }
}
