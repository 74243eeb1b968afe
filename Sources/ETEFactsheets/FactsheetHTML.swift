import ETEModel
import ETEOutput

/// The factsheet as one self-contained HTML page, laid out for printing on one A4 page (CSS
/// @page) and reflowing on a phone, with the trend as an inline SVG chart that carries a text alternative.
enum FactsheetHTML {
    static func render(_ content: FactsheetContent) -> String {
        var body = "<header>"
        if let confidentiality = content.confidentiality { body += "<p class=\"confidential\">\(escape(confidentiality))</p>" }
        body += "<h1>\(escape(content.title))</h1><p class=\"sub\">\(escape(content.subtitle))</p></header>\n"
        if let notice = content.notice { body += "<p class=\"notice\" role=\"note\">\(escape(notice))</p>\n" }
        body += "<main>\n"
        for section in content.sections {
            let blocks = section.blocks.map(render).joined()
            body +=
                (section.trend != nil ? "<section class=\"with-chart\">" : "<section>") + "<h2>\(escape(section.heading))</h2>\n"
                + (section.inTwoColumns ? "<div class=\"two-columns\">\n\(blocks)</div>\n" : blocks) + "</section>\n"
        }
        body += "</main>\n<footer><p>" + content.footer.map(escape).joined(separator: " ") + "</p></footer>\n"
        return """
            <!DOCTYPE html>
            <html lang="nl">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(escape(content.title))</title>\(content.confidentiality.map { "\n<meta name=\"classification\" content=\"\(escape($0))\">" } ?? "")
            <style>\(style)</style>
            </head>
            <body>
            \(body)</body>
            </html>

            """
    }

    private static func render(_ block: FactsheetContent.Block) -> String {
        switch block {
        case .paragraph(let text): "<p>\(escape(text))</p>\n"
        case .note(let text): "<p class=\"note\">\(escape(text))</p>\n"
        case .list(let heading, let items):
            "<h3>\(escape(heading))</h3><ul>"
                + items.map { item in
                    "<li>\(escape(item.text))" + (item.link.map { " <a href=\"\(escape($0))\">Meer hierover</a>" } ?? "") + "</li>"
                }.joined() + "</ul>\n"
        case .table(let table): render(table)
        case .trend(let trend): chart(trend)
        case .bars(let bars): chart(bars)
        }
    }

    private static func render(_ table: FactsheetContent.Table) -> String {
        func cell(_ tag: String, _ text: String, _ index: Int, scope: String? = nil) -> String {
            let attributes = (table.numeric.contains(index) ? " class=\"num\"" : "") + (scope.map { " scope=\"\($0)\"" } ?? "")
            return "<\(tag)\(attributes)>\(escape(text))</\(tag)>"
        }
        let head = "<tr>" + table.header.enumerated().map { cell("th", $1, $0, scope: "col") }.joined() + "</tr>"
        let rows = table.rows.map { row in
            "<tr>" + row.enumerated().map { $0 == 0 ? cell("th", $1, $0, scope: "row") : cell("td", $1, $0) }.joined() + "</tr>"
        }
        // On a narrow screen a wide table scrolls inside its own box (reachable by keyboard), not the page.
        return "<div class=\"table-box\" tabindex=\"0\"><table><thead>\(head)</thead><tbody>\(rows.joined())</tbody></table></div>\n"
    }

    /// Two lines over the survey years, 0–60%; the municipality dark, the nation light, as in every output.
    private static func chart(_ trend: FactsheetContent.Trend) -> String {
        // Labels of 12 CSS pixels (9 pt in print) need room: the legend's names sit right of the plot.
        let width = 330.0
        let height = 130.0
        let left = 40.0
        let right = 120.0
        let top = 10.0
        let bottom = 22.0
        let maximum = trend.axisMaximum
        let plotWidth = width - left - right
        let plotHeight = height - top - bottom
        func x(_ index: Int) -> Double { left + (trend.years.count > 1 ? plotWidth * Double(index) / Double(trend.years.count - 1) : 0) }
        func y(_ value: Double) -> Double { top + plotHeight * (1 - value / maximum) }
        func line(_ values: [Double?], colour: String, dash: String) -> String {
            let points = values.enumerated().compactMap { index, value in value.map { "\(format(x(index))),\(format(y($0)))" } }
            let dots = values.enumerated().compactMap { index, value in
                value.map { "<circle cx=\"\(format(x(index)))\" cy=\"\(format(y($0)))\" r=\"2.5\" fill=\"\(colour)\"/>" }
            }
            return "<polyline fill=\"none\" stroke=\"\(colour)\" stroke-width=\"2\"\(dash) points=\"\(points.joined(separator: " "))\"/>"
                + dots.joined()
        }
        var svg =
            "<svg role=\"img\" aria-labelledby=\"trend-titel trend-tekst\" viewBox=\"0 0 \(Int(width)) \(Int(height))\" width=\"\(Int(width))\" height=\"\(Int(height))\">"
        svg += "<title id=\"trend-titel\">Eenzaamheid 18+ over de jaren</title><desc id=\"trend-tekst\">\(escape(trend.description))</desc>"
        for tick in stride(from: 0.0, through: maximum, by: 20) {
            svg +=
                "<line x1=\"\(format(left))\" x2=\"\(format(width - right))\" y1=\"\(format(y(tick)))\" y2=\"\(format(y(tick)))\" stroke=\"#ddd\"/>"
            svg += "<text x=\"\(format(left - 4))\" y=\"\(format(y(tick) + 3))\" text-anchor=\"end\">\(Int(tick))%</text>"
        }
        for (index, year) in trend.years.enumerated() {
            svg += "<text x=\"\(format(x(index)))\" y=\"\(format(height - 6))\" text-anchor=\"middle\">\(year)</text>"
        }
        svg += line(trend.national, colour: FactsheetColours.national, dash: " stroke-dasharray=\"4 3\"")
        svg += line(trend.own, colour: FactsheetColours.municipality, dash: "")
        let legendX = format(width - right + 10)
        // A long name takes several lines of the legend instead of running off the chart.
        let nameLines = legendLines(trend.ownName, width: 15)
        svg +=
            "<text x=\"\(legendX)\" y=\"\(format(top + 12))\" style=\"fill:\(FactsheetColours.municipality)\">"
            + nameLines.enumerated().map { index, line in
                "<tspan x=\"\(legendX)\" dy=\"\(index == 0 ? 0 : 14)\">\(escape(line))</tspan>"
            }.joined() + "</text>"
        svg +=
            "<text x=\"\(legendX)\" y=\"\(format(top + 30 + 14 * Double(nameLines.count - 1)))\" style=\"fill:\(FactsheetColours.nationalText)\">Nederland</text>"
        // A plain box, not <figure>: a PDF printed from the page would tag the box as a second
        // figure without alternative text; the chart itself carries its title and description.
        return "<div class=\"chart\">" + svg + "</svg><p class=\"caption\">\(FactsheetContent.Trend.caption)</p></div>\n"
    }

    /// One bar per item, 0–100%, the label before it and the value after it; scales with the page.
    private static func chart(_ bars: FactsheetContent.Bars) -> String {
        let labelWidth = 40.0
        let barWidth = 300.0
        let barHeight = 14.0
        let perItem = max(1, bars.items.first?.values.count ?? 1)
        let legend = bars.series.count > 1 ? 18.0 * Double(bars.series.count) : 0
        let rowHeight = barHeight * Double(perItem) + 4
        let height = legend + rowHeight * Double(bars.items.count) + 6
        let id = bars.id
        let colours = FactsheetColours.series
        var svg =
            "<svg role=\"img\" aria-labelledby=\"\(id)-titel \(id)-tekst\" viewBox=\"0 0 \(Int(labelWidth + barWidth + 40)) \(Int(height))\" width=\"\(Int(labelWidth + barWidth + 40))\" height=\"\(Int(height))\">"
        svg += "<title id=\"\(id)-titel\">\(escape(bars.title))</title><desc id=\"\(id)-tekst\">\(escape(bars.description))</desc>"
        if bars.series.count > 1 {
            for (index, name) in bars.series.enumerated() {
                let y = 2 + 18 * Double(index)
                svg +=
                    "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 3))\" width=\"10\" height=\"10\" fill=\"\(colours[index % colours.count])\"/>"
                svg += "<text x=\"\(format(labelWidth + 14))\" y=\"\(format(y + 13))\">\(escape(name))</text>"
            }
        }
        for (index, item) in bars.items.enumerated() {
            let top = legend + 3 + rowHeight * Double(index)
            svg += "<text x=\"\(format(labelWidth - 4))\" y=\"\(format(top + 12))\" text-anchor=\"end\">\(escape(item.label))</text>"
            for (position, value) in item.values.enumerated() {
                let y = top + barHeight * Double(position)
                if let value {
                    let width = barWidth * value / 100
                    svg +=
                        "<rect x=\"\(format(labelWidth))\" y=\"\(format(y + 1))\" width=\"\(format(width))\" height=\"\(format(barHeight - 3))\" fill=\"\(colours[position % colours.count])\"/>"
                    svg += "<text x=\"\(format(labelWidth + width + 4))\" y=\"\(format(y + 11))\">\(DutchPhrase.percent(value))</text>"
                } else {
                    svg += "<text x=\"\(format(labelWidth + 4))\" y=\"\(format(y + 11))\">\(StatisticalSymbol.secret.symbol)</text>"
                }
            }
        }
        return "<div class=\"chart\">" + svg + "</svg><p class=\"caption\">\(escape(bars.title))</p></div>\n"
    }

    /// Words gathered into lines of about `width` characters (a longer word keeps its own line).
    static func legendLines(_ text: String, width: Int) -> [String] {
        text.split(separator: " ").reduce(into: [String]()) { lines, word in
            if let last = lines.last, last.count + 1 + word.count <= width {
                lines[lines.count - 1] += " " + word
            } else {
                lines.append(String(word))
            }
        }
    }

    private static func format(_ value: Double) -> String { String(Int((value * 10).rounded()) / 10) }

    private static func escape(_ text: String) -> String { XMLText.escape(text) }

    private static let style = """
        @page { size: A4; margin: 8mm 10mm; }
        * { box-sizing: border-box; }
        body { font-family: Verdana, "DejaVu Sans", sans-serif; font-size: 8pt; line-height: 1.25; color: #1a1a1a; margin: 0 auto; max-width: 190mm; }
        h1 { font-size: 15pt; color: \(FactsheetColours.municipality); margin: 0; }
        h2 { clear: both; font-size: 10pt; color: \(FactsheetColours.municipality); margin: 6pt 0 2pt; border-bottom: 1px solid #b3c7dd; }
        h3 { font-size: 8.5pt; margin: 4pt 0 1pt; }
        p { margin: 2pt 0; }
        .sub { color: #444; }
        .confidential { font-weight: bold; font-size: 8pt; margin: 0 0 2pt; color: #154273; }
        .notice { border: 2px solid #c00000; color: #c00000; font-weight: bold; padding: 3pt 5pt; margin: 5pt 0; }
        .note { font-size: 7pt; color: #444; }
        table { border-collapse: collapse; margin: 3pt 0; width: 100%; }
        th, td { border: 1px solid #c9c9c9; padding: 1pt 4pt; text-align: left; vertical-align: top; }
        thead th { background: #e8eef5; }
        .num { text-align: right; }
        ul { margin: 1pt 0 3pt 14pt; padding: 0; }
        li { margin: 0 0 1pt; }
        .two-columns { columns: 2; column-gap: 7mm; }
        .two-columns h3 { break-after: avoid; }
        .two-columns li { break-inside: avoid; }
        .chart { margin: 3pt 0 3pt 8pt; }
        .with-chart { display: grid; grid-template-columns: 1fr auto; align-items: start; }
        .with-chart > h2 { grid-column: 1 / -1; }
        .with-chart > .chart { grid-column: 2; grid-row: 2 / span 4; }
        .caption { font-size: 7.5pt; color: #444; }
        svg text { font-size: 12px; font-family: inherit; fill: #333; }
        svg { max-width: 100%; height: auto; }
        @media screen { body { padding: 8px; } .table-box { overflow-x: auto; } }
        @media screen and (max-width: 40em) {
          .with-chart { display: block; }
          .chart { margin-left: 0; }
          .two-columns { columns: 1; }
        }
        footer { margin-top: 5pt; border-top: 1px solid #b3c7dd; font-size: 6.5pt; color: #444; }
        @media print { h2, h3 { break-after: avoid-page; } }
        """
}

/// Colours fixed by meaning in every factsheet (and chosen to read in greyscale too).
enum FactsheetColours {
    static let municipality = "#154273"
    /// Light enough to read as "the other line", dark enough for 3:1 against white (WCAG 1.4.11).
    static let national = "#6f8db3"
    /// The national colour for text, dark enough for contrast on white.
    static let nationalText = "#4d6a8c"
    /// Bars of several groups side by side: distinct in hue and in lightness, each 3:1 against white.
    static let series = [municipality, "#b05f00", "#2e7d32", "#6a3d9a", "#6f8db3", "#8a4b08"]
}
