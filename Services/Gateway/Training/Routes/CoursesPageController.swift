import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The staff's pages of courses: `GET /mokymai` (the list, by title and
/// topic), `GET|POST /mokymai/naujas` (create), `GET /mokymai/{id}` (a
/// course and its sessions), `GET|POST /mokymai/{id}/redaguoti` (edit) and
/// `POST /mokymai/{id}/sesijos` (plan a session).
struct CoursesPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .training) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/mokymai", use: list)
        routes.pages.get("/mokymai/naujas", use: newCourse)
        routes.pages.post("/mokymai/naujas", use: create)
        routes.pages.get("/mokymai/{id}", use: show)
        routes.pages.get("/mokymai/{id}/redaguoti", use: editCourse)
        routes.pages.post("/mokymai/{id}/redaguoti", use: update)
        routes.pages.post("/mokymai/{id}/sesijos", use: planSession)
    }

    static let title = Localized(lt: "Mokymai", en: "Training")
    static let newTitle = Localized(lt: "Naujas kursas", en: "New course")

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let text = request.uri.queryParameters["q"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        let topicText = request.uri.queryParameters["tema"].map(String.init) ?? ""
        let filter = CourseFilter(
            topic: TrainingTopic(rawValue: topicText), text: text.isEmpty ? nil : String(text.prefix(500)))
        let found = try await dependencies.read { db in try TrainingQueries.courses(filter, page: Page(limit: 500), in: db) }
        let rows: [[String: Any]] = found.items.map { course in
            [
                "id": course.id.uuidString.lowercased(), "title": Self.title(of: course.details, viewer.language),
                "topic": viewer.text(TrainingPageStrings.topic(course.details.topic)), "planned": course.plannedSessions,
                "completed": course.completedSessions, "nps": TrainingPageStrings.figure(course.feedback?.nps, in: viewer.language),
            ]
        }
        let data: [String: Any] = [
            "courses": rows, "hasCourses": !rows.isEmpty, "q": text,
            "topics": TrainingForms.topics(selected: topicText, viewer.language),
        ]
        return templates.render("courses", title: Self.title, data: data, for: viewer)
    }

    static func title(of details: CourseDetails, _ language: Language) -> String {
        language == .en ? (details.titleEn ?? details.titleLt) : details.titleLt
    }

    @Sendable func newCourse(_ request: Request, context: GatewayContext) async throws -> Response {
        courseForm(request: request, context: context, action: "/mokymai/naujas", title: Self.newTitle)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let (details, errors) = TrainingForms.course(form, viewer.language)
        guard let details else {
            return courseForm(
                request: request, context: context, action: "/mokymai/naujas", title: Self.newTitle, form: form,
                errors: errors, status: .unprocessableContent)
        }
        let command = CreateCourse(courseId: UUID(), details: details)
        do {
            let sent = try await sender.send(command, for: request, context: context)
            return PageTemplates.redirect(to: "/mokymai/\((sent.result?.courseId ?? command.courseId).uuidString.lowercased())")
        } catch let problem as Problem {
            return courseForm(
                request: request, context: context, action: "/mokymai/naujas", title: Self.newTitle, form: form,
                problem: problem, status: problem.status)
        }
    }

    @Sendable func editCourse(_ request: Request, context: GatewayContext) async throws -> Response {
        let course = try await existingCourse(context)
        let details = course.details
        let form = FormData(
            [
                ("titleLt", details.titleLt), ("titleEn", details.titleEn ?? ""), ("description", details.description ?? ""),
                ("topic", details.topic.rawValue),
            ].map { "\(Self.escape($0.0))=\(Self.escape($0.1))" }.joined(separator: "&"))
        return courseForm(
            request: request, context: context, action: "/mokymai/\(course.id.uuidString.lowercased())/redaguoti",
            title: Self.editTitle(course), form: form)
    }

    static func editTitle(_ course: CourseRecord) -> Localized {
        Localized(lt: "Taisyti: \(course.details.titleLt)", en: "Edit: \(course.details.titleEn ?? course.details.titleLt)")
    }

    static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? ""
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let course = try await existingCourse(context)
        let viewer = Viewer(request: request, context: context)
        let action = "/mokymai/\(course.id.uuidString.lowercased())/redaguoti"
        let (details, errors) = TrainingForms.course(form, viewer.language)
        guard let details else {
            return courseForm(
                request: request, context: context, action: action, title: Self.editTitle(course), form: form, errors: errors,
                status: .unprocessableContent)
        }
        // Blank optional texts clear them: the patch sends "" for them.
        let patch = CoursePatch(
            titleLt: details.titleLt, titleEn: details.titleEn ?? "", description: details.description ?? "",
            topic: details.topic)
        do {
            _ = try await sender.send(UpdateCourse(courseId: course.id, patch: patch), for: request, context: context)
        } catch let problem as Problem {
            return courseForm(
                request: request, context: context, action: action, title: Self.editTitle(course), form: form, problem: problem,
                status: problem.status)
        }
        return PageTemplates.redirect(to: "/mokymai/\(course.id.uuidString.lowercased())")
    }

    private func courseForm(
        request: Request, context: GatewayContext, action: String, title: Localized, form: FormData? = nil,
        errors: [String: String] = [:], problem: Problem? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        let viewer = Viewer(request: request, context: context)
        var data: [String: Any] = [
            "action": action, "titleLt": TrainingForms.text(form, "titleLt"), "titleEn": TrainingForms.text(form, "titleEn"),
            "description": TrainingForms.text(form, "description"),
            "topics": TrainingForms.topics(selected: TrainingForms.text(form, "topic"), viewer.language), "errors": errors,
        ]
        if let problem { data["problem"] = problem.detail }
        return templates.render("course-form", title: title, data: data, for: viewer, status: status)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        let course = try await existingCourse(context)
        return try await coursePage(course, request: request, context: context)
    }

    @Sendable func planSession(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let course = try await existingCourse(context)
        let viewer = Viewer(request: request, context: context)
        let (details, errors) = TrainingForms.session(form, viewer.language)
        guard let details else {
            return try await coursePage(
                course, request: request, context: context, form: form, errors: errors, status: .unprocessableContent)
        }
        let command = PlanTrainingSession(sessionId: UUID(), courseId: course.id, details: details)
        do {
            let sent = try await sender.send(command, for: request, context: context)
            let id = sent.result?.sessionId ?? command.sessionId
            return PageTemplates.redirect(to: "/mokymai/sesijos/\(id.uuidString.lowercased())")
        } catch let problem as Problem {
            return try await coursePage(
                course, request: request, context: context, form: form, problem: problem, status: problem.status)
        }
    }

    private func coursePage(
        _ course: CourseRecord, request: Request, context: GatewayContext, form: FormData? = nil,
        errors: [String: String] = [:], problem: Problem? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let language = viewer.language
        let sessions = try await dependencies.read { db in try TrainingQueries.sessions(courseId: course.id, in: db) }
        let rows: [[String: Any]] = sessions.map { session in
            [
                "id": session.id.uuidString.lowercased(), "when": HumanDate.dayAndTime(session.details.startsAt, in: language),
                "place": session.details.place.summary, "trainer": session.details.trainer,
                "status": viewer.text(TrainingPageStrings.status(session.status)), "statusCode": session.status.rawValue,
                "capacity": session.details.capacity, "accepted": session.acceptedCount, "waiting": session.waitlistedCount,
            ]
        }
        let kind = TrainingForms.text(form, "placeKind")
        var data: [String: Any] = [
            "id": course.id.uuidString.lowercased(), "titleLt": course.details.titleLt, "titleEn": course.details.titleEn ?? "",
            "description": course.details.description ?? "", "topic": viewer.text(TrainingPageStrings.topic(course.details.topic)),
            "sessions": rows, "hasSessions": !rows.isEmpty, "nps": TrainingPageStrings.figure(course.feedback?.nps, in: language),
            "hasFeedback": course.feedback != nil, "errors": errors,
            "form": [
                "startsAt": TrainingForms.text(form, "startsAt"), "endsAt": TrainingForms.text(form, "endsAt"),
                "online": kind == TrainingPlace.Kind.online.rawValue, "city": TrainingForms.text(form, "city"),
                "address": TrainingForms.text(form, "address"), "url": TrainingForms.text(form, "url"),
                "capacity": TrainingForms.text(form, "capacity"), "trainer": TrainingForms.text(form, "trainer"),
            ],
        ]
        if let problem { data["problem"] = problem.detail }
        data["activity"] = try await ActivitySection.html(of: course.id, templates: templates, viewer: viewer, dependencies: dependencies)
        let title = Localized(lt: course.details.titleLt, en: course.details.titleEn ?? course.details.titleLt)
        return templates.render("course", title: title, data: data, for: viewer, status: status)
    }

    private func existingCourse(_ context: GatewayContext) async throws -> CourseRecord {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw PageProblem.notFound(TrainingPageStrings.noSuchCourse)
        }
        let course = try await dependencies.read { db in try TrainingQueries.course(id: id, in: db) }
        guard let course else { throw PageProblem.notFound(TrainingPageStrings.noSuchCourse) }
        return course
    }
}
