import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/campaigns`: list, create, read, change, move through the
/// lifecycle, link and unlink events.
struct CampaignsController {
    static let listParameters = ["status", "year", "q", "limit", "offset"]

    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .campaigns) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/campaigns")
        group.get(use: list, .list("Campaigns", CampaignView.self, query: Self.listParameters))
        group.post(use: create, .write("Plans a campaign", body: CampaignInput.self, answer: CampaignView.self, creates: true))
        group.get(":id", use: show, .read("A campaign", CampaignView.self))
        group.patch(":id", use: update, .write("Changes a campaign", body: CampaignPatchInput.self, answer: CampaignView.self))
        group.post(
            ":id/transitions", use: transition,
            .write("Moves a campaign to another status", body: CampaignTransitionInput.self, answer: CampaignView.self))
        group.put(":id/events/:eventId", use: link, .command("Links an event to a campaign", answer: CampaignView.self))
        group.delete(":id/events/:eventId", use: unlink, .command("Unlinks an event from a campaign", answer: CampaignView.self))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<CampaignView> {
        let query = try QueryParameters(request, allowed: Self.listParameters)
        let text = query.string("q")
        if let text, text.count > 500 { throw Problem.badQuery("q", "'q' must be at most 500 characters") }
        let filter = CampaignFilter(
            statuses: try query.set("status", of: CampaignStatus.self),
            year: try query.integer("year", in: GatewayLimits.years), text: text)
        let page = try query.page()
        let result = try await dependencies.read { db in try CampaignsQueries.campaigns(filter, page: page, in: db) }
        return ListView(items: result.items.map(CampaignView.init), total: result.total, limit: page.limit, offset: page.offset)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<CampaignView> {
        let (details, eventIds) = try await JSONBody.decode(CampaignInput.self, from: request, context: context).validated()
        let command = CreateCampaign(campaignId: UUID(), details: details, eventIds: eventIds)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.campaignId ?? command.campaignId
        let record = try await dependencies.read { db in try CampaignsQueries.campaign(id: id, in: db) }
        let view =
            record.map(CampaignView.init)
            ?? CampaignView(CampaignRecord(id: id, status: .draft, details: details, eventIds: eventIds, updatedSeq: sent.seq ?? 0))
        return WriteResponse(
            status: .created, body: view, location: "/api/v1/campaigns/\(id.uuidString)", fresh: sent.fresh && record != nil)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> CampaignView {
        let id = try context.parameters.uuid("id", naming: "campaign")
        _ = try QueryParameters(request, allowed: [])
        return CampaignView(try await existingCampaign(id))
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> WriteResponse<CampaignView> {
        let id = try context.parameters.uuid("id", naming: "campaign")
        let input = try await JSONBody.decode(CampaignPatchInput.self, from: request, context: context)
        let current = try await dependencies.read { db in try CampaignsQueries.campaign(id: id, in: db) }
        let patch = try input.validated(current: current?.details)
        let sent = try await sender.send(UpdateCampaign(campaignId: id, patch: patch), for: request, context: context)
        var record = try await existingCampaign(id)
        if !sent.fresh { record.details = patch.applied(to: record.details) }
        return WriteResponse(body: CampaignView(record), fresh: sent.fresh)
    }

    @Sendable func transition(_ request: Request, context: GatewayContext) async throws -> WriteResponse<CampaignView> {
        let id = try context.parameters.uuid("id", naming: "campaign")
        let (status, reason) = try await JSONBody.decode(CampaignTransitionInput.self, from: request, context: context)
            .validated()
        let sent = try await sender.send(TransitionCampaign(campaignId: id, to: status, reason: reason), for: request, context: context)
        var record = try await existingCampaign(id)
        if !sent.fresh { record.status = status }
        return WriteResponse(body: CampaignView(record), fresh: sent.fresh)
    }

    @Sendable func link(_ request: Request, context: GatewayContext) async throws -> WriteResponse<CampaignView> {
        let id = try context.parameters.uuid("id", naming: "campaign")
        let eventId = try context.parameters.uuid("eventId", naming: "event")
        let sent = try await sender.send(LinkCampaignEvent(campaignId: id, eventId: eventId), for: request, context: context)
        var record = try await existingCampaign(id)
        if !sent.fresh && !record.eventIds.contains(eventId) { record.eventIds.append(eventId) }
        return WriteResponse(body: CampaignView(record), fresh: sent.fresh)
    }

    @Sendable func unlink(_ request: Request, context: GatewayContext) async throws -> WriteResponse<CampaignView> {
        let id = try context.parameters.uuid("id", naming: "campaign")
        let eventId = try context.parameters.uuid("eventId", naming: "event")
        let sent = try await sender.send(UnlinkCampaignEvent(campaignId: id, eventId: eventId), for: request, context: context)
        var record = try await existingCampaign(id)
        if !sent.fresh { record.eventIds.removeAll { $0 == eventId } }
        return WriteResponse(body: CampaignView(record), fresh: sent.fresh)
    }

    private func existingCampaign(_ id: UUID) async throws -> CampaignRecord {
        let record = try await dependencies.read { db in try CampaignsQueries.campaign(id: id, in: db) }
        guard let record else { throw Problem.notFound("no campaign has the id \(id.uuidString)") }
        return record
    }
}
