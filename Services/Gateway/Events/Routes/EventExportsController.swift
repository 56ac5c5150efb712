import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The events part's CSV downloads (`EventsCSV`), each both in the staff's
/// API and behind the matching page's link:
/// `GET /api/v1/events/{id}/registrations.csv` and `/renginiai/{id}/registracijos.csv`,
/// `GET /api/v1/events/{id}/attendance.csv` and `/renginiai/{id}/lankomumas.csv`,
/// `GET /api/v1/plans/{year}/items.csv` and `/renginiai/planas/{year}/planas.csv`.
struct EventExportsController {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        let api = routes.described(.staff, "/api/v1")
        api.get(
            "events/:id/registrations.csv", use: registrations,
            APIOperation(
                "An event's registrations as CSV (UTF-8 with BOM, formulas neutralised)",
                answers: [.file("text/csv; charset=utf-8; header=present", description: "The registrations", headers: ["Content-Disposition"])],
                problems: [404]))
        api.get(
            "events/:id/attendance.csv", use: attendance,
            APIOperation(
                "An event's attendance as CSV (UTF-8 with BOM, formulas neutralised)",
                answers: [.file("text/csv; charset=utf-8; header=present", description: "Who came", headers: ["Content-Disposition"])],
                problems: [404]))
        api.get(
            "plans/:year/items.csv", use: plan,
            APIOperation(
                "The annual plan's items of a year as CSV (UTF-8 with BOM, formulas neutralised)",
                answers: [.file("text/csv; charset=utf-8; header=present", description: "The plan", headers: ["Content-Disposition"])],
                problems: [400]))
        routes.pages.get("/renginiai/{id}/registracijos.csv", use: registrations)
        routes.pages.get("/renginiai/{id}/lankomumas.csv", use: attendance)
        routes.pages.get("/renginiai/planas/{year}/planas.csv", use: plan)
    }

    @Sendable func registrations(_ request: Request, context: GatewayContext) async throws -> Response {
        let (event, registrations) = try await eventAndRegistrations(context)
        return try EventsCSV.registrations(of: event, registrations).response()
    }

    @Sendable func attendance(_ request: Request, context: GatewayContext) async throws -> Response {
        let (event, registrations) = try await eventAndRegistrations(context)
        return try EventsCSV.attendance(of: event, registrations).response()
    }

    @Sendable func plan(_ request: Request, context: GatewayContext) async throws -> Response {
        let year = try context.parameters.year("year")
        return try EventsCSV.plan(try await dependencies.read { db in try EventsQueries.plan(year: year, in: db) }).response()
    }

    /// The event of the path and its registrations in order of registering; 404 for an unknown event.
    private func eventAndRegistrations(_ context: GatewayContext) async throws -> (EventRecord, [RegistrationRecord]) {
        let eventId = try context.parameters.uuid("id", naming: "event")
        let found = try await dependencies.read { db -> (EventRecord, [RegistrationRecord])? in
            guard let event = try EventsQueries.event(id: eventId, in: db) else { return nil }
            return (event, try EventsQueries.registrations(eventId: eventId, in: db))
        }
        guard let found else { throw Problem.notFound("no event has the id \(eventId.uuidString)") }
        return found
    }
}
