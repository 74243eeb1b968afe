import ETEModel
import Testing

@Suite("Dutch numbers")
struct DutchNumberTests {
    @Test(
        arguments: [
            ("12,5", 12.5), ("1.234,5", 1234.5), ("50.000", 50000), ("12.5", 12.5), ("-3", -3), ("73%", nil),
            ("1,2,3", nil), ("abc", nil), ("", nil), ("1.23.4", nil), ("0,0", 0),
        ] as [(String, Double?)])
    func parsing(text: String, expected: Double?) {
        #expect(DutchNumber.parse(text) == expected)
    }

    @Test func thousands() {
        #expect(DutchNumber.thousands(50_000) == "50.000")
        #expect(DutchNumber.thousands(999) == "999")
        #expect(DutchNumber.thousands(1_234_567) == "1.234.567")
        #expect(DutchNumber.thousands(-4_500) == "-4.500")
    }

    @Test func roundingHalfAwayFromZero() {
        #expect(DutchNumber.roundedPercentage(49, of: 200) == 25)  // 24.5 → 25
        #expect(DutchNumber.roundedPercentage(58, of: 157) == 37)  // 36.94
        #expect(DutchNumber.roundedPercentage(38, of: 157) == 24)  // 24.20
        #expect(DutchNumber.roundedPercentage(1, of: 0) == nil)
    }

    @Test func formatting() {
        #expect(DutchNumber.format(47.375) == "47,38")
        #expect(DutchNumber.format(12) == "12")
        #expect(DutchNumber.format(1234.5) == "1.234,5")
        #expect(DutchNumber.format(-0.25) == "-0,25")
    }
}

@Suite("Days, codes and size classes")
struct CalendarAndCodeTests {
    @Test func parsesDutchAndISODates() {
        #expect(Day(parsing: "26-09-2024") == Day(year: 2024, month: 9, day: 26))
        #expect(Day(parsing: "2024-09-26") == Day(year: 2024, month: 9, day: 26))
        #expect(Day(parsing: "26/9/2024") == Day(year: 2024, month: 9, day: 26))
        #expect(Day(parsing: "31-02-2024") == nil)
        #expect(Day(parsing: "29-02-2024") != nil)
        #expect(Day(parsing: "29-02-2023") == nil)
        #expect(Day(parsing: "26-09-24") == nil)
    }

    @Test func weekdays() {
        #expect(Day(year: 2024, month: 9, day: 26)!.weekday == 4)  // Thursday, start of the 15th Week
        #expect(Day(year: 2025, month: 9, day: 24)!.weekday == 3)  // Wednesday, opening 2025
        #expect(Day(year: 2025, month: 10, day: 1)!.weekday == 3)
    }

    @Test func municipalityCodes() {
        #expect(MunicipalityCode("GM0363")?.rawValue == "GM0363")
        #expect(MunicipalityCode("gm363")?.rawValue == "GM0363")
        #expect(MunicipalityCode("0014")?.rawValue == "GM0014")
        #expect(MunicipalityCode("GM12345") == nil)
        #expect(MunicipalityCode("Amsterdam") == nil)
    }

    @Test func sizeClassBounds() {
        #expect(SizeClass(population: 4_999) == .below5k)
        #expect(SizeClass(population: 5_000) == .from5kTo10k)
        #expect(SizeClass(population: 49_999) == .from20kTo50k)
        #expect(SizeClass(population: 50_000) == .from50kTo100k)
        #expect(SizeClass(population: 249_999) == .from150kTo250k)
        #expect(SizeClass(population: 250_000) == .atLeast250k)
        #expect(SizeClass.from20kTo50k.dutchLabel == "20.000 tot 50.000 inwoners")
    }

    @Test func textMatching() {
        #expect(DutchText.matchKey("Súdwest-Fryslân") == "sudwestfryslan")
        #expect(DutchText.matchKey("'s-Gravenhage") == "sgravenhage")
        #expect(DutchText.suggestion(for: "Amsterdm", among: ["Amsterdam", "Amstelveen"]) == "Amsterdam")
        #expect(DutchText.suggestion(for: "Xyzzy", among: ["Amsterdam"]) == nil)
    }
}
