import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// Proposing and editing an event through a form: `GET|POST /renginiai/naujas`,
/// `GET|POST /renginiai/{id}/redaguoti`. "Check the hall" (`veiksmas=tikrinti`)
/// shows the events that hold the hall then, before anything is saved; a
/// save that would double-book a hall is refused with that clash next to the hall.
struct EventFormPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .events) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/renginiai/naujas", use: newForm)
        routes.pages.post("/renginiai/naujas", use: create)
        routes.pages.get("/renginiai/{id}/redaguoti", use: editForm)
        routes.pages.post("/renginiai/{id}/redaguoti", use: update)
    }

    static let newTitle = Localized(lt: "Siūlyti renginį", en: "Propose an event")

    @Sendable func newForm(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        return try await page(EventForm(), eventId: nil, viewer: viewer)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var eventForm = EventForm(form)
        if form["veiksmas"] == "tikrinti" { return try await page(eventForm, eventId: nil, viewer: viewer, checkHall: true) }
        guard let details = eventForm.details(in: viewer.language) else {
            return try await page(eventForm, eventId: nil, viewer: viewer, status: .unprocessableContent)
        }
        if let clash = try await clashMessage(details, eventId: nil, viewer: viewer) {
            eventForm.errors["hall"] = clash
            return try await page(eventForm, eventId: nil, viewer: viewer, status: .conflict)
        }
        let command = ProposeEvent(eventId: UUID(), details: details)
        do {
            let sent = try await sender.send(command, for: request, context: context)
            let id = sent.result?.eventId ?? command.eventId
            return PageTemplates.redirect(to: "/renginiai/\(id.uuidString.lowercased())")
        } catch let problem as Problem {
            return try await page(eventForm, eventId: nil, viewer: viewer, refusal: problem)
        }
    }

    @Sendable func editForm(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try EventsPageController.eventId(context)
        let viewer = Viewer(request: request, context: context)
        let event = try await existing(id)
        return try await page(EventForm(event.details), eventId: id, viewer: viewer)
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try EventsPageController.eventId(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let event = try await existing(id)
        var eventForm = EventForm(form)
        if form["veiksmas"] == "tikrinti" { return try await page(eventForm, eventId: id, viewer: viewer, checkHall: true) }
        guard let details = eventForm.details(in: viewer.language, planItemId: event.details.planItemId) else {
            return try await page(eventForm, eventId: id, viewer: viewer, status: .unprocessableContent)
        }
        if let clash = try await clashMessage(details, eventId: id, viewer: viewer) {
            eventForm.errors["hall"] = clash
            return try await page(eventForm, eventId: id, viewer: viewer, status: .conflict)
        }
        let patch = EventPatch(
            type: details.type, title: details.title, description: details.description, startsAt: details.startsAt,
            endsAt: details.endsAt, venue: details.venue, organisingUnit: details.organisingUnit, capacity: details.capacity)
        do {
            _ = try await sender.send(UpdateEvent(eventId: id, patch: patch), for: request, context: context)
            return PageTemplates.redirect(to: "/renginiai/\(id.uuidString.lowercased())")
        } catch let problem as Problem {
            return try await page(eventForm, eventId: id, viewer: viewer, refusal: problem)
        }
    }

    /// `Salė „Konferencijų salė“ tuo metu užimta: „Title“ (2027 m. … 18:00–20:00).` for the first clash; `nil` when free.
    func clashMessage(_ details: EventDetails, eventId: UUID?, viewer: Viewer) async throws -> String? {
        guard details.venue.kind == .libraryHall, let hall = details.venue.hall else { return nil }
        let clashes = try await dependencies.read { db in
            try EventsQueries.clashes(hall: hall, start: details.startsAt, end: details.endsAt, except: eventId, in: db)
        }
        return clashes.first.map { Self.clashText($0, hall: hall, viewer: viewer) }
    }

    static func clashText(_ clash: EventRecord, hall: String, viewer: Viewer) -> String {
        let lt = EventPageViews.span(clash.details.startsAt, clash.details.endsAt, in: .lt)
        let en = EventPageViews.span(clash.details.startsAt, clash.details.endsAt, in: .en)
        return viewer.text(
            Localized(
                lt: "Salė „\(hall)“ tuo metu užimta: „\(clash.details.title.lt)“ (\(lt)).",
                en: "The hall “\(hall)” is taken then: “\(clash.details.title.lt)” (\(en))."))
    }

    private func existing(_ id: UUID) async throws -> EventRecord {
        guard let event = try await dependencies.read({ db in try EventsQueries.event(id: id, in: db) }) else {
            throw EventsPageController.noSuchEvent
        }
        return event
    }

    private func page(
        _ form: EventForm, eventId: UUID?, viewer: Viewer, checkHall: Bool = false, refusal: Problem? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let halls = try await dependencies.read { db in try EventsQueries.halls(in: db) }
        var data: [String: Any] = [
            "fields": form.fields(viewer: viewer), "halls": halls, "hasErrors": !form.errors.isEmpty,
            "action": eventId.map { "/renginiai/\($0.uuidString.lowercased())/redaguoti" } ?? "/renginiai/naujas",
            "back": eventId.map { "/renginiai/\($0.uuidString.lowercased())" } ?? "/renginiai",
            "submit": viewer.text(eventId == nil ? Localized(lt: "Siūlyti", en: "Propose") : Localized(lt: "Išsaugoti", en: "Save")),
        ]
        var status = status
        if checkHall {
            var probe = form
            let hall = form.values["hall"]?.trimmingCharacters(in: .whitespaces) ?? ""
            let start = form.values["starts_at"].flatMap(HumanDate.parseInput)
            let end = form.values["ends_at"].flatMap(HumanDate.parseInput)
            if hall.isEmpty || start == nil || end == nil {
                probe.errors["hall"] = viewer.text(
                    Localized(
                        lt: "Salei patikrinti reikia salės, pradžios ir pabaigos.", en: "Checking the hall needs the hall, the start and the end."))
                data["fields"] = probe.fields(viewer: viewer)
            } else if let start, let end {
                let clashes = try await dependencies.read { db in
                    try EventsQueries.clashes(hall: hall, start: start, end: end, except: eventId, in: db)
                }
                data["clashes"] = clashes.map { Self.clashText($0, hall: hall, viewer: viewer) }
                data["hasClashes"] = !clashes.isEmpty
                data["hallFree"] = clashes.isEmpty
            }
        }
        if let refusal {
            status = refusal.status
            if case .string(let title)? = refusal.extensions["clashingEventTitle"], let hall = form.values["hall"] {
                data["failure"] = viewer.text(
                    Localized(lt: "Salė „\(hall)“ tuo metu užimta: „\(title)“.", en: "The hall “\(hall)” is taken then: “\(title)”."))
            } else {
                data["failure"] = refusal.detail
            }
        }
        let title =
            eventId == nil ? Self.newTitle : Localized(lt: "Renginio redagavimas", en: "Edit the event")
        return templates.render("event-form", title: title, data: data, for: viewer, status: status)
    }
}
