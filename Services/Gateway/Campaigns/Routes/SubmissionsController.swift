import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/submissions`: other units' content, its review, its place on
/// the content calendar and its publication.
struct SubmissionsController {
    static let listParameters = ["status", "limit", "offset"]

    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .campaigns) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/submissions")
        group.get(use: list, .list("Content submissions", SubmissionView.self, query: Self.listParameters))
        group.post(use: submit, .write("Submits content", body: SubmissionInput.self, answer: SubmissionView.self, creates: true))
        group.get(":id", use: show, .read("A submission", SubmissionView.self))
        group.post(
            ":id/resubmit", use: resubmit, .write("Resubmits corrected content", body: SubmissionInput.self, answer: SubmissionView.self))
        group.post(":id/review", use: review, .write("Reviews a submission", body: SubmissionReviewInput.self, answer: SubmissionView.self))
        group.post(":id/schedule", use: schedule, .write("Schedules a submission", body: ScheduleInput.self, answer: SubmissionView.self))
        group.post(":id/publish", use: publish, .command("Marks a submission published", answer: SubmissionView.self))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<SubmissionView> {
        let query = try QueryParameters(request, allowed: Self.listParameters)
        let statuses = try query.set("status", of: SubmissionStatus.self)
        let page = try query.page()
        let result = try await dependencies.read { db in try CampaignsQueries.submissions(statuses: statuses, page: page, in: db) }
        return ListView(items: result.items.map(SubmissionView.init), total: result.total, limit: page.limit, offset: page.offset)
    }

    @Sendable func submit(_ request: Request, context: GatewayContext) async throws -> WriteResponse<SubmissionView> {
        let content = try await JSONBody.decode(SubmissionInput.self, from: request, context: context).validated()
        let command = SubmitContent(submissionId: UUID(), content: content)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.submissionId ?? command.submissionId
        let record = try await existingSubmission(id)
        return WriteResponse(
            status: .created, body: SubmissionView(record), location: "/api/v1/submissions/\(id.uuidString)",
            fresh: sent.fresh)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> SubmissionView {
        let id = try context.parameters.uuid("id", naming: "submission")
        _ = try QueryParameters(request, allowed: [])
        return SubmissionView(try await existingSubmission(id))
    }

    @Sendable func resubmit(_ request: Request, context: GatewayContext) async throws -> WriteResponse<SubmissionView> {
        let id = try context.parameters.uuid("id", naming: "submission")
        let content = try await JSONBody.decode(SubmissionInput.self, from: request, context: context).validated()
        return try await answer(ResubmitContent(submissionId: id, content: content), id, request, context)
    }

    @Sendable func review(_ request: Request, context: GatewayContext) async throws -> WriteResponse<SubmissionView> {
        let id = try context.parameters.uuid("id", naming: "submission")
        let (decision, comment) = try await JSONBody.decode(SubmissionReviewInput.self, from: request, context: context).validated()
        return try await answer(ReviewSubmission(submissionId: id, decision: decision, comment: comment), id, request, context)
    }

    @Sendable func schedule(_ request: Request, context: GatewayContext) async throws -> WriteResponse<SubmissionView> {
        let id = try context.parameters.uuid("id", naming: "submission")
        let (date, channel) = try await JSONBody.decode(ScheduleInput.self, from: request, context: context).validated()
        return try await answer(ScheduleSubmission(submissionId: id, date: date, channel: channel), id, request, context)
    }

    @Sendable func publish(_ request: Request, context: GatewayContext) async throws -> WriteResponse<SubmissionView> {
        let id = try context.parameters.uuid("id", naming: "submission")
        return try await answer(PublishSubmission(submissionId: id), id, request, context)
    }

    /// Sends `command` for the request's acting person and answers with the
    /// submission as the read model has it after.
    private func answer<C: Command>(
        _ command: C, _ id: UUID, _ request: Request, _ context: GatewayContext
    ) async throws -> WriteResponse<SubmissionView>
    where C.Result == SubmissionRef {
        let sent = try await sender.send(command, for: request, context: context)
        var record = try await existingSubmission(id)
        if !sent.fresh, let status = sent.result?.status { record.status = status }
        return WriteResponse(body: SubmissionView(record), fresh: sent.fresh)
    }

    private func existingSubmission(_ id: UUID) async throws -> SubmissionRecord {
        let record = try await dependencies.read { db in try CampaignsQueries.submission(id: id, in: db) }
        guard let record else { throw Problem.notFound("no submission has the id \(id.uuidString)") }
        return record
    }
}
