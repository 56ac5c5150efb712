import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The events' pages to read: `GET /renginiai` (list with filters and
/// search), `GET /renginiai/kalendorius?men=2027-02` (a month),
/// `GET /renginiai/{id}` (an event: details, lifecycle buttons, registrations,
/// waiting list, check-in, feedback, activity).
struct EventsPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/renginiai", use: list)
        routes.pages.get("/renginiai/kalendorius", use: calendar)
        routes.pages.get("/renginiai/{id}", use: show)
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let query = request.uri.queryParameters
        let text = query["q"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        let type = query["type"].flatMap { EventType(rawValue: String($0)) }
        let status = query["status"].flatMap { EventStatus(rawValue: String($0)) }
        let offset = max(0, query["nuo"].flatMap { Int(String($0)) } ?? 0)
        let filter = EventFilter(
            types: type.map { [$0] } ?? [], statuses: status.map { [$0] } ?? [], text: text.isEmpty ? nil : String(text.prefix(200)))
        let page = Page(limit: 50, offset: offset)
        let result = try await dependencies.read { db in try EventsQueries.events(filter, page: page, in: db) }
        let events = result.items.map { EventPageViews.event($0, viewer: viewer) }
        func link(_ offset: Int) -> String {
            var items = ["nuo=\(offset)"]
            if !text.isEmpty { items.append("q=\(Viewer.queryEscapedValue(text))") }
            if let type { items.append("type=\(type.rawValue)") }
            if let status { items.append("status=\(status.rawValue)") }
            return "/renginiai?" + items.joined(separator: "&")
        }
        var pager: [String: Any] = [:]
        if offset > 0 { pager["previous"] = link(max(0, offset - page.limit)) }
        if offset + page.limit < result.total { pager["next"] = link(offset + page.limit) }
        let data: [String: Any] = [
            "events": events, "hasEvents": !events.isEmpty, "total": result.total, "year": VilniusTime.currentYear(),
            "filter": ["q": text],
            "types": EventPageViews.options(EventType.self, selected: type?.rawValue, label: EventsPageStrings.type, viewer: viewer),
            "statuses": EventPageViews.options(
                EventStatus.self, selected: status?.rawValue, label: EventsPageStrings.status, viewer: viewer),
            "pager": pager.isEmpty ? false : pager,
        ]
        return templates.render("events", title: Localized(lt: "Renginiai", en: "Events"), data: data, for: viewer)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.eventId(context)
        let viewer = Viewer(request: request, context: context)
        return try await page(id: id, viewer: viewer)
    }

    /// The event's page, with a notice, a refusal or field errors of a form it posted.
    func page(
        id: UUID, viewer: Viewer, notice: String? = nil, failure: String? = nil, errors: [String: String] = [:],
        form: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let found = try await dependencies.read { db in
            try EventsQueries.event(id: id, in: db).map { ($0, try EventsQueries.registrations(eventId: id, in: db)) }
        }
        guard let (event, registrations) = found else { throw Self.noSuchEvent }
        let view = EventPageViews.event(event, viewer: viewer)
        let href = view["href"] as? String ?? ""
        let accepted = registrations.filter { $0.status == .accepted }
        let waiting = registrations.filter { $0.status == .waitlisted }.sorted { ($0.position ?? 0) < ($1.position ?? 0) }
        let acceptedViews = accepted.map { EventPageViews.registration($0, viewer: viewer, eventHref: href) }
        var data: [String: Any] = [
            "event": view,
            "accepted": acceptedViews, "hasAccepted": !accepted.isEmpty,
            "waiting": waiting.map { EventPageViews.registration($0, viewer: viewer, eventHref: href) }, "hasWaiting": !waiting.isEmpty,
            "transitions": event.status.next.sorted { $0.rawValue < $1.rawValue }.filter { $0 != .cancelled }.map { next in
                ["to": next.rawValue, "label": viewer.text(EventsPageStrings.transition(next)), "cancels": false] as [String: Any]
            },
            "canCancel": event.status.next.contains(.cancelled),
            "cancelLabel": viewer.text(EventsPageStrings.transition(.cancelled)),
            "canRegister": event.status == .scheduled || event.status == .approved,
            "errors": errors, "form": form,
            "activity": try await ActivitySection.html(of: id, templates: templates, viewer: viewer, dependencies: dependencies),
        ]
        // Check-in is for the day of the event: from a day before it starts, and after it was held.
        let soon = event.details.startsAt.timeIntervalSinceNow < 24 * 3600
        if event.status == .scheduled && soon || event.status == .held {
            data["checkIn"] = acceptedViews
            data["hasCheckIn"] = !accepted.isEmpty
        }
        if let approvedAt = event.approvedAt {
            let who = event.approvedBy?.name ?? viewer.text(Localized(lt: "nežinoma", en: "unknown"))
            data["approval"] = "\(who), \(HumanDate.dayAndTime(approvedAt, in: viewer.language))"
        }
        if let notice { data["notice"] = notice }
        if let failure { data["failure"] = failure }
        let title = Localized(lt: event.details.title.lt, en: event.details.title.en ?? event.details.title.lt)
        return templates.render("event", title: title, data: data, for: viewer, status: status)
    }

    @Sendable func calendar(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let calendar = Timestamp.vilniusCalendar
        let now = calendar.dateComponents([.year, .month], from: Date())
        var year = now.year!
        var month = now.month!
        if let text = request.uri.queryParameters["men"].map(String.init) {
            let parts = text.split(separator: "-").compactMap { Int($0) }
            if parts.count == 2, (2000...2100).contains(parts[0]), (1...12).contains(parts[1]) {
                year = parts[0]
                month = parts[1]
            }
        }
        let first = calendar.date(from: DateComponents(year: year, month: month, day: 1))!
        let next = calendar.date(byAdding: .month, value: 1, to: first)!
        let previous = calendar.date(byAdding: .month, value: -1, to: first)!
        // Weeks start on Monday in Lithuania.
        let weekday = (calendar.component(.weekday, from: first) + 5) % 7
        let gridStart = calendar.date(byAdding: .day, value: -weekday, to: first)!
        let gridEnd = calendar.date(byAdding: .day, value: 42, to: gridStart)!
        let events = try await dependencies.read { db in
            try EventsQueries.events(EventFilter(from: gridStart, to: gridEnd), page: Page(limit: 500, offset: 0), in: db).items
        }
        let days: [[String: Any]] = (0..<42).map { offset in
            let day = calendar.date(byAdding: .day, value: offset, to: gridStart)!
            let dayEnd = calendar.date(byAdding: .day, value: 1, to: day)!
            let onDay = events.filter { $0.details.startsAt < dayEnd && $0.details.endsAt > day && $0.status != .cancelled }
            return [
                "number": calendar.component(.day, from: day),
                "inMonth": calendar.component(.month, from: day) == month,
                "events": onDay.map { event in
                    var view = EventPageViews.event(event, viewer: viewer)
                    view["time"] = HumanDate.time(event.details.startsAt)
                    return view
                },
            ]
        }
        func monthLink(_ date: Date) -> String {
            let parts = calendar.dateComponents([.year, .month], from: date)
            return String(format: "/renginiai/kalendorius?men=%04d-%02d", parts.year!, parts.month!)
        }
        let weekdays =
            viewer.language == .lt
            ? ["Pirmadienis", "Antradienis", "Trečiadienis", "Ketvirtadienis", "Penktadienis", "Šeštadienis", "Sekmadienis"]
            : ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        let data: [String: Any] = ["days": days, "weekdays": weekdays, "previous": monthLink(previous), "next": monthLink(next)]
        let title = Localized(
            lt: HumanDate.month(year: year, month: month, in: .lt), en: HumanDate.month(year: year, month: month, in: .en))
        return templates.render("calendar", title: title, data: data, for: viewer)
    }

    static let noSuchEvent = PageProblem.notFound(Localized(lt: "Tokio renginio nėra.", en: "There is no such event."))

    static func eventId(_ context: GatewayContext) throws -> UUID {
        guard let id = UUID(uuidString: try context.parameters.require("id")) else { throw noSuchEvent }
        return id
    }
}
