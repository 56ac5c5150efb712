import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The buttons and forms of an event's page: `POST /renginiai/{id}/busena`
/// (approve in the Events Council, schedule, mark held, cancel with a
/// reason), `POST /renginiai/{id}/registracijos` (register a participant),
/// `POST /renginiai/{id}/registracijos/{registration}/atvyko` (one-click
/// check-in), `…/atsaukimas` (cancel a registration). Each goes back to the
/// event's page; a refusal is shown there with its status.
struct EventActionsPageController {
    let dependencies: GatewayDependencies
    let pages: EventsPageController
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .events) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.post("/renginiai/{id}/busena", use: transition)
        routes.pages.post("/renginiai/{id}/registracijos", use: register)
        routes.pages.post("/renginiai/{id}/registracijos/{registration}/atvyko", use: arrived)
        routes.pages.post("/renginiai/{id}/registracijos/{registration}/atsaukimas", use: cancelRegistration)
    }

    @Sendable func transition(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try EventsPageController.eventId(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let to = form["to"].flatMap(EventStatus.init(rawValue:)) else {
            return try await pages.page(
                id: id, viewer: viewer, failure: viewer.text(Localized(lt: "Nežinoma būsena.", en: "Unknown status.")),
                status: .unprocessableContent)
        }
        if to == .cancelled, form["reason"] == nil {
            let message = viewer.text(Localized(lt: "Nurodykite atšaukimo priežastį.", en: "Give the reason for cancelling."))
            return try await pages.page(id: id, viewer: viewer, errors: ["reason": message], status: .unprocessableContent)
        }
        return try await send(TransitionEvent(eventId: id, to: to, reason: form["reason"]), id: id, request: request, context: context)
    }

    @Sendable func register(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try EventsPageController.eventId(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var errors: [String: String] = [:]
        if form["name"] == nil {
            errors["name"] = viewer.text(Localized(lt: "Įrašykite dalyvio vardą ir pavardę.", en: "Enter the participant's name."))
        }
        let email = form["email"] ?? ""
        if !email.contains("@") || email.contains(" ") {
            errors["email"] = viewer.text(Localized(lt: "Įrašykite el. pašto adresą.", en: "Enter an e-mail address."))
        }
        let typed = ["name": form["name"] ?? "", "email": email, "organisation": form["organisation"] ?? ""]
        guard errors.isEmpty, let name = form["name"] else {
            return try await pages.page(id: id, viewer: viewer, errors: errors, form: typed, status: .unprocessableContent)
        }
        let command = RegisterAttendee(
            registrationId: UUID(), eventId: id, attendee: Attendee(name: name, email: email, organisation: form["organisation"]))
        do {
            _ = try await sender.send(command, for: request, context: context)
            return PageTemplates.redirect(to: "/renginiai/\(id.uuidString.lowercased())#registracijos")
        } catch let problem as Problem {
            return try await pages.page(id: id, viewer: viewer, failure: problem.detail, form: typed, status: problem.status)
        }
    }

    @Sendable func arrived(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try EventsPageController.eventId(context)
        let registration = try registrationId(context)
        return try await send(
            RecordAttendance(eventId: id, registrationId: registration, attended: true), id: id, request: request, context: context)
    }

    @Sendable func cancelRegistration(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try EventsPageController.eventId(context)
        let registration = try registrationId(context)
        return try await send(CancelRegistration(eventId: id, registrationId: registration), id: id, request: request, context: context)
    }

    private func registrationId(_ context: GatewayContext) throws -> UUID {
        guard let id = UUID(uuidString: try context.parameters.require("registration")) else {
            throw PageProblem.notFound(Localized(lt: "Tokios registracijos nėra.", en: "There is no such registration."))
        }
        return id
    }

    private func send<C: Command>(_ command: C, id: UUID, request: Request, context: GatewayContext) async throws -> Response {
        do {
            _ = try await sender.send(command, for: request, context: context)
            return PageTemplates.redirect(to: "/renginiai/\(id.uuidString.lowercased())")
        } catch let problem as Problem {
            return try await pages.page(id: id, viewer: Viewer(request: request, context: context), failure: problem.detail, status: problem.status)
        }
    }
}
