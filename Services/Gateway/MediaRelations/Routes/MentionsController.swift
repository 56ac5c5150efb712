import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/mentions`: list, record, read, link and correct mentions, import a CSV,
/// RSS or Atom file, monthly coverage and sentiment, share by outlet.
struct MentionsController {
    static let filterParameters = ["from", "to", "outlet", "sentiment", "eventId", "campaignId", "q"]

    /// The media types of files mentions are imported from.
    static let fileFormats: [String: MentionFileFormat] = [
        "text/csv": .csv, "application/rss+xml": .rss, "application/atom+xml": .atom,
    ]

    let dependencies: GatewayDependencies
    var sender: CommandSender { .mediaRelations(dependencies) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/mentions")
        group.get(use: list, .list("Media mentions", MentionView.self, query: Self.filterParameters + ["limit", "offset"]))
        group.post(use: create, .write("Records a media mention", body: MentionBodyInput.self, answer: MentionView.self, creates: true))
        group.post(
            "import", use: importFile,
            APIOperation(
                "Imports mentions from a CSV, RSS or Atom file (the body, by its Content-Type)",
                body: .file(Self.fileFormats.keys.sorted()), answers: [.written(200, MentionImportView.self)],
                problems: APIOperation.commandProblems.union([409, 415])))
        group.get(
            "coverage", use: coverage,
            .read("Coverage: mentions by month, sentiment and outlet", CoverageView.self, query: Self.filterParameters, problems: []))
        group.get(
            "outlets", use: outlets, .read("The outlets that mentioned the library", OutletsView.self, query: Self.filterParameters, problems: []))
        group.get(":id", use: show, .read("A media mention", MentionView.self))
        group.patch(
            ":id", use: patch,
            .write("Links a mention to an event or campaign, or corrects it", body: MentionPatchInput.self, answer: MentionView.self))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<MentionView> {
        let query = try QueryParameters(request, allowed: Self.filterParameters + ["limit", "offset"])
        let filter = try Self.filter(query)
        let page = try query.page()
        let result = try await dependencies.read { db in try MediaRelationsQueries.mentions(filter, page: page, in: db) }
        return ListView(items: result.items.map(MentionView.init), total: result.total, limit: page.limit, offset: page.offset)
    }

    /// 201 with the new mention; 200 with the mention recorded before under the same URL.
    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<MentionView> {
        let mention = try await JSONBody.decode(MentionBodyInput.self, from: request, context: context).validated()
        let command = RecordMention(mentionId: UUID(), mention: mention)
        let sent = try await sender.send(command, for: request, context: context)
        let outcome = sent.result ?? MentionOutcome(mentionId: command.mentionId, created: true)
        guard let record = try await dependencies.read({ db in try MediaRelationsQueries.mention(id: outcome.mentionId, in: db) })
        else { throw Problem.unavailable("the mention is recorded but not yet readable; read it again shortly", retryAfterSeconds: 1) }
        return WriteResponse(status: outcome.created ? .created : .ok, body: MentionView(record), fresh: sent.fresh)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> MentionView {
        MentionView(try await existing(try context.parameters.uuid("id", naming: "mention")))
    }

    /// Links the mention to an event or a campaign, or unlinks it; or
    /// corrects its sentiment and reach.
    @Sendable func patch(_ request: Request, context: GatewayContext) async throws -> WriteResponse<MentionView> {
        let id = try context.parameters.uuid("id", naming: "mention")
        let input = try await JSONBody.decode(MentionPatchInput.self, from: request, context: context)
        let current = try await existing(id)
        let sent =
            switch try input.validated(current: current.mention) {
            case .link(let eventId, let campaignId):
                try await sender.send(LinkMention(mentionId: id, eventId: eventId, campaignId: campaignId), for: request, context: context)
            case .correct(let sentiment, let reach):
                try await sender.send(CorrectMention(mentionId: id, sentiment: sentiment, reach: reach), for: request, context: context)
            }
        return WriteResponse(body: MentionView(try await existing(id)), fresh: sent.fresh)
    }

    private func existing(_ id: UUID) async throws -> MediaMentionRecord {
        guard let record = try await dependencies.read({ db in try MediaRelationsQueries.mention(id: id, in: db) }) else {
            throw Problem.notFound("no mention has the id \(id.uuidString)")
        }
        return record
    }

    @Sendable func importFile(_ request: Request, context: GatewayContext) async throws -> WriteResponse<MentionImportView> {
        let mediaType =
            (request.headers[.contentType] ?? "").split(separator: ";").first
            .map { $0.trimmingCharacters(in: .whitespaces).lowercased() } ?? ""
        guard let format = Self.fileFormats[mediaType] else {
            let allowed = Self.fileFormats.keys.sorted()
            throw Problem(
                .unsupportedMediaType, code: "unsupported-media-type", title: "Unsupported media type",
                detail: "'\(mediaType)' cannot be imported; send the file as one of: \(allowed.joined(separator: ", "))",
                extensions: ["allowed": .array(allowed.map(JSONValue.string))])
        }
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        guard let content = String(validating: buffer.readableBytesView, as: UTF8.self) else {
            throw Problem.invalid([FieldError(field: "file", detail: "the file is not UTF-8 text")])
        }
        guard !content.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            throw Problem.invalid([FieldError(field: "file", detail: "the file is empty")])
        }
        let sent = try await sender.send(ImportMentions(format: format, content: content), for: request, context: context)
        return WriteResponse(body: MentionImportView(sent.result ?? MentionImportReport()), fresh: sent.fresh)
    }

    @Sendable func coverage(_ request: Request, context: GatewayContext) async throws -> CoverageView {
        let filter = try Self.filter(try QueryParameters(request, allowed: Self.filterParameters))
        return CoverageView(months: try await dependencies.read { db in try MediaRelationsQueries.coverage(filter, in: db) })
    }

    @Sendable func outlets(_ request: Request, context: GatewayContext) async throws -> OutletsView {
        let filter = try Self.filter(try QueryParameters(request, allowed: Self.filterParameters))
        return OutletsView(try await dependencies.read { db in try MediaRelationsQueries.outlets(filter, in: db) })
    }

    static func filter(_ query: QueryParameters) throws -> MentionFilter {
        let from = try query.date("from")
        let to = try query.date("to")
        if let from, let to, from >= to { throw Problem.badQuery("to", "'to' must be after 'from'") }
        return MentionFilter(
            from: from, to: to, outlet: query.string("outlet"), sentiments: try query.set("sentiment", of: Sentiment.self),
            eventId: try PressReleasesController.uuid(query, "eventId"),
            campaignId: try PressReleasesController.uuid(query, "campaignId"), text: query.string("q"))
    }
}
