import ETEModel

/// A fictitious Stappenplan survey among 54 local organisations (120 invited) whose totals give
/// every figure of the example factsheet in Bijlage 2 of the Stappenplan Samen tegen Eenzaamheid
/// (as listed in SEED-FACTS §d.3): 80%, about three quarters, 35%, 44%, over 20%, 78%, 44/39/17, …
/// The counts are set per question on the base the factsheet uses (those who answered); who gives
/// which answer is drawn with the seed, within the questionnaire's routing.
public enum DemoStappenplan {
    public static let municipality = MunicipalityCode("GM0301")!  // Zutphen, a Gelderland municipality like the example's.
    public static let year = 2024
    static let invited = 120
    static let respondents = 54

    static func survey(random: inout SeededGenerator) -> LocalSurvey {
        var form = DemoSurveyForm(respondents: respondents)
        let everyone = Array(0..<respondents)
        form.single(
            "categorie", among: everyone,
            [
                ("zorg_welzijn", 12), ("kerken", 8), ("ouderen", 6), ("thuiszorg", 5), ("sociaal_vangnet", 4), ("anders", 4),
                ("gemeente", 3), ("wmo_raad", 3), ("gehandicapten", 3), ("ggz", 2), ("jeugdoverleg", 2), ("verpleeghuis", 2),
            ], remarks: ["anders": DemoStappenplanTexts.otherKinds], random: &random)
        form.organisationNames()
        form.single("functie", among: everyone, [("professional", 30), ("vrijwilliger", 22), ("mantelzorger", 2)], random: &random)
        // Part II: (zeer) eens per statement, the rest spread over the other answers.
        for (statement, agreeing) in [
            ("meer_aandacht", 43), ("eigen_beleid_nodig", 40), ("aandacht_eigen_organisatie", 19), ("kennis_ontbreekt", 12),
            ("hoge_prioriteit", 24), ("samenwerking_nodig", 42),
        ] {
            form.statement(statement, agreeing: agreeing, random: &random)
        }
        form.single(
            "urgent", among: everyone,
            [("helemaal_eens", 8), ("eens", 16), ("neutraal", 15), ("weet_niet", 6), ("oneens", 7), ("helemaal_oneens", 2)],
            random: &random)
        // Part III.
        form.single("beleid", among: everyone, [("ja", 14), ("nee", 30), ("weet_niet", 10)], random: &random)
        form.single(
            "reden_geen_beleid", among: form.answering("beleid", ["nee"]),
            [("deskundigheid", 11), ("anders", 9), ("geen_tijd", 4), ("middelen", 4), ("niet_belangrijk", 2)],
            remarks: ["anders": DemoStappenplanTexts.otherReasons], random: &random)
        form.multiple(
            "inhoud_beleid", among: form.answering("beleid", ["ja", "weet_niet"]), answering: 20,
            [
                ("signaleren", 14), ("activeren", 11), ("huisbezoeken", 10), ("hulp", 9), ("melden", 5), ("maatjes", 4),
                ("initiatieven", 3), ("samenwerking", 3),
            ], random: &random)
        form.single(
            "protocol", among: everyone, [("ja", 9), ("nee", 30), ("weet_niet", 10), ("nvt", 5)],
            remarks: ["ja": DemoStappenplanTexts.protocols], random: &random)
        form.single(
            "signalen_organisatie", among: everyone, [("regelmatig", 12), ("soms", 17), ("weinig", 12), ("zelden", 8), ("nooit", 5)],
            random: &random)
        form.single(
            "signalen_zelf", among: everyone, [("regelmatig", 13), ("soms", 18), ("weinig", 11), ("zelden", 7), ("nooit", 5)],
            random: &random)
        form.open("soort_signalen", DemoStappenplanTexts.signals, random: &random)
        form.single(
            "knelpunten", among: everyone, [("ja", 22), ("nee", 25), ("nvt", 7)], remarks: ["ja": DemoStappenplanTexts.barriers],
            random: &random)
        // Part IV.
        form.single(
            "samengewerkt", among: everyone, [("ja", 23), ("nee", 24), ("weet_niet", 7)],
            remarks: ["ja": DemoStappenplanTexts.partners], random: &random)
        let cooperated = form.answering("samengewerkt", ["ja"])
        form.multiple(
            "aspecten_samenwerking", among: cooperated, answering: 21,
            [("persoonlijke_activering", 11), ("mentaliteit", 10), ("sociaal_cultureel", 7), ("deskundigheid", 5), ("cursussen", 2)],
            random: &random)
        form.single(
            "tevredenheid", among: cooperated, [("zeer_tevreden", 4), ("tevreden", 12), ("neutraal", 4), ("ontevreden", 1)],
            random: &random)
        form.open("toelichting_tevredenheid", DemoStappenplanTexts.satisfaction, among: cooperated, random: &random)
        form.single(
            "behoefte_samenwerking", among: everyone, [("ja", 12), ("misschien", 29), ("nee", 6), ("weet_niet", 3)], random: &random)
        form.multiple(
            "richting_samenwerking", among: form.answering("behoefte_samenwerking", ["ja", "misschien"]), answering: 40,
            [("mentaliteit", 28), ("persoonlijke_activering", 23), ("deskundigheid", 15), ("sociaal_cultureel", 10), ("cursussen", 6)],
            random: &random)
        form.multiple(
            "nodig_samenwerking", among: everyone, answering: 40,
            [("netwerk", 30), ("gemeente", 18), ("deskundigheid", 14), ("prioriteit", 10), ("budget", 9), ("niets", 2)],
            random: &random)
        form.multiple(
            "nodig_organisatie", among: everyone, answering: 54,
            [
                ("kennis_signaleren", 23), ("kennis_begrip", 17), ("netwerk", 15), ("afspraken_organisaties", 12),
                ("kennis_organisaties", 9), ("financiering", 8), ("afspraken_gemeente", 7), ("verantwoordelijke", 5), ("niet_nodig", 4),
            ], random: &random)
        form.multiple(
            "rol_gemeente_nu", among: everyone, answering: 45,
            [
                ("subsidie_participatie", 18), ("informeert_mogelijkheden", 14), ("beleid", 12), ("weet_niet", 12), ("brengt_samen", 10),
                ("initiatiefnemer", 6),
            ], random: &random)
        form.multiple(
            "rol_gemeente_wens", among: everyone, answering: 44,
            [
                ("brengt_samen", 30), ("initiatiefnemer", 22), ("informeert_mogelijkheden", 20), ("beleid", 18),
                ("subsidie_participatie", 15),
            ],
            random: &random)
        // Part V.
        form.open("inspirerende_projecten", DemoStappenplanTexts.projects, random: &random)
        form.open("opmerkingen", DemoStappenplanTexts.remarks, random: &random)
        return LocalSurvey(
            municipality: municipality, year: year, invited: invited, questionnaire: "vragenlijst.yaml", respondents: form.answers)
    }
}
