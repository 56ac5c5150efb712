import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The campaigns pages: `GET /kampanijos` (filters `busena`, `metai`, `q`),
/// `GET /kampanijos/nauja`, `POST /kampanijos`, `GET /kampanijos/{id}`,
/// `GET /kampanijos/{id}/redagavimas`, `POST /kampanijos/{id}` (change),
/// `POST /kampanijos/{id}/busena` (lifecycle), `POST /kampanijos/{id}/renginiai`
/// and `POST /kampanijos/{id}/renginiai/{eventId}/atsieti` (linked events).
/// Writes send the JSON API's commands; a service's refusal is shown above the form.
struct CampaignsPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .campaigns) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/kampanijos", use: list)
        routes.pages.get("/kampanijos/nauja", use: newForm)
        routes.pages.post("/kampanijos", use: create)
        routes.pages.get("/kampanijos/{id}", use: show)
        routes.pages.get("/kampanijos/{id}/redagavimas", use: editForm)
        routes.pages.post("/kampanijos/{id}", use: update)
        routes.pages.post("/kampanijos/{id}/busena", use: transition)
        routes.pages.post("/kampanijos/{id}/renginiai", use: linkEvent)
        routes.pages.post("/kampanijos/{id}/renginiai/{eventId}/atsieti", use: unlinkEvent)
    }

    static let listTitle = Localized(lt: "Kampanijos", en: "Campaigns")
    static let notFound = PageProblem.notFound(Localized(lt: "Tokios kampanijos nėra.", en: "There is no such campaign."))

    // MARK: List

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let query = request.uri.queryParameters
        let status = query["busena"].flatMap { CampaignStatus(rawValue: String($0)) }
        let year = query["metai"].flatMap { Int(String($0)) }.flatMap { GatewayLimits.years.contains($0) ? $0 : nil }
        let text = query["q"].map(String.init)?.trimmingCharacters(in: .whitespaces).prefix(500).description
        let filter = CampaignFilter(
            statuses: status.map { [$0] } ?? [], year: year, text: (text?.isEmpty ?? true) ? nil : text)
        let result = try await dependencies.read { db in
            try CampaignsQueries.campaigns(filter, page: Page(limit: Page.maximumLimit), in: db)
        }
        let thisYear = Timestamp.vilniusCalendar.component(.year, from: Date())
        let statuses: [[String: Any]] = CampaignStatus.allCases.map {
            ["value": $0.rawValue, "label": viewer.text(CampaignsPageStrings.status($0)), "selected": $0 == status]
        }
        let years: [[String: Any]] = (thisYear - 3...thisYear + 2).reversed().map {
            ["value": String($0), "label": String($0), "selected": $0 == year]
        }
        let data: [String: Any] = [
            "campaigns": result.items.map { CampaignsPageText.row($0, viewer) }, "total": result.total,
            "hasCampaigns": !result.items.isEmpty,
            "statuses": statuses, "years": years, "q": text ?? "", "thisYear": thisYear,
            "month": ContentCalendarController.currentMonth(),
        ]
        return templates.render("campaigns", title: Self.listTitle, data: data, for: viewer)
    }

    // MARK: One campaign

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.id(context)
        let viewer = Viewer(request: request, context: context)
        return try await page(id, viewer: viewer)
    }

    /// The campaign's page, with a refusal or a field's message of one of its forms.
    func page(
        _ id: UUID, viewer: Viewer, problem: String? = nil, errors: [String: String] = [:], form: FormData? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let record = try await dependencies.read({ db in try CampaignsQueries.campaign(id: id, in: db) }) else {
            throw Self.notFound
        }
        let objective = try await dependencies.read { db in
            try record.details.objectiveId.flatMap { try CampaignsQueries.objective(id: $0, in: db) }
        }
        let language = viewer.language
        let details = record.details
        let kpis = record.kpis
        func figure(_ key: String, _ value: String) -> [String: Any] {
            ["label": viewer.text(CampaignsPageStrings.all[key] ?? ""), "actual": value, "target": "—"]
        }
        var figures: [[String: Any]] = [
            [
                "label": viewer.text(CampaignsPageStrings.all["budget"]!),
                "target": CampaignsPageText.euros(cents: details.budgetPlannedCents, language),
                "actual": CampaignsPageText.euros(cents: details.budgetSpentCents, language),
                "over": details.budgetSpentCents > details.budgetPlannedCents,
            ],
            figure("kpi_registrations", String(kpis.registrations)), figure("kpi_waitlisted", String(kpis.waitlisted)),
            figure("kpi_mentions", String(kpis.mentions)), figure("kpi_reach", String(kpis.reach)),
            figure("kpi_responses", String(kpis.surveyResponses)),
        ]
        if let nps = kpis.nps { figures.append(figure("kpi_nps", SVGChart.number(nps))) }
        if let satisfaction = kpis.satisfaction { figures.append(figure("kpi_satisfaction", SVGChart.number(satisfaction))) }
        let transitions: [[String: Any]] = record.status.next.sorted { $0.rawValue < $1.rawValue }
            .filter { $0 != .cancelled }
            .map { ["to": $0.rawValue, "label": viewer.text(CampaignsPageStrings.transition($0))] }
        let reasonError = errors["reason"]
        let cancelField = FormField(
            "reason", label: viewer.text(CampaignsPageStrings.all["cancel_reason"]!), kind: .textarea,
            value: form?["reason"], error: reasonError, required: true)
        let eventField = FormField(
            "eventId", label: viewer.text(CampaignsPageStrings.all["event_id"]!), value: form?["eventId"],
            error: errors["eventId"])
        var data: [String: Any] = [
            "id": id.uuidString, "name": CampaignsPageText.name(details, language), "nameLt": details.nameLt,
            "status": viewer.text(CampaignsPageStrings.status(record.status)),
            "statusClass": record.status.rawValue, "goal": details.goal, "audience": details.audience,
            "period": CampaignsPageText.period(details, language),
            "channels": details.channels.map { viewer.text(CampaignsPageStrings.channel($0)) }.joined(separator: ", "),
            "partners": details.partners.joined(separator: ", "), "joint": !details.partners.isEmpty,
            "objective": objective.map { ["title": $0.title, "href": "/kampanijos/planas/\($0.year)"] } ?? false,
            "figures": figures,
            "events": record.eventIds.map { ["id": $0.uuidString, "href": "/renginiai/\($0.uuidString)"] },
            "surveys": details.surveyIds.map { ["id": $0.uuidString, "href": "/apklausos/\($0.uuidString)"] },
            "hasEvents": !record.eventIds.isEmpty, "hasSurveys": !details.surveyIds.isEmpty, "transitions": transitions,
            "canCancel": record.status.next.contains(.cancelled),
            "cancelField": cancelField.template, "eventField": eventField.template,
            "final": record.status.isFinal,
        ]
        if let problem { data["problem"] = problem }
        if let nameEn = details.nameEn { data["nameEn"] = nameEn }
        if let reason = record.cancelReason { data["cancelReason"] = reason }
        data["activity"] = try await ActivitySection.html(of: id, templates: templates, viewer: viewer, dependencies: dependencies)
        let title = Localized(lt: details.nameLt, en: details.nameEn ?? details.nameLt)
        return templates.render("campaign", title: title, data: data, for: viewer, status: status)
    }

    @Sendable func transition(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.id(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let to = form["to"].flatMap(CampaignStatus.init(rawValue:)) else {
            throw PageProblem(.badRequest, Localized(lt: "Nežinoma būsena.", en: "Unknown status."))
        }
        let reason = form["reason"]
        if to == .cancelled && reason == nil {
            return try await page(
                id, viewer: viewer, errors: ["reason": viewer.text(CampaignsPageStrings.cancelReasonRequired)], form: form,
                status: .unprocessableContent)
        }
        do {
            _ = try await sender.send(TransitionCampaign(campaignId: id, to: to, reason: reason), for: request, context: context)
        } catch let problem as Problem {
            return try await page(id, viewer: viewer, problem: problem.detail, form: form, status: problem.status)
        }
        return PageTemplates.redirect(to: "/kampanijos/\(id.uuidString)")
    }

    @Sendable func linkEvent(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.id(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let eventId = form["eventId"].flatMap(UUID.init(uuidString:)) else {
            return try await page(
                id, viewer: viewer, errors: ["eventId": viewer.text(CampaignsPageStrings.notAnId)], form: form,
                status: .unprocessableContent)
        }
        do {
            _ = try await sender.send(LinkCampaignEvent(campaignId: id, eventId: eventId), for: request, context: context)
        } catch let problem as Problem {
            return try await page(id, viewer: viewer, problem: problem.detail, form: form, status: problem.status)
        }
        return PageTemplates.redirect(to: "/kampanijos/\(id.uuidString)")
    }

    @Sendable func unlinkEvent(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.id(context)
        guard let eventId = context.parameters.get("eventId").flatMap(UUID.init(uuidString:)) else { throw Self.notFound }
        let viewer = Viewer(request: request, context: context)
        do {
            _ = try await sender.send(UnlinkCampaignEvent(campaignId: id, eventId: eventId), for: request, context: context)
        } catch let problem as Problem {
            return try await page(id, viewer: viewer, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/kampanijos/\(id.uuidString)")
    }

    // MARK: Create and edit

    @Sendable func newForm(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        guard viewer.canEdit else { throw Self.editorsOnly }
        return try await formPage(viewer: viewer, campaign: nil, form: nil)
    }

    @Sendable func editForm(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.id(context)
        let viewer = Viewer(request: request, context: context)
        guard viewer.canEdit else { throw Self.editorsOnly }
        guard let record = try await dependencies.read({ db in try CampaignsQueries.campaign(id: id, in: db) }) else {
            throw Self.notFound
        }
        return try await formPage(viewer: viewer, campaign: record, form: nil)
    }

    static let editorsOnly = PageProblem.forbidden(
        Localized(lt: "Kampanijas kurti ir keisti gali tik redaktoriai.", en: "Only editors create and change campaigns."))

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let (details, errors) = CampaignForm.read(form, viewer: viewer)
        guard let details, errors.isEmpty else {
            return try await formPage(viewer: viewer, campaign: nil, form: form, errors: errors, status: .unprocessableContent)
        }
        let command = CreateCampaign(campaignId: UUID(), details: details, eventIds: [])
        do {
            let sent = try await sender.send(command, for: request, context: context)
            return PageTemplates.redirect(to: "/kampanijos/\((sent.result?.campaignId ?? command.campaignId).uuidString)")
        } catch let problem as Problem {
            return try await formPage(viewer: viewer, campaign: nil, form: form, problem: problem.detail, status: problem.status)
        }
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.id(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let record = try await dependencies.read({ db in try CampaignsQueries.campaign(id: id, in: db) }) else {
            throw Self.notFound
        }
        let (details, errors) = CampaignForm.read(form, viewer: viewer)
        guard let details, errors.isEmpty else {
            return try await formPage(viewer: viewer, campaign: record, form: form, errors: errors, status: .unprocessableContent)
        }
        let patch = CampaignForm.patch(from: record.details, to: details)
        guard !patch.isEmpty else { return PageTemplates.redirect(to: "/kampanijos/\(id.uuidString)") }
        do {
            _ = try await sender.send(UpdateCampaign(campaignId: id, patch: patch), for: request, context: context)
        } catch let problem as Problem {
            return try await formPage(viewer: viewer, campaign: record, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/kampanijos/\(id.uuidString)")
    }

    private func formPage(
        viewer: Viewer, campaign: CampaignRecord?, form: FormData?, errors: [String: String] = [:], problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let year =
            Int((form?["startsOn"] ?? campaign?.details.startsOn ?? "").prefix(4))
            ?? Timestamp.vilniusCalendar.component(.year, from: Date())
        let objectives = try await dependencies.read { db in try CampaignsQueries.plan(year: year, in: db).objectives }
        let fields = CampaignForm.fields(
            viewer: viewer, current: campaign?.details, form: form, errors: errors,
            objectives: objectives.map { ($0.id.uuidString, $0.title) })
        var data: [String: Any] = [
            "fields": fields.template, "errors": !errors.isEmpty,
            "action": campaign.map { "/kampanijos/\($0.id.uuidString)" } ?? "/kampanijos",
            "back": campaign.map { "/kampanijos/\($0.id.uuidString)" } ?? "/kampanijos",
            "submit": viewer.text(CampaignsPageStrings.all[campaign == nil ? "create" : "save"] ?? KitStrings.all["save"]!),
        ]
        if let problem { data["problem"] = problem }
        let title = campaign == nil ? CampaignsPageStrings.all["new_campaign"]! : CampaignsPageStrings.all["edit_campaign"]!
        return templates.render("campaign-form", title: title, data: data, for: viewer, status: status)
    }

    static func id(_ context: GatewayContext) throws -> UUID {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw notFound }
        return id
    }
}

/// The campaign form: its fields and what they say as `CampaignDetails`.
enum CampaignForm {
    static func read(_ form: FormData, viewer: Viewer) -> (CampaignDetails?, [String: String]) {
        var errors: [String: String] = [:]
        func required(_ name: String) -> String? {
            if form[name] == nil { errors[name] = viewer.text(CampaignsPageStrings.required) }
            return form[name]
        }
        let nameLt = required("nameLt")
        let goal = required("goal")
        let audience = required("audience")
        let starts = CampaignsPageText.checkedDay(form["startsOn"])
        let ends = CampaignsPageText.checkedDay(form["endsOn"])
        if starts == nil { errors["startsOn"] = viewer.text(form["startsOn"] == nil ? CampaignsPageStrings.required : CampaignsPageStrings.notADate) }
        if ends == nil { errors["endsOn"] = viewer.text(form["endsOn"] == nil ? CampaignsPageStrings.required : CampaignsPageStrings.notADate) }
        if let starts, let ends, ends < starts { errors["endsOn"] = viewer.text(CampaignsPageStrings.endBeforeStart) }
        let planned = CampaignsPageText.cents(form["budgetPlanned"])
        let spent = CampaignsPageText.cents(form["budgetSpent"])
        if planned == nil { errors["budgetPlanned"] = viewer.text(CampaignsPageStrings.notAnAmount) }
        if spent == nil { errors["budgetSpent"] = viewer.text(CampaignsPageStrings.notAnAmount) }
        let channels = form.all("channels").compactMap(Channel.init(rawValue:))
        let partners = (form.values["partners"]?.first ?? "").split(whereSeparator: \.isNewline)
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        let objectiveId = form["objectiveId"].flatMap(UUID.init(uuidString:))
        guard errors.isEmpty, let nameLt, let goal, let audience, let starts, let ends, let planned, let spent else {
            return (nil, errors)
        }
        return (
            CampaignDetails(
                nameLt: nameLt, nameEn: form["nameEn"], goal: goal, audience: audience, startsOn: starts, endsOn: ends,
                budgetPlannedCents: planned, budgetSpentCents: spent, channels: channels, partners: partners,
                objectiveId: objectiveId), errors
        )
    }

    /// What changed between `current` and `new`, as the update command takes it (linked surveys stay).
    static func patch(from current: CampaignDetails, to new: CampaignDetails) -> CampaignPatch {
        var patch = CampaignPatch()
        if new.nameLt != current.nameLt { patch.nameLt = new.nameLt }
        if new.nameEn != current.nameEn {
            if let name = new.nameEn { patch.nameEn = name } else { patch.clearNameEn = true }
        }
        if new.goal != current.goal { patch.goal = new.goal }
        if new.audience != current.audience { patch.audience = new.audience }
        if new.startsOn != current.startsOn { patch.startsOn = new.startsOn }
        if new.endsOn != current.endsOn { patch.endsOn = new.endsOn }
        if new.budgetPlannedCents != current.budgetPlannedCents { patch.budgetPlannedCents = new.budgetPlannedCents }
        if new.budgetSpentCents != current.budgetSpentCents { patch.budgetSpentCents = new.budgetSpentCents }
        if new.channels != current.channels { patch.channels = new.channels }
        if new.partners != current.partners { patch.partners = new.partners }
        if new.objectiveId != current.objectiveId {
            if let objective = new.objectiveId { patch.objectiveId = objective } else { patch.clearObjective = true }
        }
        return patch
    }

    static func fields(
        viewer: Viewer, current: CampaignDetails?, form: FormData?, errors: [String: String],
        objectives: [(String, String)]
    ) -> [FormField] {
        let s = CampaignsPageStrings.all
        func label(_ key: String) -> String { viewer.text(s[key] ?? "") }
        func value(_ name: String, _ fallback: String?) -> String { form.map { $0.values[name]?.first ?? "" } ?? fallback ?? "" }
        func money(_ cents: Int?) -> String? {
            cents.map { String(format: "%d.%02d", $0 / 100, $0 % 100) }
        }
        let channels = Channel.allCases.map { ($0.rawValue, viewer.text(CampaignsPageStrings.channel($0))) }
        let chosen = form?.all("channels") ?? current?.channels.map(\.rawValue) ?? []
        let objectiveOptions = [("", label("no_objective"))] + objectives
        return [
            FormField("nameLt", label: label("name_lt"), value: value("nameLt", current?.nameLt), error: errors["nameLt"], required: true),
            FormField("nameEn", label: label("name_en"), value: value("nameEn", current?.nameEn)),
            FormField("goal", label: label("goal"), kind: .textarea, value: value("goal", current?.goal), error: errors["goal"], required: true),
            FormField(
                "audience", label: label("audience"), value: value("audience", current?.audience), error: errors["audience"],
                required: true),
            FormField(
                "startsOn", label: label("starts_on"), kind: .input(type: "date"), value: value("startsOn", current?.startsOn),
                error: errors["startsOn"], required: true),
            FormField(
                "endsOn", label: label("ends_on"), kind: .input(type: "date"), value: value("endsOn", current?.endsOn),
                error: errors["endsOn"], required: true),
            FormField(
                "budgetPlanned", label: label("budget_planned"), value: value("budgetPlanned", money(current?.budgetPlannedCents)),
                error: errors["budgetPlanned"]),
            FormField(
                "budgetSpent", label: label("budget_spent"), value: value("budgetSpent", money(current?.budgetSpentCents)),
                error: errors["budgetSpent"]),
            FormField("channels", label: label("channels"), kind: .checkboxes(options: channels), values: chosen),
            FormField(
                "partners", label: label("partners"), kind: .textarea,
                value: value("partners", current?.partners.joined(separator: "\n")), hint: label("partners_hint")),
            FormField(
                "objectiveId", label: label("objective"), kind: .select(options: objectiveOptions),
                value: value("objectiveId", current?.objectiveId?.uuidString)),
        ]
    }
}
