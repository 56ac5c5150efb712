import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/sessions/{id}`: a session, its completion or cancellation, its
/// enrolments (with the waiting list), attendance, and its certificates.
struct TrainingSessionsController {
    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .training) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/sessions")
        group.get(":id", use: show, .read("A training session", TrainingSessionView.self))
        group.post(
            ":id/transitions", use: transition,
            .write("Moves a session to another status", body: TrainingTransitionInput.self, answer: TrainingSessionView.self))
        group.get(":id/enrolments", use: enrolments, .list("A session's enrolments", EnrolmentView.self, query: ["status"], problems: [404]))
        group.post(
            ":id/enrolments", use: enrol,
            .write("Enrols a librarian in a session", body: EnrolmentInput.self, answer: EnrolmentView.self, creates: true))
        group.delete(
            ":id/enrolments/:enrolmentId", use: cancel,
            .command("Cancels an enrolment; the first on the waiting list moves up", answer: EnrolmentCancelledView.self))
        group.put(
            ":id/enrolments/:enrolmentId/attendance", use: recordAttendance,
            .write("Records an enrolled librarian's attendance", body: TrainingAttendanceInput.self, answer: EnrolmentView.self))
        group.get(
            ":id/certificates", use: certificates, .list("The certificates of a completed session", SessionCertificateView.self, problems: [404]))
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> TrainingSessionView {
        TrainingSessionView(try await existingSession(try context.parameters.uuid("id", naming: "session")))
    }

    @Sendable func transition(_ request: Request, context: GatewayContext) async throws -> WriteResponse<TrainingSessionView> {
        let id = try context.parameters.uuid("id", naming: "session")
        let (status, reason) = try await JSONBody.decode(TrainingTransitionInput.self, from: request, context: context)
            .validated()
        let sent = try await sender.send(TransitionTrainingSession(sessionId: id, to: status, reason: reason), for: request, context: context)
        var row = try await existingSession(id)
        if !sent.fresh { row.status = status }
        return WriteResponse(body: TrainingSessionView(row), fresh: sent.fresh)
    }

    @Sendable func enrolments(_ request: Request, context: GatewayContext) async throws -> ListView<EnrolmentView> {
        let id = try context.parameters.uuid("id", naming: "session")
        let query = try QueryParameters(request, allowed: ["status"])
        let statuses = try query.set("status", of: EnrolmentStatus.self)
        let rows = try await dependencies.read { db -> [EnrolmentRecord]? in
            guard try TrainingQueries.session(id: id, in: db) != nil else { return nil }
            return try TrainingQueries.enrolments(sessionId: id, in: db)
        }
        guard let rows else { throw Problem.notFound("no session has the id \(id.uuidString)") }
        let shown = rows.filter { statuses.isEmpty || statuses.contains($0.status) }
        return ListView(all: shown.map(EnrolmentView.init))
    }

    @Sendable func enrol(_ request: Request, context: GatewayContext) async throws -> WriteResponse<EnrolmentView> {
        let sessionId = try context.parameters.uuid("id", naming: "session")
        let trainee = try await JSONBody.decode(EnrolmentInput.self, from: request, context: context).validated()
        let command = EnrolTrainee(enrolmentId: UUID(), sessionId: sessionId, trainee: trainee)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.enrolmentId ?? command.enrolmentId
        let row = try await dependencies.read { db in try TrainingQueries.enrolment(id: id, sessionId: sessionId, in: db) }
        let outcome = sent.result ?? EnrolmentOutcome(enrolmentId: id, sessionId: sessionId, status: .accepted)
        let view = EnrolmentView(row ?? EnrolmentRecord(outcome: outcome, trainee: trainee, enrolledAt: Date()))
        return WriteResponse(
            status: .created, body: view, location: "/api/v1/sessions/\(sessionId.uuidString)/enrolments/\(id.uuidString)",
            fresh: sent.fresh && row != nil)
    }

    @Sendable func cancel(_ request: Request, context: GatewayContext) async throws -> WriteResponse<EnrolmentCancelledView> {
        let sessionId = try context.parameters.uuid("id", naming: "session")
        let enrolmentId = try context.parameters.uuid("enrolmentId", naming: "enrolment")
        let sent = try await sender.send(CancelEnrolment(sessionId: sessionId, enrolmentId: enrolmentId), for: request, context: context)
        let outcome = sent.result ?? EnrolmentOutcome(enrolmentId: enrolmentId, sessionId: sessionId, status: .cancelled)
        return WriteResponse(body: EnrolmentCancelledView(outcome), fresh: sent.fresh)
    }

    @Sendable func recordAttendance(_ request: Request, context: GatewayContext) async throws -> WriteResponse<EnrolmentView> {
        let sessionId = try context.parameters.uuid("id", naming: "session")
        let enrolmentId = try context.parameters.uuid("enrolmentId", naming: "enrolment")
        let attendance = try await JSONBody.decode(TrainingAttendanceInput.self, from: request, context: context).validated()
        let sent = try await sender.send(
            RecordTrainingAttendance(sessionId: sessionId, enrolmentId: enrolmentId, attendance: attendance), for: request, context: context)
        let row = try await dependencies.read { db in
            try TrainingQueries.enrolment(id: enrolmentId, sessionId: sessionId, in: db)
        }
        guard var row else {
            throw Problem.notFound("no enrolment \(enrolmentId.uuidString) of session \(sessionId.uuidString)")
        }
        if !sent.fresh { row.attendance = attendance }
        return WriteResponse(body: EnrolmentView(row), fresh: sent.fresh)
    }

    @Sendable func certificates(_ request: Request, context: GatewayContext) async throws -> ListView<SessionCertificateView> {
        let id = try context.parameters.uuid("id", naming: "session")
        let rows = try await dependencies.read { db -> [CertificateRecord]? in
            guard try TrainingQueries.session(id: id, in: db) != nil else { return nil }
            return try TrainingQueries.certificates(sessionId: id, in: db)
        }
        guard let rows else { throw Problem.notFound("no session has the id \(id.uuidString)") }
        return ListView(all: rows.map(SessionCertificateView.init))
    }

    private func existingSession(_ id: UUID) async throws -> TrainingSessionRecord {
        let row = try await dependencies.read { db in try TrainingQueries.session(id: id, in: db) }
        guard let row else { throw Problem.notFound("no session has the id \(id.uuidString)") }
        return row
    }
}
