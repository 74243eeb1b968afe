import ETEModel

/// Campaign measurements as reported in the 2024 letter; values the letter does not give are fictitious.
enum DemoCampaigns {
    static let campaigns = [
        Campaign(id: "een-tegen-eenzaamheid", name: "Eén tegen eenzaamheid", audience: "alle Nederlanders"),
        Campaign(id: "hey-het-is-oke", name: "Hey, het is oké", audience: "jongeren van 16 tot 25 jaar"),
    ]

    static let measurements: [CampaignMeasurement] = {
        let main = "een-tegen-eenzaamheid"
        let young = "hey-het-is-oke"
        func wave(_ campaign: String, _ wave: String, _ year: Int, _ rows: [(String, String, Double, Double?)]) -> [CampaignMeasurement] {
            rows.map {
                CampaignMeasurement(
                    campaignID: campaign, wave: wave, year: year, metric: $0.0, label: $0.1,
                    percentage: $0.2, target: $0.3)
            }
        }
        let mainLabels = [
            ("actie-voor-zelf", "deed weleens iets tegen eenzaamheid voor zichzelf"),
            ("actie-voor-ander", "deed weleens iets voor iemand anders met (beginnende) eenzaamheidsgevoelens"),
            ("vertrouwen-eenzamen", "vertrouwen bij mensen die zich eenzaam voelen dat zij er zelf iets aan kunnen doen"),
            ("vertrouwen-omstanders", "vertrouwen bij omstanders dat zij iets kunnen doen voor iemand die zich eenzaam voelt"),
        ]
        let youngLabels = [
            ("herkenning", "herkent de campagne"),
            ("positieve-houding", "staat positief tegenover praten over gevoelens"),
            ("in-staat-gesprek", "voelt zich goed in staat het gesprek met een vertrouwd persoon aan te gaan"),
            ("vertrouwen-gesprek", "heeft (heel) veel vertrouwen dat zo'n gesprek lukt"),
        ]
        return wave(main, "nulmeting 2023", 2023, zip(mainLabels, [73.0, 80, 59, 76]).map { ($0.0, $0.1, $1, nil) })
            + wave(main, "eindmeting 2024", 2024, zip(mainLabels, [81.0, 86, 61, 75]).map { ($0.0, $0.1, $1, nil) })
            + wave(young, "nulmeting 2023", 2023, zip(youngLabels.dropFirst(), [78.0, 52, 44]).map { ($0.0, $0.1, $1, nil) })
            + wave(
                young, "effectmeting 2024", 2024,
                zip(youngLabels, [67.0, 80, 51, 50]).map {
                    ($0.0, $0.1, $1, $0.0 == "in-staat-gesprek" ? 55.0 : nil)
                })
    }()
}
