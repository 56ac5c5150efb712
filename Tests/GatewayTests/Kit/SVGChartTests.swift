import XCTest

@testable import GatewayKit

/// The server-drawn charts: what a reader without the picture still gets.
final class SVGChartTests: XCTestCase {
    func testBarsCarryTheirTitleTheirNumbersAndEscapeTheirLabels() {
        let svg = SVGChart.groupedBars(
            labels: ["I ketv.", "II <ketv.>"],
            series: [SVGChart.Series(name: "Planuota", values: [4, 6]), SVGChart.Series(name: "Įvyko", values: [3, 6])],
            title: "Renginiai pagal ketvirčius")
        XCTAssertTrue(svg.hasPrefix(#"<svg xmlns="http://www.w3.org/2000/svg" class="chart""#), svg)
        XCTAssertTrue(svg.contains(#"aria-label="Renginiai pagal ketvirčius""#))
        XCTAssertTrue(svg.contains("<title>Įvyko: I ketv. — 3</title>"))
        XCTAssertTrue(svg.contains("<title>Planuota: II &lt;ketv.&gt; — 6</title>"))
        XCTAssertFalse(svg.contains("<ketv.>"))
        XCTAssertEqual(svg.components(separatedBy: "<rect ").count - 1, 4 + 2, "four bars and two legend keys")
        XCTAssertTrue(svg.hasSuffix("</svg>"))
    }

    func testALineHasAPointPerValueAndShowsANegativeMinimum() {
        let svg = SVGChart.lines(labels: ["01", "02", "03"], series: [SVGChart.Series(name: "NPS", values: [-20, 10, 35.5])], title: "NPS")
        XCTAssertEqual(svg.components(separatedBy: "<circle ").count - 1, 3)
        XCTAssertTrue(svg.contains("<title>NPS: 03 — 35.5</title>"))
        XCTAssertTrue(svg.contains(#"text-anchor="end">-20</text>"#), svg)
    }
}
