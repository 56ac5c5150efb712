import Foundation
import GatewayKit
import Hummingbird

/// Demand statistics of a year, per event type and per month.
struct DemandView: ResponseEncodable, Decodable {
    struct Figures: Codable {
        var key: String
        var events: Int
        var capacity: Int
        var accepted: Int
        var waitlisted: Int
        @ExplicitNull var fillRate: Double?

        init(_ figures: DemandFigures) {
            key = figures.key
            events = figures.events
            capacity = figures.capacity
            accepted = figures.accepted
            waitlisted = figures.waitlisted
            fillRate = figures.fillRate.map { ($0 * 10_000).rounded() / 10_000 }
        }
    }

    var year: Int
    var byType: [Figures]
    var byMonth: [Figures]
    var total: Figures

    init(_ report: DemandReport) {
        year = report.year
        byType = report.byType.map(Figures.init)
        byMonth = report.byMonth.map(Figures.init)
        total = Figures(report.total)
    }
}
