import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// Journalists' visits: `GET /ziniasklaida/vizitai` (the list and the form),
/// `POST /ziniasklaida/vizitai` (a request), `POST /ziniasklaida/vizitai/{id}/busena`
/// (confirm, held, cancel with a reason).
struct VisitsPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { .mediaRelations(dependencies) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/ziniasklaida/vizitai", use: list)
        routes.pages.post("/ziniasklaida/vizitai", use: create)
        routes.pages.post("/ziniasklaida/vizitai/{id}/busena", use: transition)
    }

    static let notFound = PageProblem.notFound(Localized(lt: "Tokio vizito nėra.", en: "There is no such visit."))
    static var s: PageStrings { MediaRelationsPageStrings.all }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        try await page(Viewer(request: request, context: context))
    }

    private func page(
        _ viewer: Viewer, form: FormData? = nil, errors: [String: String] = [:], problem: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (visits, journalists) = try await dependencies.read { db in
            (
                try MediaRelationsQueries.visits(statuses: [], journalistId: nil, page: Page(limit: Page.maximumLimit), in: db).items,
                try MediaRelationsQueries.contacts(ContactFilter(kinds: [.journalist]), page: Page(limit: Page.maximumLimit), in: db).items
            )
        }
        func label(_ key: String) -> String { viewer.text(Self.s[key]!) }
        let rows: [[String: Any]] = visits.map { visit in
            [
                "id": visit.id.uuidString, "date": HumanDate.dayAndTime(visit.details.date, in: viewer.language),
                "journalist": visit.journalistName ?? "—", "journalistHref": "/ziniasklaida/kontaktai/\(visit.details.journalistId.uuidString)",
                "purpose": visit.details.purpose, "host": visit.details.host,
                "status": viewer.text(MediaRelationsPageStrings.status(visit.status)), "statusClass": visit.status.rawValue,
                "transitions": visit.status.next.filter { $0 != .cancelled }.sorted { $0.rawValue < $1.rawValue }.map {
                    ["to": $0.rawValue, "label": viewer.text(MediaRelationsPageStrings.transition($0))]
                },
                "mayCancel": visit.status.next.contains(.cancelled), "reasonId": "reason-\(visit.id.uuidString)",
                "cancelReason": visit.cancelReason ?? "",
            ]
        }
        let fields: [FormField] = [
            FormField(
                "date", label: label("visit_date"), kind: .input(type: "datetime-local"), value: form?["date"], error: errors["date"],
                required: true),
            FormField(
                "journalistId", label: label("journalist"),
                kind: .select(
                    options: journalists.map {
                        ($0.id.uuidString, [$0.details.name, $0.details.organisation].compactMap { $0 }.joined(separator: ", "))
                    }),
                value: form?["journalistId"], error: errors["journalistId"]),
            FormField("purpose", label: label("purpose"), value: form?["purpose"], error: errors["purpose"], required: true),
            FormField("host", label: label("host"), value: form?["host"], error: errors["host"], required: true),
        ]
        var data: [String: Any] = [
            "visits": rows, "hasVisits": !rows.isEmpty, "fields": fields.template, "errors": !errors.isEmpty,
            "hasJournalists": !journalists.isEmpty,
        ]
        if let problem { data["problem"] = problem }
        return templates.render("visits", title: Self.s["visits"]!, data: data, for: viewer, status: status)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var errors: [String: String] = [:]
        let date = form["date"].flatMap(HumanDate.parseInput)
        if date == nil { errors["date"] = viewer.text(MediaRelationsPageStrings.notATime) }
        let journalist = form["journalistId"].flatMap(UUID.init(uuidString:))
        if journalist == nil { errors["journalistId"] = viewer.text(MediaRelationsPageStrings.chooseContact) }
        for name in ["purpose", "host"] where form[name] == nil { errors[name] = viewer.text(MediaRelationsPageStrings.required) }
        guard errors.isEmpty, let date, let journalist, let purpose = form["purpose"], let host = form["host"] else {
            return try await page(viewer, form: form, errors: errors, status: .unprocessableContent)
        }
        let command = RequestVisit(visitId: UUID(), details: VisitDetails(date: date, journalistId: journalist, purpose: purpose, host: host))
        do {
            _ = try await sender.send(command, for: request, context: context)
        } catch let problem as Problem {
            return try await page(viewer, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/vizitai")
    }

    @Sendable func transition(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try MediaRelationsPages.id(context, or: Self.notFound)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let to = form["to"].flatMap(VisitStatus.init(rawValue:)) else {
            throw PageProblem(.badRequest, Localized(lt: "Nežinoma būsena.", en: "Unknown status."))
        }
        if to == .cancelled && form["reason"] == nil {
            return try await page(
                viewer, problem: viewer.text(Localized(lt: "Nurodykite atšaukimo priežastį.", en: "Give the reason for cancelling.")),
                status: .unprocessableContent)
        }
        do {
            _ = try await sender.send(TransitionVisit(visitId: id, to: to, reason: form["reason"]), for: request, context: context)
        } catch let problem as Problem {
            return try await page(viewer, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/vizitai")
    }
}
