import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/events/{id}/registrations` and `/attendance`: who registered,
/// registering, cancelling (with promotion from the waiting list), attendance.
struct RegistrationsController {
    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .events) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/events/:id")
        group.get("registrations", use: list, .list("An event's registrations", RegistrationView.self, query: ["status"], problems: [404]))
        group.post(
            "registrations", use: register,
            .write("Registers a person for an event", body: RegistrationInput.self, answer: RegistrationView.self, creates: true))
        group.delete(
            "registrations/:registrationId", use: cancel,
            .command("Cancels a registration; the first on the waiting list moves up", answer: RegistrationOutcomeView.self))
        group.post(
            "attendance", use: recordAttendance,
            .write("Records whether a registered person came", body: AttendanceInput.self, answer: RegistrationView.self))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<RegistrationView> {
        let eventId = try context.parameters.uuid("id", naming: "event")
        let query = try QueryParameters(request, allowed: ["status"])
        let statuses = try query.set("status", of: RegistrationStatus.self)
        let registrations = try await dependencies.read { db -> [RegistrationRecord]? in
            guard try EventsQueries.event(id: eventId, in: db) != nil else { return nil }
            return try EventsQueries.registrations(eventId: eventId, in: db)
        }
        guard let registrations else { throw Problem.notFound("no event has the id \(eventId.uuidString)") }
        let shown = registrations.filter { statuses.isEmpty || statuses.contains($0.status) }
        return ListView(all: shown.map(RegistrationView.init))
    }

    @Sendable func register(_ request: Request, context: GatewayContext) async throws -> WriteResponse<RegistrationView> {
        let eventId = try context.parameters.uuid("id", naming: "event")
        let attendee = try await JSONBody.decode(RegistrationInput.self, from: request, context: context).validated()
        let command = RegisterAttendee(registrationId: UUID(), eventId: eventId, attendee: attendee)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.registrationId ?? command.registrationId
        let record = try await dependencies.read { db in
            try EventsQueries.registration(id: id, eventId: eventId, in: db)
        }
        let fallback = RegistrationRecord(
            id: id, eventId: eventId, attendee: attendee, status: sent.result?.status ?? .accepted,
            position: sent.result?.position, registeredAt: Date(), updatedSeq: sent.seq ?? 0)
        return WriteResponse(
            status: .created, body: RegistrationView(record ?? fallback),
            location: "/api/v1/events/\(eventId.uuidString)/registrations/\(id.uuidString)",
            fresh: sent.fresh && record != nil)
    }

    @Sendable func cancel(_ request: Request, context: GatewayContext) async throws -> WriteResponse<RegistrationOutcomeView> {
        let eventId = try context.parameters.uuid("id", naming: "event")
        let registrationId = try context.parameters.uuid("registrationId", naming: "registration")
        let sent = try await sender.send(CancelRegistration(eventId: eventId, registrationId: registrationId), for: request, context: context)
        let outcome =
            sent.result
            ?? RegistrationOutcome(registrationId: registrationId, eventId: eventId, status: .cancelled)
        return WriteResponse(body: RegistrationOutcomeView(outcome), fresh: sent.fresh)
    }

    @Sendable func recordAttendance(_ request: Request, context: GatewayContext) async throws -> WriteResponse<RegistrationView> {
        let eventId = try context.parameters.uuid("id", naming: "event")
        let (registrationId, attended) = try await JSONBody.decode(AttendanceInput.self, from: request, context: context)
            .validated()
        let sent = try await sender.send(
            RecordAttendance(eventId: eventId, registrationId: registrationId, attended: attended), for: request, context: context)
        let record = try await dependencies.read { db in
            try EventsQueries.registration(id: registrationId, eventId: eventId, in: db)
        }
        guard var record else {
            throw Problem.notFound("no registration \(registrationId.uuidString) of event \(eventId.uuidString)")
        }
        if !sent.fresh { record.attended = attended }
        return WriteResponse(body: RegistrationView(record), fresh: sent.fresh)
    }
}
