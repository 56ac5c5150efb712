import Foundation
import GatewayKit
import Hummingbird
import ICalendar

/// `GET /api/v1/calendar.ics`: scheduled and held events (and cancelled ones
/// that had been scheduled) as an RFC 5545 calendar; `from`, `to` and
/// `type` narrow it like the event list, `venue` to one place (as the
/// public calendar's filter).
struct CalendarController {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        routes.described(.open, "/api/v1").get(
            "calendar.ics", use: calendar,
            APIOperation(
                "The public calendar of scheduled events (iCalendar)", query: ["from", "to", "type"],
                answers: [.file("text/calendar; charset=utf-8", description: "An RFC 5545 calendar")]))
    }

    @Sendable func calendar(_ request: Request, context: GatewayContext) async throws -> Response {
        let query = try QueryParameters(request, allowed: ["from", "to", "type", "venue"])
        var filter = try EventListQuery.filter(from: query)
        filter.venue = try EventListQuery.venue(from: query)
        let events = try await dependencies.read { [filter] db in try EventsQueries.calendarEvents(filter, in: db) }
        let text = ICalendar.document(for: events.map(\.calendarEvent))
        var headers = HTTPFields()
        headers[.contentType] = "text/calendar; charset=utf-8"
        headers[.contentDisposition] = "inline; filename=\"komunika.ics\""
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
