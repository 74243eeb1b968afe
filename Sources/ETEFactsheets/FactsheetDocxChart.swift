import ETEOutput
import Foundation

/// The loneliness trend as a native Word chart (a DrawingML line chart part), so it prints as a
/// chart and stays readable for screen readers through its description. The values are literals
/// in the chart part: the factsheet carries no embedded workbook, so "edit data" is not offered.
enum FactsheetDocxChart {
    static let partName = "word/charts/chart1.xml"
    static let relationshipID = "rIdTrendChart"
    static let contentType = (part: partName, type: "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
    static let relationship =
        "<Relationship Id=\"\(relationshipID)\" Type=\"\(OfficePackage.relationshipBase)chart\" Target=\"charts/chart1.xml\"/>"

    /// 9 cm × 3.6 cm, in EMU.
    private static let width = 3_240_000
    private static let height = 1_296_000

    /// The paragraph that shows the chart, with the trend's description as its alternative text.
    static func paragraph(_ trend: FactsheetContent.Trend) -> String {
        """
        <w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:drawing>\
        <wp:inline distT="0" distB="0" distL="0" distR="0" \
        xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">\
        <wp:extent cx="\(width)" cy="\(height)"/><wp:effectExtent l="0" t="0" r="0" b="0"/>\
        <wp:docPr id="2" name="Trend eenzaamheid" descr="\(XMLText.escape(trend.description))"/><wp:cNvGraphicFramePr/>\
        <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">\
        <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">\
        <c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="\(relationshipID)"/>\
        </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
        """
    }

    /// The chart part: two lines over the survey years on a 0–60% axis (higher when a value needs
    /// it), the municipality dark and solid, the nation light and dashed, as on the HTML page.
    static func part(_ trend: FactsheetContent.Trend) -> String {
        let maximum = trend.axisMaximum / 100
        let categories =
            "<c:cat><c:strLit><c:ptCount val=\"\(trend.years.count)\"/>"
            + trend.years.enumerated().map { "<c:pt idx=\"\($0)\"><c:v>\($1)</c:v></c:pt>" }.joined() + "</c:strLit></c:cat>"
        func series(_ index: Int, name: String, values: [Double?], colour: String, dashed: Bool) -> String {
            let points = values.enumerated().compactMap { position, value in
                value.map { "<c:pt idx=\"\(position)\"><c:v>\(String(format: "%.4f", $0 / 100))</c:v></c:pt>" }
            }
            let line =
                "<a:ln w=\"22225\"><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill>"
                + (dashed ? "<a:prstDash val=\"dash\"/>" : "") + "</a:ln>"
            return """
                <c:ser><c:idx val="\(index)"/><c:order val="\(index)"/>\
                <c:tx><c:v>\(XMLText.escape(name))</c:v></c:tx><c:spPr>\(line)</c:spPr>\
                <c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="\(colour)"/></a:solidFill></c:spPr></c:marker>\
                \(categories)<c:val><c:numLit><c:formatCode>0%</c:formatCode><c:ptCount val="\(values.count)"/>\(points.joined())</c:numLit></c:val>\
                <c:smooth val="0"/></c:ser>
                """
        }
        let text = "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"700\"/></a:pPr><a:endParaRPr lang=\"nl-NL\"/></a:p></c:txPr>"
        return OfficePackage.xmlHeader + """
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" \
            xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <c:lang val="nl-NL"/><c:roundedCorners val="0"/>\
            <c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>\
            <c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>\
            \(series(0, name: trend.ownName, values: trend.own, colour: String(FactsheetColours.municipality.dropFirst()), dashed: false))\
            \(series(1, name: "Nederland", values: trend.national, colour: String(FactsheetColours.national.dropFirst()), dashed: true))\
            <c:marker val="1"/><c:axId val="1001"/><c:axId val="1002"/></c:lineChart>\
            <c:catAx><c:axId val="1001"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/>\
            <c:axPos val="b"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>\
            <c:tickLblPos val="nextTo"/>\(text)<c:crossAx val="1002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>\
            <c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>\
            <c:valAx><c:axId val="1002"/><c:scaling><c:orientation val="minMax"/><c:max val="\(maximum)"/><c:min val="0"/></c:scaling>\
            <c:delete val="0"/><c:axPos val="l"/><c:majorGridlines><c:spPr><a:ln w="3175"><a:solidFill><a:srgbClr val="DDDDDD"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>\
            <c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>\
            \(text)<c:crossAx val="1001"/><c:crosses val="autoZero"/><c:crossBetween val="midCat"/><c:majorUnit val="0.2"/></c:valAx>\
            </c:plotArea><c:legend><c:legendPos val="r"/><c:overlay val="0"/>\(text)</c:legend><c:plotVisOnly val="1"/>\
            <c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>
            """
    }
}
