import Foundation
import GatewayKit
import MessageSchema

/// The events part's charts, drawn on the server.
enum EventsCharts {
    /// Plan items and held events per quarter.
    static func plannedAndHeld(_ report: PlanReport, viewer: Viewer) -> String {
        SVGChart.groupedBars(
            labels: report.quarters.map { viewer.text(EventsPageStrings.quarter($0.quarter)) },
            series: [
                SVGChart.Series(name: viewer.text(EventsPageStrings.all["planned"]!), values: report.quarters.map { Double($0.plannedItems) }),
                SVGChart.Series(name: viewer.text(EventsPageStrings.all["held"]!), values: report.quarters.map { Double($0.heldEvents) }),
            ],
            title: viewer.text(
                Localized(lt: "\(report.year) m.: planuota ir įvyko pagal ketvirčius", en: "\(report.year): planned and held by quarter")))
    }

    /// Registrations and waiting lists per month.
    static func demandByMonth(_ report: DemandReport, viewer: Viewer) -> String {
        let names: [String] = viewer.language == .lt ? HumanDate.lithuanianMonthHeadings : HumanDate.englishMonths
        let months: [String] = names.map { String($0.prefix(3)) }
        return SVGChart.groupedBars(
            labels: months,
            series: [
                SVGChart.Series(name: viewer.text(EventsPageStrings.all["accepted"]!), values: report.byMonth.map { Double($0.accepted) }),
                SVGChart.Series(name: viewer.text(EventsPageStrings.all["waitlisted"]!), values: report.byMonth.map { Double($0.waitlisted) }),
            ],
            title: viewer.text(Localized(lt: "\(report.year) m. registracijos pagal mėnesius", en: "Registrations by month, \(report.year)")),
            width: 720)
    }
}
