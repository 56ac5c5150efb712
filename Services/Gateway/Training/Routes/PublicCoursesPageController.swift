import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The public course catalogue: `GET /kursai` (every course with its
/// upcoming sessions) and `GET /kursai/{id}` (a course, its description and
/// upcoming sessions, each with the places left and a link to enrol).
struct PublicCoursesPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.publicPages.get("/kursai", use: catalogue)
        routes.publicPages.get("/kursai/{id}", use: course)
    }

    @Sendable func catalogue(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let language = viewer.language
        let now = Date()
        let catalogue = try await dependencies.read { db in try PublicTrainingQueries.catalogue(after: now, in: db) }
        let courses: [[String: Any]] = catalogue.map { course, sessions in
            let title = CoursesPageController.title(of: course.details, language)
            return [
                "id": course.id.uuidString.lowercased(), "title": title,
                "topic": viewer.text(TrainingPageStrings.topic(course.details.topic)),
                "sessions": sessions.map { PublicSessionView.row($0, courseTitle: title, language) },
                "hasSessions": !sessions.isEmpty,
            ]
        }
        return templates.render(
            "public-courses", title: PublicTrainingStrings.catalogueTitle,
            data: ["courses": courses, "hasCourses": !courses.isEmpty], for: viewer)
    }

    @Sendable func course(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let language = viewer.language
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw PageProblem.notFound(PublicTrainingStrings.noSuchCourse)
        }
        let now = Date()
        let found = try await dependencies.read { db -> (CourseRecord, [TrainingSessionRecord])? in
            guard let course = try TrainingQueries.course(id: id, in: db) else { return nil }
            return (course, try PublicTrainingQueries.upcomingSessions(courseId: id, after: now, in: db))
        }
        guard let found else { throw PageProblem.notFound(PublicTrainingStrings.noSuchCourse) }
        let (course, sessions) = found
        let title = CoursesPageController.title(of: course.details, language)
        let data: [String: Any] = [
            "topic": viewer.text(TrainingPageStrings.topic(course.details.topic)),
            "description": course.details.description ?? "",
            "sessions": sessions.map { PublicSessionView.row($0, courseTitle: title, language) }, "hasSessions": !sessions.isEmpty,
        ]
        return templates.render("public-course", title: Localized(lt: title, en: title), data: data, for: viewer)
    }
}
