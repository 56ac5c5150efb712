import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `GET /api/v1/content-calendar?month=2026-12`: what is scheduled and
/// published in a month, by day, and the campaigns running in it. Without
/// `month`, the current month in Vilnius.
struct ContentCalendarController {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        routes.described(.staff, "/api/v1").get(
            "content-calendar", use: show,
            .read("What is scheduled and published in a month, by day", ContentCalendarView.self, query: ["month"], problems: []))
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> ContentCalendarView {
        let query = try QueryParameters(request, allowed: ["month"])
        let month = try query.string("month").map(Self.checked) ?? Self.currentMonth()
        let result = try await dependencies.read { db in try CampaignsQueries.calendar(month: month, in: db) }
        return ContentCalendarView(month: month, items: result.items, campaigns: result.campaigns)
    }

    /// `YYYY-MM` of a year the API knows.
    static func checked(_ text: String) throws -> String {
        guard text.count == 7, CalendarDay.isValid(text + "-01"), let year = Int(text.prefix(4)),
            GatewayLimits.years.contains(year)
        else {
            throw Problem.badQuery("month", "'month' must be a month such as 2026-12, not '\(text)'")
        }
        return text
    }

    static func currentMonth() -> String {
        let parts = Timestamp.vilniusCalendar.dateComponents([.year, .month], from: Date())
        let month = parts.month ?? 1
        return "\(parts.year ?? 2026)-\(month < 10 ? "0" : "")\(month)"
    }
}
