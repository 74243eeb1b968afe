import ETELetter
import Testing

@Suite("Letter markup")
struct LetterMarkupTests {
    @Test func blocksAndLetterheadParts() throws {
        let document = try LetterMarkup.parse(
            """
            ::: retouradres
            Retouradres Postbus 1 1000 AA Ergens
            :::

            ::: adres
            De Voorzitter van de Tweede Kamer
            Postbus 20018
            :::

            ::: kop
            Datum: 30 juni 2025
            Betreft: Voortgang
            :::

            ::: colofon

            **Ministerie**


            **Kenmerk**
            123-DMO

            :::

            Geachte voorzitter,

            # Actielijn 1: Bewustwording
            Een alinea die
            doorloopt.

            ## Vooruitblik 2025
            - eerste punt
              met vervolg
            - tweede punt

            | Jaar | Aandeel |
            |---|---|
            | 2023 | 34% |

            ::: ondertekening
            Hoogachtend,

            A. de Vries
            :::
            """)
        #expect(document.address == ["De Voorzitter van de Tweede Kamer", "Postbus 20018"])
        #expect(document.returnAddress == "Retouradres Postbus 1 1000 AA Ergens")
        #expect(document.field("Datum") == "30 juni 2025")
        #expect(document.field("Betreft") == "Voortgang")
        // Blank lines left by optional groups collapse to one; none at the start or the end.
        #expect(document.colophon == [[.strong("Ministerie")], [], [.strong("Kenmerk")], [.text("123-DMO")]])
        #expect(
            document.body == [
                .paragraph([.text("Geachte voorzitter,")]),
                .heading(level: 1, text: [.text("Actielijn 1: Bewustwording")]),
                .paragraph([.text("Een alinea die doorloopt.")]),
                .heading(level: 2, text: [.text("Vooruitblik 2025")]),
                .bullets([[.text("eerste punt met vervolg")], [.text("tweede punt")]]),
                .table(header: [[.text("Jaar")], [.text("Aandeel")]], rows: [[[.text("2023")], [.text("34%")]]]),
            ])
        #expect(document.signature == ["Hoogachtend,", "", "A. de Vries"])
    }

    @Test func inlineEmphasisFootnotesAndEscapes() throws {
        #expect(
            try LetterMarkup.inlines("een *klein* gebaar, **groot** effect") == [
                .text("een "), .emphasis("klein"), .text(" gebaar, "), .strong("groot"), .text(" effect"),
            ])
        #expect(
            try LetterMarkup.inlines("gezondheid.^[Shen e.a. [2025]](https://example.org/a) Verder ^[zonder adres].") == [
                .text("gezondheid."), .footnote(Footnote(text: "Shen e.a. [2025]", url: "https://example.org/a")),
                .text(" Verder"), .footnote(Footnote(text: "zonder adres")), .text("."),
            ])
        #expect(try LetterMarkup.inlines(#"5 \* 3 en een losse * ster"#) == [.text("5 * 3 en een losse * ster")])
    }

    @Test func mistakesAreLocated() {
        #expect(
            throws: LetterMarkup.Problem(
                line: 3, excerpt: "Tekst^[open voetnoot", message: "voetnoot \"^[\" wordt niet afgesloten met \"]\"")
        ) {
            try LetterMarkup.parse("Eerste\n\nTekst^[open voetnoot")
        }
        #expect(
            throws: LetterMarkup.Problem(
                line: 3, excerpt: "www.voorbeeld.nl^[bron]",
                message: "een voetnoot kan niet in het colofon; noem de bron in de tekst van de brief")
        ) {
            try LetterMarkup.parse("::: colofon\n**Ministerie**\nwww.voorbeeld.nl^[bron]\n:::")
        }
        #expect(
            throws: LetterMarkup.Problem(
                line: 1, excerpt: "::: bijlage",
                message: "onbekend blok \"bijlage\"; verwacht retouradres, adres, kop, colofon of ondertekening")
        ) {
            try LetterMarkup.parse("::: bijlage\ntekst\n:::")
        }
        #expect(throws: LetterMarkup.Problem(line: 3, excerpt: "| 1 |", message: "tabelrij heeft 1 cellen; de kop heeft er 2")) {
            try LetterMarkup.parse("| a | b |\n|---|---|\n| 1 |")
        }
        #expect(
            throws: LetterMarkup.Problem(line: 1, excerpt: "::: adres", message: "blok \"::: adres\" wordt niet afgesloten met \":::\"")
        ) {
            try LetterMarkup.parse("::: adres\nDen Haag")
        }
        #expect(
            throws: LetterMarkup.Problem(line: 1, excerpt: "### Te diep", message: "alleen # (hoofdstuk) en ## (paragraaf) zijn mogelijk")
        ) {
            try LetterMarkup.parse("### Te diep")
        }
    }
}
