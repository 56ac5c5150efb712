import Foundation
import GatewayKit
import Hummingbird
import ICalendar
import MessageSchema

/// The public's event pages (no account; lnb.lt may frame them):
/// `GET /kalendorius` (upcoming scheduled events by month, filters `tipas`
/// and `vieta`), `GET /kalendorius/{id}` (the event with its schema.org
/// JSON-LD and the registration form), `GET /kalendorius/{id}.ics`,
/// `POST /kalendorius/{id}/registracija` (answers "registered" or "on the
/// waiting list, number N"), and `GET /privatumas` (the privacy notice).
struct PublicEventsPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .events) }

    func addRoutes(to routes: PartRoutes) {
        routes.publicPages.get("/kalendorius", use: list)
        routes.publicPages.get("/kalendorius/{id}", use: show)
        routes.publicPages.group("/kalendorius/{id}/registracija").add(middleware: RateLimitMiddleware(dependencies.publicPosts, answer: .page)).post(
            use: register)
        routes.publicPages.get(RouterPath(stringLiteral: PublicEventPaths.privacy), use: privacy)
    }

    static let calendarTitle = Localized(lt: "Renginių kalendorius", en: "Events calendar")

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let query = request.uri.queryParameters
        let type = query["tipas"].flatMap { EventType(rawValue: String($0)) }
        let place = query["vieta"].map { String($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : String($0.prefix(200)) }
        let filter = EventFilter(types: type.map { [$0] } ?? [], venue: place)
        let (events, places) = try await dependencies.read { db in
            (try EventsQueries.upcoming(filter, in: db), try EventsQueries.upcomingPlaces(in: db))
        }
        var feed = [type.map { "type=\($0.rawValue)" }, place.map { "venue=\(Viewer.queryEscapedValue($0))" }].compactMap { $0 }
            .joined(separator: "&")
        if !feed.isEmpty { feed = "?" + feed }
        let data: [String: Any] = [
            "months": PublicEventPageViews.byMonth(events, viewer: viewer), "hasEvents": !events.isEmpty,
            "types": [["value": "", "label": viewer.text(Localized(lt: "Visos rūšys", en: "All types")), "selected": type == nil]]
                + EventPageViews.options(EventType.self, selected: type?.rawValue, label: EventsPageStrings.type, viewer: viewer),
            "places": [["value": "", "label": viewer.text(Localized(lt: "Visos vietos", en: "All places")), "selected": place == nil]]
                + places.map { ["value": $0, "label": $0, "selected": $0 == place] },
            "feed": "/api/v1/calendar.ics" + feed, "filtered": type != nil || place != nil,
        ]
        return templates.render("public-calendar", title: Self.calendarTitle, data: data, for: viewer)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        let text = try context.parameters.require("id")
        if text.hasSuffix(".ics") {
            return try await ics(id: try Self.eventId(String(text.dropLast(".ics".count))))
        }
        let viewer = Viewer(request: request, context: context)
        return try await page(id: try Self.eventId(text), viewer: viewer, form: RegistrationForm())
    }

    /// One VEVENT: the event's own calendar file.
    func ics(id: UUID) async throws -> Response {
        let event = try await existing(id)
        var headers = HTTPFields()
        headers[.contentType] = "text/calendar; charset=utf-8"
        headers[.contentDisposition] = "attachment; filename=\"renginys-\(id.uuidString.lowercased()).ics\""
        let text = ICalendar.document(for: [event.calendarEvent], name: event.details.title.lt)
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }

    /// The event's page with the form as typed (and its errors), or a refusal above it.
    func page(
        id: UUID, viewer: Viewer, form: RegistrationForm, failure: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let event = try await existing(id)
        var data: [String: Any] = [
            "event": PublicEventPageViews.event(event, viewer: viewer),
            "jsonLD": EventJSONLD.script(event, url: dependencies.publicURL + PublicEventPaths.page(id), language: viewer.language),
            "fields": form.fields(viewer: viewer).template, "form": form.template, "errors": !form.errors.isEmpty,
            "privacyHref": PublicEventPaths.privacy,
        ]
        if let closed = PublicEventPageViews.closedReason(event) {
            data["closed"] = viewer.text(closed)
        } else {
            data["open"] = true
        }
        if let failure { data["failure"] = failure }
        return templates.render("public-event", title: Self.title(event), data: data, for: viewer, status: status)
    }

    @Sendable func register(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.eventId(try context.parameters.require("id"))
        var request = request
        var form = RegistrationForm(try await FormData.of(&request))
        let viewer = Viewer(request: request, context: context)
        let event = try await existing(id)
        if let closed = PublicEventPageViews.closedReason(event) {
            return try await page(id: id, viewer: viewer, form: form, failure: viewer.text(closed), status: .conflict)
        }
        guard let attendee = form.attendee(in: viewer.language) else {
            return try await page(id: id, viewer: viewer, form: form, status: .unprocessableContent)
        }
        let command = RegisterAttendee(registrationId: UUID(), eventId: id, attendee: attendee)
        let outcome: RegistrationOutcome
        do {
            outcome =
                try await sender.send(command, for: request, context: context).result
                ?? RegistrationOutcome(registrationId: command.registrationId, eventId: id, status: .accepted)
        } catch let problem as Problem {
            if problem.status == .conflict, problem.extensions["registrationId"] != nil {
                form.errors["email"] = viewer.text(
                    Localized(
                        lt: "Šiuo adresu į renginį jau užsiregistruota.", en: "This address is already registered for the event."))
                return try await page(id: id, viewer: viewer, form: form, status: .conflict)
            }
            return try await page(id: id, viewer: viewer, form: form, failure: Self.refusal(problem, viewer: viewer), status: problem.status)
        }
        let waiting = outcome.status == .waitlisted
        let data: [String: Any] = [
            "event": PublicEventPageViews.event(event, viewer: viewer), "waiting": waiting, "position": outcome.position ?? 0,
            "email": attendee.email,
        ]
        let title = waiting ? Localized(lt: "Laukiančiųjų sąraše", en: "On the waiting list") : Localized(lt: "Užregistruota", en: "Registered")
        return templates.render("public-registered", title: title, data: data, for: viewer)
    }

    @Sendable func privacy(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        return templates.render(
            "privacy", title: Localized(lt: "Privatumo pranešimas", en: "Privacy notice"), data: ["lt": viewer.language == .lt],
            for: viewer)
    }

    /// The service's refusal in the reader's words.
    static func refusal(_ problem: Problem, viewer: Viewer) -> String {
        switch problem.status {
        case .serviceUnavailable, .gatewayTimeout, .badGateway:
            viewer.text(
                Localized(
                    lt: "Registracijos sistema šiuo metu neatsako. Bandykite dar kartą po minutės.",
                    en: "The registration system does not answer right now. Try again in a minute."))
        case .conflict:
            viewer.text(Localized(lt: "Į šį renginį dabar registruotis negalima.", en: "Registration for this event is not possible now."))
        default:
            viewer.text(Localized(lt: "Registracija nepavyko: \(problem.detail)", en: "Registration failed: \(problem.detail)"))
        }
    }

    static func title(_ event: EventRecord) -> Localized {
        Localized(lt: event.details.title.lt, en: event.details.title.en ?? event.details.title.lt)
    }

    static func eventId(_ text: String) throws -> UUID {
        guard let id = UUID(uuidString: text) else { throw EventsPageController.noSuchEvent }
        return id
    }

    /// The event when the public may see it; else the page "no such event" (404).
    func existing(_ id: UUID) async throws -> EventRecord {
        guard let event = try await dependencies.read({ db in try EventsQueries.publicEvent(id: id, in: db) }) else {
            throw EventsPageController.noSuchEvent
        }
        return event
    }
}
