import Foundation
import GatewayKit
import Hummingbird
import MessageSchema
import ServiceKit

/// The submissions pages, open to anyone signed in: `GET /pateikimai` (a
/// submitter's own submissions and the form to file one; for the
/// department's staff the review queue and the rest), `POST /pateikimai`
/// (file), `GET /pateikimai/{id}`, and an editor's `POST
/// /pateikimai/{id}/perziura` (approve, reject with a reason, ask for
/// changes), `…/planavimas` (a day and channel on the content calendar),
/// `…/paskelbimas` (published); the filer's `…/pataisymas` (resubmit).
struct SubmissionsPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .campaigns) }

    func addRoutes(to routes: PartRoutes) {
        routes.signedInPages.get("/pateikimai", use: list)
        routes.signedInPages.post("/pateikimai", use: file)
        routes.signedInPages.get("/pateikimai/{id}", use: show)
        routes.signedInPages.post("/pateikimai/{id}/perziura", use: review)
        routes.signedInPages.post("/pateikimai/{id}/planavimas", use: schedule)
        routes.signedInPages.post("/pateikimai/{id}/paskelbimas", use: publish)
        routes.signedInPages.post("/pateikimai/{id}/pataisymas", use: resubmit)
    }

    static let notFound = PageProblem.notFound(Localized(lt: "Tokio pateikimo nėra.", en: "There is no such submission."))
    static let editorsOnly = PageProblem.forbidden(
        Localized(lt: "Pateikimus peržiūri tik departamento redaktoriai.", en: "Only the department's editors review submissions."))
    static let fileRefused = PageProblem.forbidden(
        Localized(
            lt: "Pateikti informaciją gali kitų padalinių darbuotojai ir departamento redaktoriai.",
            en: "Staff of other units and the department's editors file submissions."))

    // MARK: Lists

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        try await listPage(Viewer(request: request, context: context), request: request)
    }

    private func listPage(
        _ viewer: Viewer, request: Request, form: FormData? = nil, errors: [String: String] = [:], problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let role = viewer.identity?.role ?? .submitter
        var data: [String: Any] = ["mayFile": Self.mayFile(viewer), "fields": Self.contentFields(viewer, form: form, errors: errors).template]
        data["errors"] = !errors.isEmpty
        if let problem { data["problem"] = problem }
        if role == .submitter {
            let own = try await dependencies.read { db -> [SubmissionRecord] in
                guard let account = viewer.identity?.accountId else { return [] }
                return try SubmissionFilers.submissions(filedBy: account, in: db)
            }
            data["own"] = own.map { row($0, viewer, filer: nil) }
            data["hasOwn"] = !own.isEmpty
            data["isSubmitter"] = true
        } else {
            let chosen = request.uri.queryParameters["busena"].flatMap { SubmissionStatus(rawValue: String($0)) }
            let (queue, others, names) = try await dependencies.read { db in
                let queue = try CampaignsQueries.submissions(statuses: [.submitted], page: Page(limit: Page.maximumLimit), in: db).items
                let others = try CampaignsQueries.submissions(
                    statuses: chosen.map { [$0] } ?? Set(SubmissionStatus.allCases).subtracting([.submitted]),
                    page: Page(limit: Page.maximumLimit), in: db
                ).items
                return (queue, others, try SubmissionFilers.names(of: (queue + others).map(\.id), in: db))
            }
            data["queue"] = queue.map { row($0, viewer, filer: names[$0.id]) }
            data["hasQueue"] = !queue.isEmpty
            data["others"] = others.map { row($0, viewer, filer: names[$0.id]) }
            data["hasOthers"] = !others.isEmpty
            data["statuses"] = SubmissionStatus.allCases.map {
                ["value": $0.rawValue, "label": viewer.text(CampaignsPageStrings.status($0)), "selected": $0 == chosen]
            }
        }
        let title = role == .submitter ? CampaignsPageStrings.all["my_submissions"]! : CampaignsPageStrings.all["submissions"]!
        return templates.render("submissions", title: title, data: data, for: viewer, status: status)
    }

    func row(_ record: SubmissionRecord, _ viewer: Viewer, filer: String?) -> [String: Any] {
        [
            "href": "/pateikimai/\(record.id.uuidString)", "title": record.content.title, "unit": record.content.unit,
            "status": viewer.text(CampaignsPageStrings.status(record.status)), "statusClass": record.status.rawValue,
            "wishedDate": CampaignsPageText.day(record.content.wishedDate, viewer.language),
            "channel": viewer.text(CampaignsPageStrings.channel(record.content.wishedChannel)),
            "filedAt": HumanDate.day(record.createdAt, in: viewer.language), "filer": filer ?? "—",
        ]
    }

    static func mayFile(_ viewer: Viewer) -> Bool {
        guard let role = viewer.identity?.role else { return false }
        return role == .submitter || role >= .editor
    }

    static func contentFields(_ viewer: Viewer, form: FormData?, errors: [String: String], current: SubmissionContent? = nil) -> [FormField] {
        let s = CampaignsPageStrings.all
        func label(_ key: String) -> String { viewer.text(s[key]!) }
        func value(_ name: String, _ fallback: String?) -> String { form.map { $0.values[name]?.first ?? "" } ?? fallback ?? "" }
        let channels = Channel.allCases.map { ($0.rawValue, viewer.text(CampaignsPageStrings.channel($0))) }
        return [
            FormField("unit", label: label("unit"), value: value("unit", current?.unit), error: errors["unit"], required: true),
            FormField("title", label: label("title_field"), value: value("title", current?.title), error: errors["title"], required: true),
            FormField("text", label: label("text"), kind: .textarea, value: value("text", current?.text), error: errors["text"], required: true),
            FormField(
                "wishedChannel", label: label("wished_channel"), kind: .select(options: channels),
                value: value("wishedChannel", current?.wishedChannel.rawValue), error: errors["wishedChannel"]),
            FormField(
                "wishedDate", label: label("wished_date"), kind: .input(type: "date"), value: value("wishedDate", current?.wishedDate),
                error: errors["wishedDate"], required: true),
        ]
    }

    static func readContent(_ form: FormData, viewer: Viewer) -> (SubmissionContent?, [String: String]) {
        var errors: [String: String] = [:]
        for name in ["unit", "title", "text"] where form[name] == nil { errors[name] = viewer.text(CampaignsPageStrings.required) }
        let channel = form["wishedChannel"].flatMap(Channel.init(rawValue:))
        if channel == nil { errors["wishedChannel"] = viewer.text(CampaignsPageStrings.chooseChannel) }
        let date = CampaignsPageText.checkedDay(form["wishedDate"])
        if date == nil {
            errors["wishedDate"] = viewer.text(form["wishedDate"] == nil ? CampaignsPageStrings.required : CampaignsPageStrings.notADate)
        }
        guard errors.isEmpty, let unit = form["unit"], let title = form["title"], let text = form["text"], let channel, let date else {
            return (nil, errors)
        }
        return (SubmissionContent(unit: unit, title: title, text: text, wishedChannel: channel, wishedDate: date), errors)
    }

    @Sendable func file(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard Self.mayFile(viewer), let identity = viewer.identity else { throw Self.fileRefused }
        let (content, errors) = Self.readContent(form, viewer: viewer)
        guard let content else {
            return try await listPage(viewer, request: request, form: form, errors: errors, status: .unprocessableContent)
        }
        let command = SubmitContent(submissionId: UUID(), content: content)
        let id: UUID
        do {
            let sent = try await sender.send(command, for: request, context: context)
            id = sent.result?.submissionId ?? command.submissionId
        } catch let problem as Problem {
            return try await listPage(viewer, request: request, form: form, problem: problem.detail, status: problem.status)
        }
        try await dependencies.database.writer.write { db in try SubmissionFilers.record(id, by: identity, at: Date(), in: db) }
        return PageTemplates.redirect(to: "/pateikimai/\(id.uuidString)")
    }

    // MARK: One submission

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        try await page(try Self.id(context), viewer: Viewer(request: request, context: context))
    }

    /// The submission, if the viewer may see it: staff all, a submitter only their own.
    private func visible(_ id: UUID, _ viewer: Viewer) async throws -> (SubmissionRecord, SubmissionFilers.Filer?) {
        let (record, filer) = try await dependencies.read { db in
            (try CampaignsQueries.submission(id: id, in: db), try SubmissionFilers.filer(of: id, in: db))
        }
        guard let record else { throw Self.notFound }
        if viewer.identity?.role == .submitter {
            guard let account = viewer.identity?.accountId, filer?.accountId == account else { throw Self.notFound }
        }
        return (record, filer)
    }

    private func page(
        _ id: UUID, viewer: Viewer, form: FormData? = nil, errors: [String: String] = [:], problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let (record, filer) = try await visible(id, viewer)
        let s = CampaignsPageStrings.all
        func label(_ key: String) -> String { viewer.text(s[key]!) }
        let language = viewer.language
        let isFiler = filer?.accountId != nil && filer?.accountId == viewer.identity?.accountId
        let channels = Channel.allCases.map { ($0.rawValue, viewer.text(CampaignsPageStrings.channel($0))) }
        var data: [String: Any] = [
            "id": id.uuidString, "unit": record.content.unit, "text": record.content.text,
            "status": viewer.text(CampaignsPageStrings.status(record.status)), "statusClass": record.status.rawValue,
            "wishedChannel": viewer.text(CampaignsPageStrings.channel(record.content.wishedChannel)),
            "wishedDate": CampaignsPageText.day(record.content.wishedDate, language),
            "filedAt": HumanDate.dayAndTime(record.createdAt, in: language), "resubmissions": record.resubmissions,
            "mayReview": viewer.canEdit && record.status == .submitted,
            "maySchedule": viewer.canEdit && record.status == .approved,
            "mayPublish": viewer.canEdit && record.status == .scheduled,
            "mayResubmit": (isFiler || viewer.canEdit) && record.status == .changesRequested,
            "errors": !errors.isEmpty,
            "approveField": FormField("comment", label: label("comment_optional"), kind: .textarea, value: form?["comment"]).template,
            "rejectField": FormField(
                "reason", label: label("reason"), kind: .textarea, value: form?["reason"], error: errors["reason"], required: true
            ).template,
            "changesField": FormField(
                "changes", label: label("what_to_change"), kind: .textarea, value: form?["changes"], error: errors["changes"],
                required: true
            ).template,
            "scheduleFields": [
                FormField(
                    "date", label: label("scheduled_on"), kind: .input(type: "date"), value: form?["date"] ?? record.content.wishedDate,
                    error: errors["date"], required: true),
                FormField(
                    "channel", label: label("channel"), kind: .select(options: channels),
                    value: form?["channel"] ?? record.content.wishedChannel.rawValue),
            ].template,
            "resubmitFields": Self.contentFields(viewer, form: form, errors: errors, current: record.content).template,
        ]
        if let filer { data["filer"] = filer.name }
        if let reviewedAt = record.reviewedAt {
            let who = record.reviewedBy?.name ?? viewer.text(Localized(lt: "nežinoma", en: "unknown"))
            data["reviewed"] = "\(who), \(HumanDate.dayAndTime(reviewedAt, in: language))"
        }
        data["activity"] = try await ActivitySection.html(of: id, templates: templates, viewer: viewer, dependencies: dependencies)
        if let comment = record.reviewComment { data["reviewComment"] = comment }
        if let day = record.scheduledOn {
            data["scheduled"] = [
                "day": CampaignsPageText.day(day, language),
                "channel": record.scheduledChannel.map { viewer.text(CampaignsPageStrings.channel($0)) } ?? "",
                "href": "/kampanijos/turinio-kalendorius?men=\(day.prefix(7))",
            ]
        }
        if let published = record.publishedAt { data["publishedAt"] = HumanDate.dayAndTime(published, in: language) }
        if let problem { data["problem"] = problem }
        return templates.render("submission", title: Localized(stringLiteral: record.content.title), data: data, for: viewer, status: status)
    }

    @Sendable func review(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.id(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard viewer.canEdit else { throw Self.editorsOnly }
        _ = try await visible(id, viewer)
        guard let decision = form["decision"].flatMap(SubmissionDecision.init(rawValue:)) else {
            throw PageProblem(.badRequest, Localized(lt: "Nežinomas sprendimas.", en: "Unknown decision."))
        }
        let comment: String?
        switch decision {
        case .approve: comment = form["comment"]
        case .reject:
            guard let reason = form["reason"] else {
                return try await page(
                    id, viewer: viewer, form: form, errors: ["reason": viewer.text(CampaignsPageStrings.reasonRequired)],
                    status: .unprocessableContent)
            }
            comment = reason
        case .requestChanges:
            guard let changes = form["changes"] else {
                return try await page(
                    id, viewer: viewer, form: form, errors: ["changes": viewer.text(CampaignsPageStrings.changesRequired)],
                    status: .unprocessableContent)
            }
            comment = changes
        }
        return try await send(ReviewSubmission(submissionId: id, decision: decision, comment: comment), id, request, context, viewer, form)
    }

    @Sendable func schedule(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.id(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard viewer.canEdit else { throw Self.editorsOnly }
        _ = try await visible(id, viewer)
        guard let date = CampaignsPageText.checkedDay(form["date"]), let channel = form["channel"].flatMap(Channel.init(rawValue:)) else {
            return try await page(
                id, viewer: viewer, form: form, errors: ["date": viewer.text(CampaignsPageStrings.notADate)], status: .unprocessableContent)
        }
        return try await send(ScheduleSubmission(submissionId: id, date: date, channel: channel), id, request, context, viewer, form)
    }

    @Sendable func publish(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.id(context)
        let viewer = Viewer(request: request, context: context)
        guard viewer.canEdit else { throw Self.editorsOnly }
        _ = try await visible(id, viewer)
        return try await send(PublishSubmission(submissionId: id), id, request, context, viewer, nil)
    }

    @Sendable func resubmit(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try Self.id(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let (_, filer) = try await visible(id, viewer)
        let isFiler = filer?.accountId != nil && filer?.accountId == viewer.identity?.accountId
        guard isFiler || viewer.canEdit else { throw Self.fileRefused }
        let (content, errors) = Self.readContent(form, viewer: viewer)
        guard let content else { return try await page(id, viewer: viewer, form: form, errors: errors, status: .unprocessableContent) }
        return try await send(ResubmitContent(submissionId: id, content: content), id, request, context, viewer, form)
    }

    private func send<C: Command>(
        _ command: C, _ id: UUID, _ request: Request, _ context: GatewayContext, _ viewer: Viewer, _ form: FormData?
    ) async throws -> Response {
        do {
            _ = try await sender.send(command, for: request, context: context)
        } catch let problem as Problem {
            return try await page(id, viewer: viewer, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/pateikimai/\(id.uuidString)")
    }

    static func id(_ context: GatewayContext) throws -> UUID {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else { throw notFound }
        return id
    }
}
