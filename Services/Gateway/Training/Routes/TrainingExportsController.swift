import Foundation
import GRDB
import GatewayKit
import Hummingbird
import MessageSchema

/// The training part's CSV downloads (`TrainingCSV`), each both in the
/// staff's API and behind the session page's link:
/// `GET /api/v1/sessions/{id}/enrolments.csv` and `/mokymai/sesijos/{id}/dalyviai.csv`,
/// `GET /api/v1/sessions/{id}/certificates.csv` and `/mokymai/sesijos/{id}/pazymejimai.csv`.
struct TrainingExportsController {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        let api = routes.described(.staff, "/api/v1/sessions")
        api.get(
            ":id/enrolments.csv", use: enrolments,
            APIOperation(
                "A session's enrolments and attendance as CSV (UTF-8 with BOM, formulas neutralised)",
                answers: [.file("text/csv; charset=utf-8; header=present", description: "The enrolments", headers: ["Content-Disposition"])],
                problems: [404]))
        api.get(
            ":id/certificates.csv", use: certificates,
            APIOperation(
                "A session's certificates with their public links as CSV (UTF-8 with BOM, formulas neutralised)",
                answers: [.file("text/csv; charset=utf-8; header=present", description: "The certificates", headers: ["Content-Disposition"])],
                problems: [404]))
        routes.pages.get("/mokymai/sesijos/{id}/dalyviai.csv", use: enrolments)
        routes.pages.get("/mokymai/sesijos/{id}/pazymejimai.csv", use: certificates)
    }

    @Sendable func enrolments(_ request: Request, context: GatewayContext) async throws -> Response {
        let (session, enrolments) = try await existing(context) { id, db in try TrainingQueries.enrolments(sessionId: id, in: db) }
        return try TrainingCSV.enrolments(of: session, enrolments).response()
    }

    @Sendable func certificates(_ request: Request, context: GatewayContext) async throws -> Response {
        let (session, certificates) = try await existing(context) { id, db in try TrainingQueries.certificates(sessionId: id, in: db) }
        return try TrainingCSV.certificates(of: session, certificates, publicURL: dependencies.publicURL).response()
    }

    /// The session of the path and what `rows` reads of it; 404 for an unknown session.
    private func existing<Rows: Sendable>(
        _ context: GatewayContext, _ rows: @escaping @Sendable (UUID, Database) throws -> Rows
    ) async throws -> (TrainingSessionRecord, Rows) {
        let id = try context.parameters.uuid("id", naming: "session")
        let found = try await dependencies.read { db -> (TrainingSessionRecord, Rows)? in
            guard let session = try TrainingQueries.session(id: id, in: db) else { return nil }
            return (session, try rows(id, db))
        }
        guard let found else { throw Problem.notFound("no session has the id \(id.uuidString)") }
        return found
    }
}
