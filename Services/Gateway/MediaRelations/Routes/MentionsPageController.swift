import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `GET /ziniasklaida` (the overview: what waits, coverage per week and
/// share by outlet as charts), `GET /ziniasklaida/paminejimai` (filters
/// `nuo`, `iki`, `tonas`, `q`; the charts; record and import forms),
/// `POST /ziniasklaida/paminejimai`, `POST /ziniasklaida/paminejimai/importas?csrf=…`
/// (a `multipart/form-data` upload of a CSV, RSS or Atom file, sent to the
/// service as the JSON API's import sends it), `GET /ziniasklaida/paminejimai/{id}`
/// `POST /ziniasklaida/paminejimai/{id}/susiejimas` (link to an event or campaign)
/// and `POST /ziniasklaida/paminejimai/{id}/taisymas` (correct the sentiment and reach).
struct MentionsPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { .mediaRelations(dependencies) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/ziniasklaida", use: overview)
        routes.pages.get("/ziniasklaida/paminejimai", use: list)
        routes.pages.post("/ziniasklaida/paminejimai", use: record)
        routes.pages.post("/ziniasklaida/paminejimai/importas", use: importFile)
        routes.pages.get("/ziniasklaida/paminejimai/{id}", use: show)
        routes.pages.post("/ziniasklaida/paminejimai/{id}/susiejimas", use: link)
        routes.pages.post("/ziniasklaida/paminejimai/{id}/taisymas", use: correct)
    }

    static let notFound = PageProblem.notFound(Localized(lt: "Tokio paminėjimo nėra.", en: "There is no such mention."))
    static var s: PageStrings { MediaRelationsPageStrings.all }

    @Sendable func overview(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let year = Timestamp.vilniusCalendar.component(.year, from: Date())
        let from = MediaRelationsPageText.yearStart(year)
        let to = MediaRelationsPageText.yearStart(year + 1)
        let (drafts, weekly, outlets, counts) = try await dependencies.read { db in
            (
                try MediaRelationsQueries.pressReleases(eventId: nil, campaignId: nil, statuses: [.draft], page: Page(limit: 20), in: db),
                try MediaRelationsPageText.weeklyChart(
                    from: from, to: min(to, Date().addingTimeInterval(86_400)), viewer: viewer,
                    title: viewer.text(Self.s["coverage_per_week"]!), in: db),
                try MediaRelationsPageText.outletChart(MentionFilter(from: from, to: to), viewer: viewer, in: db),
                (
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mediaContacts") ?? 0,
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mediaMentions WHERE publishedAt >= ? AND publishedAt < ?", arguments: [from, to])
                        ?? 0,
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mediaVisits WHERE status IN ('requested', 'confirmed')") ?? 0
                )
            )
        }
        let data: [String: Any] = [
            "drafts": drafts.items.map { MediaRelationsPageText.pressReleaseRow($0, viewer) }, "hasDrafts": !drafts.items.isEmpty,
            "weekly": weekly, "outlets": outlets, "contacts": counts.0, "mentions": counts.1, "visits": counts.2, "year": year,
        ]
        return templates.render("media", title: Self.s["media"]!, data: data, for: viewer)
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        try await listPage(request, Viewer(request: request, context: context))
    }

    private func listPage(
        _ request: Request, _ viewer: Viewer, form: FormData? = nil, errors: [String: String] = [:], problem: String? = nil,
        report: MentionImportReport? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let query = request.uri.queryParameters
        let fromText = query["nuo"].map(String.init).flatMap(CalendarDay.init)
        let toText = query["iki"].map(String.init).flatMap(CalendarDay.init)
        let sentiment = query["tonas"].flatMap { Sentiment(rawValue: String($0)) }
        let text = query["q"].map { String($0).trimmingCharacters(in: .whitespaces) }.flatMap { $0.isEmpty ? nil : String($0.prefix(500)) }
        let year = Timestamp.vilniusCalendar.component(.year, from: Date())
        let from = fromText?.startInVilnius
        let to = toText.map { CalendarDay(dayNumber: $0.dayNumber + 1).startInVilnius }
        let filter = MentionFilter(from: from, to: to, sentiments: sentiment.map { [$0] } ?? [], text: text)
        let (mentions, weekly, outlets) = try await dependencies.read { db in
            let page = try MediaRelationsQueries.mentions(filter, page: Page(limit: 200), in: db)
            let chartFrom = from ?? MediaRelationsPageText.yearStart(year)
            let chartTo = to ?? min(MediaRelationsPageText.yearStart(year + 1), Date().addingTimeInterval(86_400))
            return (
                page,
                try MediaRelationsPageText.weeklyChart(
                    from: chartFrom, to: chartTo, viewer: viewer, title: viewer.text(Self.s["coverage_per_week"]!), in: db),
                try MediaRelationsPageText.outletChart(filter, viewer: viewer, in: db)
            )
        }
        func label(_ key: String) -> String { viewer.text(Self.s[key]!) }
        let sentiments = Sentiment.allCases.map { ($0.rawValue, viewer.text(MediaRelationsPageStrings.sentiment($0))) }
        let fields: [FormField] = [
            FormField("url", label: label("url"), kind: .input(type: "url"), value: form?["url"], error: errors["url"], required: true),
            FormField("outlet", label: label("outlet"), value: form?["outlet"], error: errors["outlet"], required: true),
            FormField("title", label: label("title"), value: form?["title"], error: errors["title"], required: true),
            FormField(
                "publishedAt", label: label("published_at"), kind: .input(type: "datetime-local"), value: form?["publishedAt"],
                error: errors["publishedAt"], required: true),
            FormField("excerpt", label: label("excerpt"), kind: .textarea, value: form?["excerpt"]),
            FormField("reach", label: label("reach"), kind: .input(type: "number"), value: form?["reach"] ?? "0", error: errors["reach"]),
            FormField("sentiment", label: label("sentiment"), kind: .select(options: sentiments), value: form?["sentiment"] ?? "neutral"),
            FormField(
                "language", label: viewer.text(Self.s["language"]!),
                kind: .select(options: [("lt", "lietuvių / Lithuanian"), ("en", "anglų / English")]),
                value: form?["language"] ?? "lt"),
            FormField("eventId", label: label("event_id"), value: form?["eventId"], hint: label("id_hint"), error: errors["eventId"]),
            FormField("campaignId", label: label("campaign_id"), value: form?["campaignId"], error: errors["campaignId"]),
        ]
        var data: [String: Any] = [
            "mentions": mentions.items.map { MediaRelationsPageText.mentionRow($0, viewer) }, "hasMentions": !mentions.items.isEmpty,
            "total": mentions.total, "weekly": weekly, "outlets": outlets, "fields": fields.template, "errors": !errors.isEmpty,
            "from": fromText?.description ?? "", "to": toText?.description ?? "", "q": text ?? "",
            "sentiments": Sentiment.allCases.map {
                ["value": $0.rawValue, "label": viewer.text(MediaRelationsPageStrings.sentiment($0)), "selected": $0 == sentiment]
            },
            "formats": [
                ["value": "", "label": label("format_auto")], ["value": "csv", "label": "CSV"], ["value": "rss", "label": "RSS"],
                ["value": "atom", "label": "Atom"],
            ],
        ]
        if let fileError = errors["file"] { data["fileError"] = fileError }
        if let problem { data["problem"] = problem }
        if let report {
            data["report"] = [
                "created": report.created, "duplicates": report.duplicates, "hasErrors": !report.errors.isEmpty,
                "errors": report.errors.map {
                    ["where": $0.line.map { "\(label("line")) \($0)" } ?? $0.item.map { "\(label("item")) \($0)" } ?? "", "detail": $0.detail]
                },
            ]
        }
        return templates.render("mentions", title: Self.s["mentions"]!, data: data, for: viewer, status: status)
    }

    @Sendable func record(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var errors: [String: String] = [:]
        let url = form["url"]
        if let url, !(url.hasPrefix("http://") || url.hasPrefix("https://")) {
            errors["url"] = viewer.text(MediaRelationsPageStrings.notAUrl)
        }
        for name in ["url", "outlet", "title"] where form[name] == nil { errors[name] = viewer.text(MediaRelationsPageStrings.required) }
        let published = form["publishedAt"].flatMap(HumanDate.parseInput)
        if published == nil { errors["publishedAt"] = viewer.text(MediaRelationsPageStrings.notATime) }
        let reach = Int(form["reach"] ?? "0")
        if reach == nil || reach! < 0 { errors["reach"] = viewer.text(MediaRelationsPageStrings.notAReach) }
        let eventId = MediaRelationsPages.optionalId(form, "eventId", viewer, &errors)
        let campaignId = MediaRelationsPages.optionalId(form, "campaignId", viewer, &errors)
        guard errors.isEmpty, let url, let outlet = form["outlet"], let title = form["title"], let published, let reach else {
            return try await listPage(request, viewer, form: form, errors: errors, status: .unprocessableContent)
        }
        let mention = MentionInput(
            url: url, outlet: outlet, publishedAt: published, title: title, excerpt: form["excerpt"], language: form["language"] ?? "lt",
            reach: reach, sentiment: form["sentiment"].flatMap(Sentiment.init(rawValue:)) ?? .neutral, eventId: eventId,
            campaignId: campaignId)
        let command = RecordMention(mentionId: UUID(), mention: mention)
        do {
            let sent = try await sender.send(command, for: request, context: context)
            return PageTemplates.redirect(to: "/ziniasklaida/paminejimai/\((sent.result?.mentionId ?? command.mentionId).uuidString)")
        } catch let problem as Problem {
            return try await listPage(request, viewer, form: form, problem: problem.detail, status: problem.status)
        }
    }

    /// The upload: the form's `file` and `format` parts; the token comes in the query.
    @Sendable func importFile(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let body = try await request.body.collect(upTo: context.maxUploadSize)
        let type = request.headers[.contentType] ?? ""
        let upload = MultipartForm(body: Data(buffer: body), contentType: type)
        guard let upload, let file = upload.part(named: "file"), !file.data.isEmpty else {
            return try await listPage(
                request, viewer, errors: ["file": viewer.text(MediaRelationsPageStrings.noFile)], status: .unprocessableContent)
        }
        guard let content = String(data: file.data, encoding: .utf8),
            !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        else {
            return try await listPage(
                request, viewer, errors: ["file": viewer.text(MediaRelationsPageStrings.notText)], status: .unprocessableContent)
        }
        let format = upload.text("format").flatMap(MentionFileFormat.init(rawValue:)) ?? Self.format(of: file, content: content)
        do {
            let sent = try await sender.send(ImportMentions(format: format, content: content), for: request, context: context)
            return try await listPage(request, viewer, report: sent.result ?? MentionImportReport())
        } catch let problem as Problem {
            return try await listPage(request, viewer, problem: problem.detail, status: problem.status)
        }
    }

    /// The format a file is in: its media type, its name's ending, or what it begins with.
    static func format(of file: MultipartForm.Part, content: String) -> MentionFileFormat {
        let type = (file.contentType ?? "").split(separator: ";").first.map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        if let known = MentionsController.fileFormats[type] { return known }
        let name = (file.filename ?? "").lowercased()
        if name.hasSuffix(".csv") { return .csv }
        if name.hasSuffix(".atom") { return .atom }
        if name.hasSuffix(".rss") { return .rss }
        let start = content.prefix(2_000).lowercased()
        if start.contains("<feed") { return .atom }
        if start.contains("<rss") { return .rss }
        return .csv
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        try await page(try MediaRelationsPages.id(context, or: Self.notFound), Viewer(request: request, context: context))
    }

    private func page(
        _ id: UUID, _ viewer: Viewer, form: FormData? = nil, errors: [String: String] = [:], problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        guard let record = try await dependencies.read({ db in try MediaRelationsQueries.mention(id: id, in: db) }) else {
            throw Self.notFound
        }
        let mention = record.mention
        func label(_ key: String) -> String { viewer.text(Self.s[key]!) }
        let fields: [FormField] = [
            FormField(
                "eventId", label: label("event_id"), value: form?["eventId"] ?? mention.eventId?.uuidString, hint: label("links_hint"),
                error: errors["eventId"]),
            FormField(
                "campaignId", label: label("campaign_id"), value: form?["campaignId"] ?? mention.campaignId?.uuidString, error: errors["campaignId"]),
        ]
        let sentiments = Sentiment.allCases.map { ($0.rawValue, viewer.text(MediaRelationsPageStrings.sentiment($0))) }
        let correction: [FormField] = [
            FormField(
                "sentiment", label: label("sentiment"), kind: .select(options: sentiments),
                value: form?["sentiment"] ?? mention.sentiment.rawValue, error: errors["sentiment"]),
            FormField(
                "reach", label: label("reach"), kind: .input(type: "number"), value: form?["reach"] ?? String(mention.reach),
                hint: label("reach_hint"), error: errors["reach"], required: true),
        ]
        var data = MediaRelationsPageText.mentionRow(record, viewer)
        data["id"] = id.uuidString
        data["correctionFields"] = correction.template
        data["publishedAt"] = HumanDate.dayAndTime(mention.publishedAt, in: viewer.language)
        data["language"] = mention.language
        data["fields"] = fields.template
        data["errors"] = !errors.isEmpty
        if let excerpt = mention.excerpt { data["excerpt"] = excerpt }
        if let event = mention.eventId { data["event"] = ["href": "/renginiai/\(event.uuidString)", "id": event.uuidString] }
        if let campaign = mention.campaignId { data["campaign"] = ["href": "/kampanijos/\(campaign.uuidString)", "id": campaign.uuidString] }
        if let problem { data["problem"] = problem }
        return templates.render("mention", title: Localized(stringLiteral: mention.title), data: data, for: viewer, status: status)
    }

    @Sendable func link(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try MediaRelationsPages.id(context, or: Self.notFound)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var errors: [String: String] = [:]
        let eventId = MediaRelationsPages.optionalId(form, "eventId", viewer, &errors)
        let campaignId = MediaRelationsPages.optionalId(form, "campaignId", viewer, &errors)
        guard errors.isEmpty else { return try await page(id, viewer, form: form, errors: errors, status: .unprocessableContent) }
        do {
            _ = try await sender.send(LinkMention(mentionId: id, eventId: eventId, campaignId: campaignId), for: request, context: context)
        } catch let problem as Problem {
            return try await page(id, viewer, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/paminejimai/\(id.uuidString)")
    }

    /// The correction form: the sentiment and the reach as they should be;
    /// the service changes only what differs.
    @Sendable func correct(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try MediaRelationsPages.id(context, or: Self.notFound)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var errors: [String: String] = [:]
        let sentiment = form["sentiment"].flatMap(Sentiment.init(rawValue:))
        if sentiment == nil { errors["sentiment"] = viewer.text(MediaRelationsPageStrings.chooseSentiment) }
        let reach = form["reach"].flatMap { Int($0) }
        if reach == nil || reach! < 0 { errors["reach"] = viewer.text(MediaRelationsPageStrings.notAReach) }
        guard errors.isEmpty, let sentiment, let reach else {
            return try await page(id, viewer, form: form, errors: errors, status: .unprocessableContent)
        }
        do {
            _ = try await sender.send(CorrectMention(mentionId: id, sentiment: sentiment, reach: reach), for: request, context: context)
        } catch let problem as Problem {
            return try await page(id, viewer, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/paminejimai/\(id.uuidString)")
    }
}
