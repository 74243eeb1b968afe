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
        let labels = categories(bars.items.map(\.label))
        let names = bars.series.isEmpty ? [bars.title] : bars.series
        let series = names.enumerated().map { index, name in
            let shares = bars.items.map { index < $0.values.count ? $0.values[index] : nil }
            let colour = String(FactsheetColours.series[index % FactsheetColours.series.count].dropFirst())
            return """
                <c:ser><c:idx val="\(index)"/><c:order val="\(index)"/><c:tx><c:v>\(XMLText.escape(name))</c:v></c:tx>\
                <c:spPr><a:solidFill><a:srgbClr val="\(colour)"/></a:solidFill></c:spPr><c:invertIfNegative val="0"/>\
                <c:dLbls><c:numFmt formatCode="0%" sourceLinked="0"/>\(text)<c:showLegendKey val="0"/><c:showVal val="1"/>\
                <c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/></c:dLbls>\
                \(labels)\(values(shares))</c:ser>
                """
        }
        let legend = bars.series.count > 1 ? "<c:legend><c:legendPos val=\"t\"/><c:overlay val=\"0\"/>\(text)</c:legend>" : ""
        return chartSpace(
            plot: """
                <c:barChart><c:barDir val="bar"/><c:grouping val="clustered"/><c:varyColors val="0"/>\(series.joined())\
                <c:gapWidth val="60"/><c:axId val="\(categoryAxis)"/><c:axId val="\(valueAxis)"/></c:barChart>
                """
                    + axes(categoriesAt: "l", firstOnTop: true, valuesAt: "b", maximum: 1, valueAxisCrosses: "max", between: "between"),
            legend: legend)
    }

    /// The chart part: two lines over the survey years on a 0–60% axis (higher when a value needs
    /// it), the municipality dark and solid, the nation light and dashed, as on the HTML page.
    static func part(_ trend: FactsheetContent.Trend) -> String {
        let maximum = trend.axisMaximum / 100
        let years = categories(trend.years.map(String.init))
        func series(_ index: Int, name: String, values shares: [Double?], colour: String, dashed: Bool) -> String {
            let line =
                "<a:ln w=\"22225\"><a:solidFill><a:srgbClr val=\"\(colour)\"/></a:solidFill>"
                + (dashed ? "<a:prstDash val=\"dash\"/>" : "") + "</a:ln>"
            return """
                <c:ser><c:idx val="\(index)"/><c:order val="\(index)"/>\
                <c:tx><c:v>\(XMLText.escape(name))</c:v></c:tx><c:spPr>\(line)</c:spPr>\
                <c:marker><c:symbol val="circle"/><c:size val="5"/><c:spPr><a:solidFill><a:srgbClr val="\(colour)"/></a:solidFill></c:spPr></c:marker>\
                \(years)\(values(shares))<c:smooth val="0"/></c:ser>
                """
        }
        return chartSpace(
            plot: """
                <c:lineChart><c:grouping val="standard"/><c:varyColors val="0"/>\
                \(series(0, name: trend.ownName, values: trend.own, colour: String(FactsheetColours.municipality.dropFirst()), dashed: false))\
                \(series(1, name: "Nederland", values: trend.national, colour: String(FactsheetColours.national.dropFirst()), dashed: true))\
                <c:marker val="1"/><c:axId val="\(categoryAxis)"/><c:axId val="\(valueAxis)"/></c:lineChart>
                """
                    + axes(
                        categoriesAt: "b", firstOnTop: false, valuesAt: "l", maximum: maximum, valueAxisCrosses: "autoZero",
                        between: "midCat"),
            legend: "<c:legend><c:legendPos val=\"r\"/><c:overlay val=\"0\"/>\(text)</c:legend>")
    }

    /// The category labels of a series, as literals.
    private static func categories(_ labels: [String]) -> String {
        "<c:cat><c:strLit><c:ptCount val=\"\(labels.count)\"/>"
            + labels.enumerated().map { "<c:pt idx=\"\($0)\"><c:v>\(XMLText.escape($1))</c:v></c:pt>" }.joined() + "</c:strLit></c:cat>"
    }

    /// A series' shares in percent as literal fractions shown as percentages; an absent share is no point.
    private static func values(_ shares: [Double?]) -> String {
        let points = shares.enumerated().compactMap { position, share in
            share.map { "<c:pt idx=\"\(position)\"><c:v>\(String(format: "%.4f", $0 / 100))</c:v></c:pt>" }
        }
        return "<c:val><c:numLit><c:formatCode>0%</c:formatCode><c:ptCount val=\"\(shares.count)\"/>\(points.joined())</c:numLit></c:val>"
    }

    private static let categoryAxis = 1001
    private static let valueAxis = 1002

    /// A chart part around its plot: Dutch, no title, an empty cell as a gap.
    private static func chartSpace(plot: String, legend: String) -> String {
        OfficePackage.xmlHeader + """
            <c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" \
            xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" \
            xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">\
            <c:lang val="nl-NL"/><c:roundedCorners val="0"/>\
            <c:chart><c:autoTitleDeleted val="1"/><c:plotArea><c:layout/>\(plot)</c:plotArea>\(legend)<c:plotVisOnly val="1"/>\
            <c:dispBlanksAs val="gap"/></c:chart></c:chartSpace>
            """
    }

    /// The category axis and the percentage axis (0 to `maximum`, a grid line every 20%) of a plot;
    /// positions "b" or "l". `firstOnTop` lists the categories downwards, as a table does.
    private static func axes(
        categoriesAt: String, firstOnTop: Bool, valuesAt: String, maximum: Double, valueAxisCrosses: String, between: String
    ) -> String {
        """
        <c:catAx><c:axId val="\(categoryAxis)"/><c:scaling><c:orientation val="\(firstOnTop ? "maxMin" : "minMax")"/></c:scaling><c:delete val="0"/>\
        <c:axPos val="\(categoriesAt)"/><c:numFmt formatCode="General" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/>\
        <c:tickLblPos val="nextTo"/>\(text)<c:crossAx val="\(valueAxis)"/><c:crosses val="autoZero"/><c:auto val="1"/><c:lblAlgn val="ctr"/>\
        <c:lblOffset val="100"/><c:noMultiLvlLbl val="0"/></c:catAx>\
        <c:valAx><c:axId val="\(valueAxis)"/><c:scaling><c:orientation val="minMax"/><c:max val="\(maximum)"/><c:min val="0"/></c:scaling>\
        <c:delete val="0"/><c:axPos val="\(valuesAt)"/><c:majorGridlines><c:spPr><a:ln w="3175"><a:solidFill><a:srgbClr val="DDDDDD"/></a:solidFill></a:ln></c:spPr></c:majorGridlines>\
        <c:numFmt formatCode="0%" sourceLinked="0"/><c:majorTickMark val="none"/><c:minorTickMark val="none"/><c:tickLblPos val="nextTo"/>\
        \(text)<c:crossAx val="\(categoryAxis)"/><c:crosses val="\(valueAxisCrosses)"/><c:crossBetween val="\(between)"/><c:majorUnit val="0.2"/></c:valAx>
        """
    }
}
