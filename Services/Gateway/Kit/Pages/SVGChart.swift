import Foundation

/// Charts drawn on the server as inline SVG (no script, no other site): a
/// template puts one in with `{{{chart}}}`. Every chart has a `<title>` and
/// an `aria-label` saying what it shows, and prints its numbers, so it reads
/// without seeing the bars too.
public enum SVGChart {
    /// One bar or point: its label under the axis and its value.
    public struct Item: Sendable, Equatable {
        public var label: String
        public var value: Double

        public init(_ label: String, _ value: Double) {
            self.label = label
            self.value = value
        }
    }

    /// A series of a grouped bar chart or a line chart.
    public struct Series: Sendable {
        public var name: String
        public var values: [Double]
        /// A fill colour (`#7a1f2b`); the palette's when `nil`.
        public var color: String?

        public init(name: String, values: [Double], color: String? = nil) {
            self.name = name
            self.values = values
            self.color = color
        }
    }

    static let axisColor = "#8b8f96"
    public static let palette = ["#7a1f2b", "#174f9c", "#1e6b34", "#8a5300", "#5b3a8c", "#2b6f77"]

    /// Bars, one per item, with its value above it.
    public static func bars(_ items: [Item], title: String, width: Int = 560, height: Int = 220) -> String {
        groupedBars(
            labels: items.map(\.label), series: [Series(name: title, values: items.map(\.value))], title: title,
            width: width, height: height, legend: false)
    }

    /// Bars in groups: for each label one bar per series (planned and held per quarter).
    public static func groupedBars(
        labels: [String], series: [Series], title: String, width: Int = 560, height: Int = 240, legend: Bool = true
    ) -> String {
        let top = 24.0
        let bottom = 36.0
        let left = 36.0
        let plotHeight = Double(height) - top - bottom - (legend ? 18 : 0)
        let plotWidth = Double(width) - left - 8
        let maximum = max(series.flatMap(\.values).max() ?? 0, 1)
        let groupWidth = plotWidth / Double(max(labels.count, 1))
        let barWidth = max(4, (groupWidth - 10) / Double(max(series.count, 1)))
        var parts: [String] = [header(title: title, width: width, height: height)]
        parts.append(axis(left: left, top: top, plotWidth: plotWidth, plotHeight: plotHeight, maximum: maximum))
        for (index, label) in labels.enumerated() {
            let groupX = left + Double(index) * groupWidth + 5
            for (seriesIndex, each) in series.enumerated() {
                let value = index < each.values.count ? each.values[index] : 0
                let barHeight = plotHeight * value / maximum
                let x = groupX + Double(seriesIndex) * barWidth
                let y = top + plotHeight - barHeight
                let color = each.color ?? palette[seriesIndex % palette.count]
                parts.append(
                    #"<rect x="\#(f(x))" y="\#(f(y))" width="\#(f(barWidth - 2))" height="\#(f(barHeight))" fill="\#(color)"><title>\#(escape(each.name)): \#(escape(label)) — \#(number(value))</title></rect>"#
                )
                parts.append(
                    #"<text x="\#(f(x + (barWidth - 2) / 2))" y="\#(f(y - 3))" text-anchor="middle">\#(number(value))</text>"#)
            }
            parts.append(
                #"<text x="\#(f(groupX + groupWidth / 2 - 5))" y="\#(f(top + plotHeight + 14))" text-anchor="middle">\#(escape(label))</text>"#
            )
        }
        if legend { parts.append(self.legend(series, y: Double(height) - 8, left: left)) }
        parts.append("</svg>")
        return parts.joined()
    }

    /// Lines through each series' values over `labels` (a weekly trend, NPS by month).
    public static func lines(labels: [String], series: [Series], title: String, width: Int = 560, height: Int = 220) -> String {
        let top = 20.0
        let bottom = 50.0
        let left = 36.0
        let plotHeight = Double(height) - top - bottom
        let plotWidth = Double(width) - left - 12
        let values = series.flatMap(\.values)
        let maximum = max(values.max() ?? 0, 1)
        let minimum = min(values.min() ?? 0, 0)
        let span = maximum - minimum
        let step = plotWidth / Double(max(labels.count - 1, 1))
        var parts: [String] = [header(title: title, width: width, height: height)]
        parts.append(axis(left: left, top: top, plotWidth: plotWidth, plotHeight: plotHeight, maximum: maximum, minimum: minimum))
        for (seriesIndex, each) in series.enumerated() {
            let color = each.color ?? palette[seriesIndex % palette.count]
            let points = each.values.enumerated().map { index, value in
                (left + Double(index) * step, top + plotHeight - plotHeight * (value - minimum) / span)
            }
            let path = points.map { "\(f($0.0)),\(f($0.1))" }.joined(separator: " ")
            parts.append(#"<polyline points="\#(path)" fill="none" stroke="\#(color)" stroke-width="2"/>"#)
            for (index, point) in points.enumerated() {
                let label = index < labels.count ? labels[index] : ""
                parts.append(
                    #"<circle cx="\#(f(point.0))" cy="\#(f(point.1))" r="3" fill="\#(color)"><title>\#(escape(each.name)): \#(escape(label)) — \#(number(each.values[index]))</title></circle>"#
                )
            }
        }
        let every = max(1, labels.count / 8)
        for (index, label) in labels.enumerated() where index % every == 0 {
            parts.append(
                #"<text x="\#(f(left + Double(index) * step))" y="\#(f(top + plotHeight + 14))" text-anchor="middle">\#(escape(label))</text>"#)
        }
        if series.count > 1 { parts.append(legend(series, y: Double(height) - 8, left: left)) }
        parts.append("</svg>")
        return parts.joined()
    }

    static func header(title: String, width: Int, height: Int) -> String {
        #"<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 \#(width) \#(height)" width="\#(width)" height="\#(height)" role="img" aria-label="\#(escape(title))"><title>\#(escape(title))</title>"#
    }

    static func axis(left: Double, top: Double, plotWidth: Double, plotHeight: Double, maximum: Double, minimum: Double = 0) -> String {
        let base = top + plotHeight
        return #"<line x1="\#(f(left))" y1="\#(f(base))" x2="\#(f(left + plotWidth))" y2="\#(f(base))" stroke="\#(axisColor)"/>"#
            + #"<line x1="\#(f(left))" y1="\#(f(top))" x2="\#(f(left))" y2="\#(f(base))" stroke="\#(axisColor)"/>"#
            + #"<text x="\#(f(left - 4))" y="\#(f(top + 4))" text-anchor="end">\#(number(maximum))</text>"#
            + #"<text x="\#(f(left - 4))" y="\#(f(base))" text-anchor="end">\#(number(minimum))</text>"#
    }

    static func legend(_ series: [Series], y: Double, left: Double) -> String {
        var x = left
        var parts: [String] = []
        for (index, each) in series.enumerated() {
            let color = each.color ?? palette[index % palette.count]
            parts.append(#"<rect x="\#(f(x))" y="\#(f(y - 9))" width="10" height="10" fill="\#(color)"/>"#)
            parts.append(#"<text x="\#(f(x + 14))" y="\#(f(y))">\#(escape(each.name))</text>"#)
            x += 24 + Double(each.name.count) * 6.5
        }
        return parts.joined()
    }

    /// `12`, `12.5`: a whole number without decimals, else one decimal.
    public static func number(_ value: Double) -> String {
        value.rounded() == value ? String(Int(value)) : String(format: "%.1f", value)
    }

    static func f(_ value: Double) -> String { String(format: "%.1f", value) }

    /// Text made safe inside SVG/HTML.
    public static func escape(_ text: String) -> String {
        text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }
}
