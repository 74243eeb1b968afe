/// The font table and the theme of a Word package (the letter, the factsheets). Word expects both parts in a
/// WordprocessingML document (ECMA-376 lists them as required relationships of the main part);
/// the letter uses only Verdana, so both name Verdana and nothing else of them matters.
public enum WordFontsAndTheme {
    public static let fontTable =
        OfficePackage.xmlHeader + """
            <w:fonts \(OfficePackage.wordNamespaces)>\
            <w:font w:name="Verdana"><w:panose1 w:val="020B0604030504040204"/><w:charset w:val="00"/>\
            <w:family w:val="swiss"/><w:pitch w:val="variable"/></w:font>\
            <w:font w:name="Symbol"><w:charset w:val="02"/><w:family w:val="roman"/><w:pitch w:val="variable"/></w:font>\
            </w:fonts>
            """

    /// A minimal theme: black-and-white colours, Verdana for headings and body, and the three
    /// entries each style list must hold (plain fills and lines, no effects).
    public static let theme: String = {
        let solid = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>"
        let line = "<a:ln w=\"9525\">\(solid)</a:ln>"
        let noEffect = "<a:effectStyle><a:effectLst/></a:effectStyle>"
        let colours = [
            ("dk1", "000000"), ("lt1", "FFFFFF"), ("dk2", "154273"), ("lt2", "E7E6E6"), ("accent1", "154273"),
            ("accent2", "01689B"), ("accent3", "39870C"), ("accent4", "FFB612"), ("accent5", "A90061"),
            ("accent6", "E17000"), ("hlink", "01689B"), ("folHlink", "42145F"),
        ].map { "<a:\($0.0)><a:srgbClr val=\"\($0.1)\"/></a:\($0.0)>" }.joined()
        let fonts = "<a:latin typeface=\"Verdana\"/><a:ea typeface=\"\"/><a:cs typeface=\"\"/>"
        return OfficePackage.xmlHeader + """
            <a:theme xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" name="Brief">\
            <a:themeElements><a:clrScheme name="Brief">\(colours)</a:clrScheme>\
            <a:fontScheme name="Brief"><a:majorFont>\(fonts)</a:majorFont><a:minorFont>\(fonts)</a:minorFont></a:fontScheme>\
            <a:fmtScheme name="Brief">\
            <a:fillStyleLst>\(solid)\(solid)\(solid)</a:fillStyleLst>\
            <a:lnStyleLst>\(line)\(line)\(line)</a:lnStyleLst>\
            <a:effectStyleLst>\(noEffect)\(noEffect)\(noEffect)</a:effectStyleLst>\
            <a:bgFillStyleLst>\(solid)\(solid)\(solid)</a:bgFillStyleLst>\
            </a:fmtScheme></a:themeElements></a:theme>
            """
    }()
}
