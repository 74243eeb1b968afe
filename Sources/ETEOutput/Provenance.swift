/// Where the data of an output comes from and whether it is real, stated once for every output
/// and front end, so that the letter, the workbooks and the terminal never word it differently.
public enum Provenance {
    /// The program named as the maker in document properties and colofons.
    public static let application = "ETE Workbench"

    /// The author named in the document properties of the letter and the workbooks.
    public static let author = "Ministerie van VWS — Eén tegen eenzaamheid"

    /// Printed after a run on the fictitious demo data.
    public static let demoDataNotice =
        "Let op: dit zijn fictieve demonstratiegegevens. Alleen de landelijke totalen komen overeen met de voortgangsbrief over 2024; antwoorden per gemeente zijn verzonnen."

    /// At the top of a letter built from the demo data.
    public static let demoLetterNotice =
        "FICTIEF VOORBEELD — gemaakt met de demogegevens van ETE Workbench. De landelijke cijfers volgen de voortgangsbrief over 2024; datum, kenmerk, ondertekenaar en verhalen zijn verzonnen. Niet versturen."

    /// At the top of a letter whose text staff marked as an invented example.
    public static let fictitiousLetterTextNotice =
        "FICTIEF VOORBEELD — de brieftekst (datum, kenmerk, ondertekenaar en verhalen) is een verzonnen voorbeeld (fictief: ja in brief.yaml). Niet versturen."

    /// The short form for page headers and document keywords of a fictitious letter.
    public static let fictitiousLetterMark = "FICTIEF VOORBEELD — niet versturen"

    /// On every sheet of a workbook built from the demo data.
    public static let demoWorkbookNotice =
        "FICTIEVE DEMOGEGEVENS — de antwoorden per gemeente in deze werkmap zijn verzonnen; alleen de landelijke totalen volgen de voortgangsbrief over 2024. Niet gebruiken voor beleid."

    /// On every file made for one municipality (its workbook, its factsheet): its own answers and
    /// whether it took part are for that municipality and the ministry only.
    public static func confidential(for municipality: String) -> String {
        "Vertrouwelijk: alleen voor gemeente \(municipality) en VWS"
    }
}
