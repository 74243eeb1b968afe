import ETEOutput
import Foundation

/// The factsheet's charts as native Word charts (DrawingML chart parts: the loneliness trend as a
/// line chart, shares as horizontal bars), so they print as charts and stay readable for screen
/// readers through their descriptions. The values are literals
/// in the chart part: the factsheet carries no embedded workbook, so "edit data" is not offered.
enum FactsheetDocxChart {
    /// A chart of the factsheet, numbered in document order (its part is word/charts/chart<number>.xml).
    struct Numbered {
        enum Kind {
            case trend(FactsheetContent.Trend)
            case bars(FactsheetContent.Bars)
        }
        let number: Int
        let kind: Kind

        var partName: String { "word/charts/chart\(number).xml" }
        var relationshipID: String { "rIdChart\(number)" }
        var relationship: String {
            "<Relationship Id=\"\(relationshipID)\" Type=\"\(OfficePackage.relationshipBase)chart\" Target=\"charts/chart\(number).xml\"/>"
        }
        var contentType: (part: String, type: String) {
            (partName, "application/vnd.openxmlformats-officedocument.drawingml.chart+xml")
        }
        var part: String {
            switch kind {
            case .trend(let trend): FactsheetDocxChart.part(trend)
            case .bars(let bars): FactsheetDocxChart.part(bars)
            }
        }
    }

    /// Every chart of the content, in the order the document shows them.
    static func charts(in content: FactsheetContent) -> [Numbered] {
        let kinds = content.sections.flatMap(\.blocks).compactMap { block -> Numbered.Kind? in
            switch block {
            case .trend(let trend): .trend(trend)
            case .bars(let bars): .bars(bars)
            default: nil
            }
        }
        return kinds.enumerated().map { Numbered(number: $0 + 1, kind: $1) }
    }

    /// 9 cm × 3.6 cm for the trend, in EMU; bar charts grow with their bars.
    private static let width = 3_240_000
    private static let height = 1_296_000

    /// The paragraph that shows a chart, with its description as the alternative text.
    static func paragraph(_ chart: Numbered) -> String {
        let (name, description, size): (String, String, (Int, Int)) =
            switch chart.kind {
            case .trend(let trend): ("Trend eenzaamheid", trend.description, (width, height))
            case .bars(let bars):
                (bars.title, bars.description, (6_120_000, 200_000 + 190_000 * bars.items.count * max(1, bars.series.count)))
            }
        return """
            <w:p><w:pPr><w:spacing w:after="0"/></w:pPr><w:r><w:drawing>\
            <wp:inline distT="0" distB="0" distL="0" distR="0" \
            xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing">\
            <wp:extent cx="\(size.0)" cy="\(size.1)"/><wp:effectExtent l="0" t="0" r="0" b="0"/>\
            <wp:docPr id="\(chart.number + 1)" name="\(XMLText.escape(name))" descr="\(XMLText.escape(description))"/><wp:cNvGraphicFramePr/>\
            <a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">\
            <a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart">\
            <c:chart xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" r:id="\(chart.relationshipID)"/>\
            </a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>
            """
    }

    private static let text =
        "<c:txPr><a:bodyPr/><a:lstStyle/><a:p><a:pPr><a:defRPr sz=\"900\"/></a:pPr><a:endParaRPr lang=\"nl-NL\"/></a:p></c:txPr>"

    /// Horizontal bars on a 0–100% axis, one series per group (a withheld share is no bar), the
    /// first item at the top, each bar labelled with its value.
    static func part(_ bars: FactsheetContent.Bars) -> String {
        let count = bars.items.count
        let categories =
            "<c:cat><c:strLit><c:ptCount val=\"\(count)\"/>"
            + bars.items.enumerated().map { "<c:pt idx=\"\($0)\"><c:v>\(XMLText.escape($1.label))</c:v></c:pt>" }.joined()
            + "</c:strLit></c:cat>"
        let names = bars.series.isEmpty ? [bars.title] : bars.series
        let series = names.enumerated().map { index, name in
            let points = bars.items.enumerated().compactMap { position, item -> String? in
                guard index < item.values.count, let value = item.values[index] else { return nil }
                return "<c:pt idx=\"\(position)\"><c:v>\(String(format: "%.4f", value / 100))</c:v></c:pt>"
            }
            let colour = String(FactsheetColours.series[index % FactsheetColours.series.count].dropFirst())
            return """
                <c:ser><c:idx val="\(index)"/><c:order val="\(index)"/><c:tx><c:v>\(XMLText.escape(name))</c:v></c:tx>\
                <c:spPr><a:solidFill><a:srgbClr val="\(colour)"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>\
                <c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/>\(text)<c:showLegendKey val="0"/><c:showVal val="1"/>\
                <c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>\
                \(categories)<c:val><c:numLit><c:formatCode>0%</c:formatCode><c:ptCount val="\(count)"/>\(points.joined())</c:numLit></c:val></c:ser>
                """
        }
        let legend = bars.series.count > 1 ? "<c:legend><c:legendPos val=\"t\"/><c:overlay val=\"0\"/>\(text)</c:legend>" : ""
        return OfficePackage.xmlHeader + """
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" \
            xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <c:lang val="nl-NL"/><c:roundedCorners val="0"/>\
            <c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>\
            <c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>\(series.joined())\
            <c:gapWidth val="60"/><c:axId val="2001"/><c:axId val="2002"/></c:barChart>\
            <c:catAx><c:axId val="2001"/><c:scaling><c:orientation val="maxMin"/></c:scaling><c:delete val="0"/>\
            <c:axPos val="l"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>\
            <c:tickLblPos val="nextTo"/>\(text)<c:crossAx val="2002"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>\
            <c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>\
            <c:valAx><c:axId val="2002"/><c:scaling><c:orientation val="minMax"/><c:max val="1"/><c:min val="0"/></c:scaling>\
            <c:delete val="0"/><c:axPos val="b"/><c:majorGridlines><c:spPr><a:ln w="3175"><a:solidFill><a:srgbClr val="DDDDDD"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>\
            <c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>\
            \(text)<c:crossAx val="2001"/><c:crosses val="max"/><c:crossBetween val="between"/><c:majorUnit val="0.2"/></c:valAx>\
            </c:plotArea>\(legend)<c:plotVisOnly val="1"/><c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>
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
