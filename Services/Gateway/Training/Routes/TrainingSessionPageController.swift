import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// A session's page `GET /mokymai/sesijos/{id}`: its details, participants
/// with one-click attendance, the waiting list, cancelled enrolments and the
/// certificates issued; its forms: `POST …/dalyviai` (enrol),
/// `POST …/dalyviai/{enrolmentId}/lankomumas` (attendance),
/// `POST …/dalyviai/{enrolmentId}/atsaukimas` (cancel an enrolment),
/// `POST …/ivyko` (held: certificates are issued) and `POST …/atsaukimas` (cancel the session).
struct TrainingSessionPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .training) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/mokymai/sesijos/{id}", use: show)
        routes.pages.post("/mokymai/sesijos/{id}/dalyviai", use: enrol)
        routes.pages.post("/mokymai/sesijos/{id}/dalyviai/{enrolmentId}/lankomumas", use: attendance)
        routes.pages.post("/mokymai/sesijos/{id}/dalyviai/{enrolmentId}/atsaukimas", use: cancelEnrolment)
        routes.pages.post("/mokymai/sesijos/{id}/ivyko", use: complete)
        routes.pages.post("/mokymai/sesijos/{id}/atsaukimas", use: cancelSession)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        try await page(try await existingSession(context), request: request, context: context)
    }

    @Sendable func enrol(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let session = try await existingSession(context)
        let viewer = Viewer(request: request, context: context)
        let (trainee, errors) = TrainingForms.trainee(form, viewer.language)
        guard let trainee else {
            return try await page(session, request: request, context: context, form: form, errors: errors, status: .unprocessableContent)
        }
        return try await send(
            EnrolTrainee(enrolmentId: UUID(), sessionId: session.id, trainee: trainee), session, request, context, form: form)
    }

    @Sendable func attendance(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let session = try await existingSession(context)
        guard let enrolmentId = context.parameters.get("enrolmentId").flatMap(UUID.init(uuidString:)),
            let attendance = form["attendance"].flatMap(TrainingAttendance.init(rawValue:))
        else { throw PageProblem.notFound(TrainingPageStrings.noSuchSession) }
        return try await send(
            RecordTrainingAttendance(sessionId: session.id, enrolmentId: enrolmentId, attendance: attendance), session, request,
            context)
    }

    @Sendable func cancelEnrolment(_ request: Request, context: GatewayContext) async throws -> Response {
        let session = try await existingSession(context)
        guard let enrolmentId = context.parameters.get("enrolmentId").flatMap(UUID.init(uuidString:)) else {
            throw PageProblem.notFound(TrainingPageStrings.noSuchSession)
        }
        return try await send(CancelEnrolment(sessionId: session.id, enrolmentId: enrolmentId), session, request, context)
    }

    @Sendable func complete(_ request: Request, context: GatewayContext) async throws -> Response {
        let session = try await existingSession(context)
        return try await send(TransitionTrainingSession(sessionId: session.id, to: .completed), session, request, context)
    }

    @Sendable func cancelSession(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let session = try await existingSession(context)
        return try await send(
            TransitionTrainingSession(sessionId: session.id, to: .cancelled, reason: form["reason"]), session, request, context)
    }

    /// Sends `command`; back to the session's page, or the page again with the service's refusal above it.
    private func send<C: Command>(
        _ command: C, _ session: TrainingSessionRecord, _ request: Request, _ context: GatewayContext, form: FormData? = nil
    ) async throws -> Response {
        do {
            _ = try await sender.send(command, for: request, context: context)
        } catch let problem as Problem {
            return try await page(session, request: request, context: context, form: form, problem: problem, status: problem.status)
        }
        return PageTemplates.redirect(to: "/mokymai/sesijos/\(session.id.uuidString.lowercased())")
    }

    private func page(
        _ session: TrainingSessionRecord, request: Request, context: GatewayContext, form: FormData? = nil,
        errors: [String: String] = [:], problem: Problem? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let language = viewer.language
        let (enrolments, certificates) = try await dependencies.read { db in
            (try TrainingQueries.enrolments(sessionId: session.id, in: db), try TrainingQueries.certificates(sessionId: session.id, in: db))
        }
        let planned = session.status == .planned
        func row(_ enrolment: EnrolmentRecord) -> [String: Any] {
            let marked = enrolment.attendance
            return [
                "id": enrolment.id.uuidString.lowercased(), "name": enrolment.trainee.name,
                "institution": enrolment.trainee.institution, "municipality": enrolment.trainee.municipality,
                "email": enrolment.trainee.email, "position": enrolment.position ?? 0,
                "enrolledAt": HumanDate.dayAndTime(enrolment.enrolledAt, in: language),
                "attendance": viewer.text(TrainingPageStrings.attendance(marked)), "attendanceCode": marked?.rawValue ?? "",
                "present": marked == .present, "absent": marked == .absent, "excused": marked == .excused,
            ]
        }
        let accepted = enrolments.filter { $0.status == .accepted }.map(row)
        let waiting = enrolments.filter { $0.status == .waitlisted }.map(row)
        let cancelled = enrolments.filter { $0.status == .cancelled }.map(row)
        let details = session.details
        var data: [String: Any] = [
            "id": session.id.uuidString.lowercased(), "courseId": session.courseId.uuidString.lowercased(),
            "course": session.courseTitle(in: language), "status": viewer.text(TrainingPageStrings.status(session.status)),
            "statusCode": session.status.rawValue, "startsAt": HumanDate.dayAndTime(details.startsAt, in: language),
            "endsAt": HumanDate.dayAndTime(details.endsAt, in: language),
            "hours": TrainingPageStrings.hours(from: details.startsAt, to: details.endsAt, in: language),
            "place": details.place.summary, "trainer": details.trainer, "capacity": details.capacity,
            "accepted": session.acceptedCount, "waitingCount": session.waitlistedCount, "placesLeft": session.placesLeft,
            "isPlanned": planned, "participants": accepted, "hasParticipants": !accepted.isEmpty, "waiting": waiting,
            "hasWaiting": !waiting.isEmpty, "cancelled": cancelled, "hasCancelled": !cancelled.isEmpty,
            "cancelReason": session.cancelReason ?? "",
            "certificates": certificates.map { certificate in
                ["code": certificate.code, "name": certificate.name, "institution": certificate.institution] as [String: Any]
            },
            "hasCertificates": !certificates.isEmpty, "errors": errors,
            "municipalities": TrainingForms.municipalities(selected: TrainingForms.text(form, "municipality"), language),
            "form": [
                "name": TrainingForms.text(form, "name"), "institution": TrainingForms.text(form, "institution"),
                "municipality": TrainingForms.text(form, "municipality"), "email": TrainingForms.text(form, "email"),
            ],
        ]
        if let survey = session.feedbackSurveyId { data["surveyId"] = survey.uuidString.lowercased() }
        if let problem { data["problem"] = problem.detail }
        data["activity"] = try await ActivitySection.html(of: session.id, templates: templates, viewer: viewer, dependencies: dependencies)
        let title = Localized(
            lt: "\(session.courseTitleLt), \(HumanDate.day(details.startsAt, in: .lt))",
            en: "\(session.courseTitle(in: .en)), \(HumanDate.day(details.startsAt, in: .en))")
        return templates.render("training-session", title: title, data: data, for: viewer, status: status)
    }

    private func existingSession(_ context: GatewayContext) async throws -> TrainingSessionRecord {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw PageProblem.notFound(TrainingPageStrings.noSuchSession)
        }
        let session = try await dependencies.read { db in try TrainingQueries.session(id: id, in: db) }
        guard let session else { throw PageProblem.notFound(TrainingPageStrings.noSuchSession) }
        return session
    }
}
