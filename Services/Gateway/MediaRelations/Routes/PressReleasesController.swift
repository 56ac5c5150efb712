import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/press-releases`: list, draft, read, change a draft, approve and distribute.
struct PressReleasesController {
    let dependencies: GatewayDependencies
    var sender: CommandSender { .mediaRelations(dependencies) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/press-releases")
        let open = routes.described(.open, "/api/v1/press-releases")
        group.get(use: list, .list("Press releases", PressReleaseView.self, query: ["eventId", "campaignId", "status", "limit", "offset"]))
        group.post(use: create, .write("Drafts a press release", body: PressReleaseInput.self, answer: PressReleaseView.self, creates: true))
        open.get(
            "feed.xml", use: feed,
            APIOperation(
                "Distributed press releases as RSS 2.0", answers: [.file("application/rss+xml; charset=utf-8", description: "An RSS 2.0 feed")]))
        group.get(":id", use: show, .read("A press release", PressReleaseView.self))
        group.patch(":id", use: update, .write("Changes a press release", body: PressReleaseInput.self, answer: PressReleaseView.self))
        group.post(
            ":id/transitions", use: transition,
            .write("Approves or distributes a press release", body: PressReleaseTransitionInput.self, answer: PressReleaseView.self))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<PressReleaseView> {
        let query = try QueryParameters(request, allowed: ["eventId", "campaignId", "status", "limit", "offset"])
        let eventId = try Self.uuid(query, "eventId")
        let campaignId = try Self.uuid(query, "campaignId")
        let statuses = try query.set("status", of: PressReleaseStatus.self)
        let page = try query.page()
        let result = try await dependencies.read { db in
            try MediaRelationsQueries.pressReleases(
                eventId: eventId, campaignId: campaignId, statuses: statuses, page: page, in: db)
        }
        return ListView(items: result.items.map(PressReleaseView.init), total: result.total, limit: page.limit, offset: page.offset)
    }

    /// `GET /api/v1/press-releases/feed.xml`, public: the distributed ones as
    /// RSS 2.0 (the same as the press room's `/spaudai/rss.xml`).
    @Sendable func feed(_ request: Request, context: GatewayContext) async throws -> Response {
        _ = try QueryParameters(request, allowed: [])
        let releases = try await dependencies.read { db in try PressReleaseFeed.distributed(in: db) }
        let publicURL = dependencies.publicURL
        let text = PressReleaseFeed.rss(releases, publicURL: publicURL, selfLink: "\(publicURL)/api/v1/press-releases/feed.xml")
        return PressReleaseFeed.response(text, contentType: "application/rss+xml; charset=utf-8")
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<PressReleaseView> {
        let content = try await JSONBody.decode(PressReleaseInput.self, from: request, context: context).validated()
        let command = DraftPressRelease(pressReleaseId: UUID(), content: content)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.pressReleaseId ?? command.pressReleaseId
        return WriteResponse(
            status: .created, body: PressReleaseView(try await existing(id)), location: "/api/v1/press-releases/\(id.uuidString)",
            fresh: sent.fresh)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> PressReleaseView {
        PressReleaseView(try await existing(try context.parameters.uuid("id", naming: "press release")))
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> WriteResponse<PressReleaseView> {
        let id = try context.parameters.uuid("id", naming: "press release")
        let patch = try await JSONBody.decode(PressReleaseInput.self, from: request, context: context).validatedPatch()
        let sent = try await sender.send(UpdatePressRelease(pressReleaseId: id, patch: patch), for: request, context: context)
        return WriteResponse(body: PressReleaseView(try await existing(id)), fresh: sent.fresh)
    }

    @Sendable func transition(_ request: Request, context: GatewayContext) async throws -> WriteResponse<PressReleaseView> {
        let id = try context.parameters.uuid("id", naming: "press release")
        let (status, listId) = try await JSONBody.decode(PressReleaseTransitionInput.self, from: request, context: context)
            .validated()
        let sent = try await sender.send(
            TransitionPressRelease(pressReleaseId: id, to: status, contactListId: listId), for: request, context: context)
        return WriteResponse(body: PressReleaseView(try await existing(id)), fresh: sent.fresh)
    }

    private func existing(_ id: UUID) async throws -> MediaPressReleaseRecord {
        guard let record = try await dependencies.read({ db in try MediaRelationsQueries.pressRelease(id: id, in: db) }) else {
            throw Problem.notFound("no press release has the id \(id.uuidString)")
        }
        return record
    }

    /// A UUID query parameter, or a 400 naming it.
    static func uuid(_ query: QueryParameters, _ name: String) throws -> UUID? {
        guard let text = query.string(name) else { return nil }
        guard let id = UUID(uuidString: text) else { throw Problem.badQuery(name, "'\(name)' must be a UUID, not '\(text)'") }
        return id
    }
}
