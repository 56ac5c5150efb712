import Foundation
import GatewayKit
import Hummingbird
import MessageSchema
import SignedLinks

/// The link in a registration's e-mails that cancels it:
/// `GET /registracija/atsaukti/{token}` shows the event and a button (a mail
/// scanner's GET cancels nothing); `POST` (form token checked) sends the
/// cancel command and answers "cancelled". A token not signed with the link
/// secret for cancelling a registration, or naming none, is answered 404 "this
/// link is not valid"; a registration cancelled already, 410.
struct CancelLinkPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .events) }

    func addRoutes(to routes: PartRoutes) {
        routes.publicPages.get("/registracija/atsaukti/{token}", use: show)
        routes.publicPages.group("/registracija/atsaukti/{token}").add(middleware: RateLimitMiddleware(dependencies.publicPosts, answer: .page)).post(
            use: cancel)
    }

    static let title = Localized(lt: "Registracijos atšaukimas", en: "Cancelling a registration")
    static let invalidLink = PageProblem.notFound(
        Localized(
            lt: "Ši nuoroda negalioja. Patikrinkite, ar nukopijavote visą nuorodą iš laiško.",
            en: "This link is not valid. Check that you copied the whole link from the e-mail."))
    static let alreadyCancelled = PageProblem(
        .gone, Localized(lt: "Ši registracija jau atšaukta.", en: "This registration is already cancelled."))

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        let (registration, event) = try await linked(context)
        let viewer = Viewer(request: request, context: context)
        var data = view(registration, event, viewer: viewer)
        if event.status == .held || event.details.endsAt <= Date() {
            data["closed"] = viewer.text(
                Localized(
                    lt: "Renginys jau įvyko – registracijos atšaukti nebegalima.",
                    en: "The event has taken place – the registration can no longer be cancelled."))
        } else {
            data["canCancel"] = true
        }
        return templates.render("cancel-registration", title: Self.title, data: data, for: viewer)
    }

    @Sendable func cancel(_ request: Request, context: GatewayContext) async throws -> Response {
        let (registration, event) = try await linked(context)
        let viewer = Viewer(request: request, context: context)
        do {
            _ = try await sender.send(
                CancelRegistration(eventId: event.id, registrationId: registration.id), for: request, context: context)
        } catch let problem as Problem where problem.status == .conflict {
            if try await dependencies.read({ db in try EventsQueries.registration(id: registration.id, in: db) })?.status == .cancelled {
                throw Self.alreadyCancelled
            }
            var data = view(registration, event, viewer: viewer)
            data["closed"] = viewer.text(
                Localized(lt: "Registracijos atšaukti nebegalima.", en: "The registration can no longer be cancelled."))
            return templates.render("cancel-registration", title: Self.title, data: data, for: viewer, status: .conflict)
        }
        var data = view(registration, event, viewer: viewer)
        data["cancelled"] = true
        return templates.render(
            "cancel-registration", title: Localized(lt: "Registracija atšaukta", en: "Registration cancelled"), data: data, for: viewer)
    }

    /// The registration the link names and its event; 404 for a link that is not valid, 410 when cancelled already.
    func linked(_ context: GatewayContext) async throws -> (RegistrationRecord, EventRecord) {
        let token = try context.parameters.require("token")
        guard let link = SignedLink.verified(token, purpose: .cancelRegistration, secret: dependencies.linkSecret),
            let id = UUID(uuidString: link.subject)
        else { throw Self.invalidLink }
        let found = try await dependencies.read { db -> (RegistrationRecord, EventRecord)? in
            guard let registration = try EventsQueries.registration(id: id, in: db),
                let event = try EventsQueries.event(id: registration.eventId, in: db)
            else { return nil }
            return (registration, event)
        }
        guard let (registration, event) = found else { throw Self.invalidLink }
        if registration.status == .cancelled { throw Self.alreadyCancelled }
        return (registration, event)
    }

    func view(_ registration: RegistrationRecord, _ event: EventRecord, viewer: Viewer) -> [String: Any] {
        var data: [String: Any] = [
            "event": PublicEventPageViews.event(event, viewer: viewer), "name": registration.attendee.name,
            "waiting": registration.status == .waitlisted,
        ]
        if let position = registration.position { data["position"] = position }
        return data
    }
}
