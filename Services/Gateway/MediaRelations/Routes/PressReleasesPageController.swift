import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// Press releases: `GET /ziniasklaida/pranesimai` (filter `busena`),
/// `GET /ziniasklaida/pranesimai/naujas`, `POST /ziniasklaida/pranesimai`
/// (a draft), `GET|POST /ziniasklaida/pranesimai/{id}` (read, change a
/// draft), `POST /ziniasklaida/pranesimai/{id}/busena` (approve; distribute to a list).
struct PressReleasesPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { .mediaRelations(dependencies) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/ziniasklaida/pranesimai", use: list)
        routes.pages.get("/ziniasklaida/pranesimai/naujas", use: newForm)
        routes.pages.post("/ziniasklaida/pranesimai", use: create)
        routes.pages.get("/ziniasklaida/pranesimai/{id}", use: show)
        routes.pages.post("/ziniasklaida/pranesimai/{id}", use: update)
        routes.pages.post("/ziniasklaida/pranesimai/{id}/busena", use: transition)
    }

    static let notFound = PageProblem.notFound(Localized(lt: "Tokio pranešimo spaudai nėra.", en: "There is no such press release."))
    static var s: PageStrings { MediaRelationsPageStrings.all }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let status = request.uri.queryParameters["busena"].flatMap { PressReleaseStatus(rawValue: String($0)) }
        let result = try await dependencies.read { db in
            try MediaRelationsQueries.pressReleases(
                eventId: nil, campaignId: nil, statuses: status.map { [$0] } ?? [], page: Page(limit: Page.maximumLimit), in: db)
        }
        let data: [String: Any] = [
            "releases": result.items.map { MediaRelationsPageText.pressReleaseRow($0, viewer) }, "hasReleases": !result.items.isEmpty,
            "statuses": PressReleaseStatus.allCases.map {
                ["value": $0.rawValue, "label": viewer.text(MediaRelationsPageStrings.status($0)), "selected": $0 == status]
            },
        ]
        return templates.render("press-releases", title: Self.s["press_releases"]!, data: data, for: viewer)
    }

    static func fields(_ viewer: Viewer, current: PressReleaseContent?, form: FormData?, errors: [String: String]) -> [FormField] {
        func label(_ key: String) -> String { viewer.text(s[key]!) }
        func value(_ name: String, _ fallback: String?) -> String { form.map { $0.values[name]?.first ?? "" } ?? fallback ?? "" }
        return [
            FormField("titleLt", label: label("title_lt"), value: value("titleLt", current?.titleLt), error: errors["titleLt"], required: true),
            FormField(
                "bodyLt", label: label("body_lt"), kind: .textarea, value: value("bodyLt", current?.bodyLt), error: errors["bodyLt"],
                required: true),
            FormField("titleEn", label: label("title_en"), value: value("titleEn", current?.titleEn)),
            FormField("bodyEn", label: label("body_en"), kind: .textarea, value: value("bodyEn", current?.bodyEn)),
            FormField(
                "eventId", label: label("event_id"), value: value("eventId", current?.eventId?.uuidString), hint: label("id_hint"),
                error: errors["eventId"]),
            FormField(
                "campaignId", label: label("campaign_id"), value: value("campaignId", current?.campaignId?.uuidString),
                error: errors["campaignId"]),
        ]
    }

    static func read(_ form: FormData, viewer: Viewer) -> (PressReleaseContent?, [String: String]) {
        var errors: [String: String] = [:]
        for name in ["titleLt", "bodyLt"] where form[name] == nil { errors[name] = viewer.text(MediaRelationsPageStrings.required) }
        let eventId = MediaRelationsPages.optionalId(form, "eventId", viewer, &errors)
        let campaignId = MediaRelationsPages.optionalId(form, "campaignId", viewer, &errors)
        guard errors.isEmpty, let title = form["titleLt"], let body = form["bodyLt"] else { return (nil, errors) }
        return (
            PressReleaseContent(
                titleLt: title, bodyLt: body, titleEn: form["titleEn"], bodyEn: form["bodyEn"], eventId: eventId, campaignId: campaignId),
            errors
        )
    }

    @Sendable func newForm(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        guard viewer.canEdit else { throw MediaRelationsPages.editorsOnly }
        return formPage(viewer, form: nil)
    }

    private func formPage(
        _ viewer: Viewer, form: FormData?, errors: [String: String] = [:], problem: String? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        var data: [String: Any] = [
            "fields": Self.fields(viewer, current: nil, form: form, errors: errors).template, "errors": !errors.isEmpty,
            "action": "/ziniasklaida/pranesimai", "submit": viewer.text(Self.s["write"]!), "back": "/ziniasklaida/pranesimai",
        ]
        if let problem { data["problem"] = problem }
        return templates.render("press-release-form", title: Self.s["new_press_release"]!, data: data, for: viewer, status: status)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let (content, errors) = Self.read(form, viewer: viewer)
        guard let content else { return formPage(viewer, form: form, errors: errors, status: .unprocessableContent) }
        let command = DraftPressRelease(pressReleaseId: UUID(), content: content)
        let id: UUID
        do {
            id = try await sender.send(command, for: request, context: context).result?.pressReleaseId ?? command.pressReleaseId
        } catch let problem as Problem {
            return formPage(viewer, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/pranesimai/\(id.uuidString)")
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        try await page(try MediaRelationsPages.id(context, or: Self.notFound), Viewer(request: request, context: context))
    }

    private func page(
        _ id: UUID, _ viewer: Viewer, form: FormData? = nil, errors: [String: String] = [:], problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (record, lists) = try await dependencies.read { db in
            (
                try MediaRelationsQueries.pressRelease(id: id, in: db),
                try MediaRelationsQueries.contactLists(page: Page(limit: Page.maximumLimit), in: db).items
            )
        }
        guard let record else { throw Self.notFound }
        let content = record.content
        var data: [String: Any] = [
            "id": id.uuidString, "status": viewer.text(MediaRelationsPageStrings.status(record.status)),
            "statusClass": record.status.rawValue, "bodyLt": content.bodyLt,
            "created": HumanDate.dayAndTime(record.createdAt, in: viewer.language),
            "isDraft": record.status == .draft, "isApproved": record.status == .approved, "errors": !errors.isEmpty,
            "fields": Self.fields(viewer, current: content, form: form, errors: errors).template,
            "listField": FormField(
                "contactListId", label: viewer.text(Self.s["distribute_to"]!),
                kind: .select(options: lists.map { ($0.id.uuidString, "\($0.name) (\($0.contactIds.count))") }),
                value: form?["contactListId"], error: errors["contactListId"]
            ).template,
            "hasLists": !lists.isEmpty,
        ]
        if let title = content.titleEn { data["titleEn"] = title }
        if let body = content.bodyEn { data["bodyEn"] = body }
        if let event = content.eventId { data["event"] = ["href": "/renginiai/\(event.uuidString)", "id": event.uuidString] }
        if let campaign = content.campaignId { data["campaign"] = ["href": "/kampanijos/\(campaign.uuidString)", "id": campaign.uuidString] }
        if let at = record.distributedAt {
            let list = lists.first { $0.id == record.contactListId }
            data["distributed"] = [
                "at": HumanDate.dayAndTime(at, in: viewer.language), "recipients": record.recipientCount ?? 0,
                "leftOut": record.leftOutCount ?? 0, "hasLeftOut": (record.leftOutCount ?? 0) > 0,
                "by": record.distributedBy?.name ?? viewer.text(Localized(lt: "nežinoma", en: "unknown")),
                "list": list?.name ?? "—", "href": list.map { "/ziniasklaida/sarasai/\($0.id.uuidString)" } ?? "/ziniasklaida/sarasai",
            ]
        }
        if let problem { data["problem"] = problem }
        data["activity"] = try await ActivitySection.html(of: id, templates: templates, viewer: viewer, dependencies: dependencies)
        let title = Localized(lt: content.titleLt, en: content.titleEn ?? content.titleLt)
        return templates.render("press-release", title: title, data: data, for: viewer, status: status)
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try MediaRelationsPages.id(context, or: Self.notFound)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let (content, errors) = Self.read(form, viewer: viewer)
        guard let content else { return try await page(id, viewer, form: form, errors: errors, status: .unprocessableContent) }
        guard let current = try await dependencies.read({ db in try MediaRelationsQueries.pressRelease(id: id, in: db) })?.content else {
            throw Self.notFound
        }
        func changed<T: Equatable>(_ new: T?, _ old: T?) -> T? { new != old ? new : nil }
        let patch = PressReleasePatch(
            titleLt: changed(content.titleLt, current.titleLt), bodyLt: changed(content.bodyLt, current.bodyLt),
            titleEn: changed(content.titleEn, current.titleEn), bodyEn: changed(content.bodyEn, current.bodyEn),
            eventId: changed(content.eventId, current.eventId), campaignId: changed(content.campaignId, current.campaignId))
        guard !patch.isEmpty else { return PageTemplates.redirect(to: "/ziniasklaida/pranesimai/\(id.uuidString)") }
        do {
            _ = try await sender.send(UpdatePressRelease(pressReleaseId: id, patch: patch), for: request, context: context)
        } catch let problem as Problem {
            return try await page(id, viewer, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/pranesimai/\(id.uuidString)")
    }

    @Sendable func transition(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try MediaRelationsPages.id(context, or: Self.notFound)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let to = form["to"].flatMap(PressReleaseStatus.init(rawValue:)) else {
            throw PageProblem(.badRequest, Localized(lt: "Nežinoma būsena.", en: "Unknown status."))
        }
        var listId: UUID?
        if to == .distributed {
            guard let chosen = form["contactListId"].flatMap(UUID.init(uuidString:)) else {
                return try await page(
                    id, viewer, form: form, errors: ["contactListId": viewer.text(MediaRelationsPageStrings.chooseList)],
                    status: .unprocessableContent)
            }
            listId = chosen
        }
        do {
            _ = try await sender.send(TransitionPressRelease(pressReleaseId: id, to: to, contactListId: listId), for: request, context: context)
        } catch let problem as Problem {
            return try await page(id, viewer, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/pranesimai/\(id.uuidString)")
    }
}
