import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/courses`: list, create, read and change courses, list and plan their sessions.
struct CoursesController {
    static let listParameters = ["topic", "q", "limit", "offset"]

    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .training) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/courses")
        group.get(use: list, .list("Courses", CourseView.self, query: Self.listParameters))
        group.post(use: create, .write("Adds a course", body: CourseInput.self, answer: CourseView.self, creates: true))
        group.get(":id", use: show, .read("A course", CourseView.self))
        group.patch(":id", use: update, .write("Changes a course", body: CoursePatchInput.self, answer: CourseView.self))
        group.get(":id/sessions", use: sessions, .list("A course's sessions", TrainingSessionView.self, problems: [404]))
        group.post(
            ":id/sessions", use: planSession,
            .write("Plans a session of a course", body: TrainingSessionInput.self, answer: TrainingSessionView.self, creates: true))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<CourseView> {
        let query = try QueryParameters(request, allowed: Self.listParameters)
        let text = query.string("q")
        if let text, text.count > 500 {
            throw Problem.badQuery("q", "'q' must be at most 500 characters")
        }
        let filter = CourseFilter(topic: try query.value("topic", as: TrainingTopic.self), text: text)
        let page = try query.page()
        let result = try await dependencies.read { db in try TrainingQueries.courses(filter, page: page, in: db) }
        return ListView(items: result.items.map(CourseView.init), total: result.total, limit: page.limit, offset: page.offset)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<CourseView> {
        let details = try await JSONBody.decode(CourseInput.self, from: request, context: context).validated()
        let command = CreateCourse(courseId: UUID(), details: details)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.courseId ?? command.courseId
        let row = try await dependencies.read { db in try TrainingQueries.course(id: id, in: db) }
        let view = CourseView(row ?? CourseRecord(id: id, details: details, updatedSeq: sent.seq ?? 0))
        return WriteResponse(
            status: .created, body: view, location: "/api/v1/courses/\(id.uuidString)", fresh: sent.fresh && row != nil)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> CourseView {
        CourseView(try await existingCourse(try context.parameters.uuid("id", naming: "course")))
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> WriteResponse<CourseView> {
        let id = try context.parameters.uuid("id", naming: "course")
        let patch = try await JSONBody.decode(CoursePatchInput.self, from: request, context: context).validated()
        let sent = try await sender.send(UpdateCourse(courseId: id, patch: patch), for: request, context: context)
        return WriteResponse(body: CourseView(try await existingCourse(id)), fresh: sent.fresh)
    }

    @Sendable func sessions(_ request: Request, context: GatewayContext) async throws -> ListView<TrainingSessionView> {
        let id = try context.parameters.uuid("id", naming: "course")
        _ = try QueryParameters(request, allowed: [])
        let rows = try await dependencies.read { db -> [TrainingSessionRecord]? in
            guard try TrainingQueries.course(id: id, in: db) != nil else { return nil }
            return try TrainingQueries.sessions(courseId: id, in: db)
        }
        guard let rows else { throw Problem.notFound("no course has the id \(id.uuidString)") }
        return ListView(all: rows.map(TrainingSessionView.init))
    }

    @Sendable func planSession(_ request: Request, context: GatewayContext) async throws -> WriteResponse<TrainingSessionView> {
        let courseId = try context.parameters.uuid("id", naming: "course")
        let details = try await JSONBody.decode(TrainingSessionInput.self, from: request, context: context).validated()
        let command = PlanTrainingSession(sessionId: UUID(), courseId: courseId, details: details)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.sessionId ?? command.sessionId
        let (row, course) = try await dependencies.read { db in
            (try TrainingQueries.session(id: id, in: db), try TrainingQueries.course(id: courseId, in: db))
        }
        let fallback = TrainingSessionRecord(
            id: id, courseId: courseId, courseTitleLt: course?.details.titleLt ?? "", details: details,
            updatedSeq: sent.seq ?? 0)
        return WriteResponse(
            status: .created, body: TrainingSessionView(row ?? fallback), location: "/api/v1/sessions/\(id.uuidString)",
            fresh: sent.fresh && row != nil)
    }

    private func existingCourse(_ id: UUID) async throws -> CourseRecord {
        let row = try await dependencies.read { db in try TrainingQueries.course(id: id, in: db) }
        guard let row else { throw Problem.notFound("no course has the id \(id.uuidString)") }
        return row
    }
}
