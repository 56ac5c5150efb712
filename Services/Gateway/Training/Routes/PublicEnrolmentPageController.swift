import Foundation
import GatewayKit
import Hummingbird
import MessageSchema
import SignedLinks

/// Enrolling without an account: `GET|POST /kursai/sesijos/{sessionId}/registracija`
/// (the form: name, e-mail, library, municipality, consent; the answer
/// "enrolled" or "on the waiting list, number N") and the cancel link of the
/// mail, `GET|POST /kursai/atsaukti/{token}` (a page with a button, so that a
/// mail scanner's GET cancels nothing; the POST sends `CancelEnrolment`).
struct PublicEnrolmentPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .training) }

    func addRoutes(to routes: PartRoutes) {
        routes.publicPages.get("/kursai/sesijos/{sessionId}/registracija", use: form)
        routes.publicPages.group("/kursai/sesijos/{sessionId}/registracija").add(
            middleware: RateLimitMiddleware(dependencies.publicPosts, answer: .page)
        ).post(use: enrol)
        routes.publicPages.get("/kursai/atsaukti/{token}", use: cancelPage)
        routes.publicPages.group("/kursai/atsaukti/{token}").add(middleware: RateLimitMiddleware(dependencies.publicPosts, answer: .page)).post(
            use: cancel)
    }

    @Sendable func form(_ request: Request, context: GatewayContext) async throws -> Response {
        let session = try await openSession(context)
        return formPage(session, request: request, context: context)
    }

    @Sendable func enrol(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let session = try await openSession(context)
        let viewer = Viewer(request: request, context: context)
        let (trainee, typedErrors) = TrainingForms.trainee(form, viewer.language)
        var errors = typedErrors
        if form["consent"] != "yes" { errors["consent"] = PublicTrainingStrings.needConsent.text(in: viewer.language) }
        guard let trainee, errors.isEmpty else {
            return formPage(session, request: request, context: context, form: form, errors: errors, status: .unprocessableContent)
        }
        let command = EnrolTrainee(enrolmentId: UUID(), sessionId: session.id, trainee: trainee)
        let outcome: EnrolmentOutcome
        do {
            let sent = try await sender.send(command, for: request, context: context)
            outcome = sent.result ?? EnrolmentOutcome(enrolmentId: command.enrolmentId, sessionId: session.id, status: .accepted)
        } catch let problem as Problem {
            let (field, message) = Self.refusal(problem)
            if let field {
                errors[field] = viewer.text(message)
                return formPage(session, request: request, context: context, form: form, errors: errors, status: problem.status)
            }
            throw PageProblem(problem.status, message)
        }
        return answer(outcome, session: session, viewer: viewer)
    }

    /// What the reader is told of the service's refusal, and next to which field (none: on its own page).
    static func refusal(_ problem: Problem) -> (field: String?, message: Localized) {
        let field: String? =
            if case .string(let name)? = problem.extensions["field"] { name } else { nil }
        switch (problem.status, field) {
        case (.conflict, "email"?): return ("email", PublicTrainingStrings.alreadyEnrolled)
        case (.unprocessableContent, "municipality"?): return ("municipality", TrainingPageStrings.needMunicipality)
        case (.unprocessableContent, "email"?): return ("email", TrainingPageStrings.badEmail)
        case (.unprocessableContent, "name"?): return ("name", TrainingPageStrings.needName)
        case (.unprocessableContent, "institution"?): return ("institution", TrainingPageStrings.needInstitution)
        case (.notFound, _), (.conflict, _): return (nil, PublicTrainingStrings.closed)
        default: return (nil, PublicTrainingStrings.unavailable)
        }
    }

    private func answer(_ outcome: EnrolmentOutcome, session: TrainingSessionRecord, viewer: Viewer) -> Response {
        let language = viewer.language
        let view = PublicSessionView.row(session, courseTitle: session.courseTitle(in: language), language)
        let date = PublicSessionView.when(session.details, language)
        let waitlisted = outcome.status == .waitlisted
        let text =
            waitlisted
            ? PublicTrainingStrings.waitlistedText(position: outcome.position ?? 1)
            : PublicTrainingStrings.enrolledText(course: session.courseTitle(in: language), date: date)
        let token = SignedLink(.cancelEnrolment, subject: outcome.enrolmentId.uuidString.lowercased())
            .token(secret: dependencies.linkSecret)
        let data: [String: Any] = [
            "session": view, "waitlisted": waitlisted, "text": viewer.text(text), "cancelHref": "/kursai/atsaukti/\(token)",
        ]
        let title = waitlisted ? PublicTrainingStrings.waitlistedTitle : PublicTrainingStrings.enrolledTitle
        return templates.render("public-enrolled", title: title, data: data, for: viewer)
    }

    private func formPage(
        _ session: TrainingSessionRecord, request: Request, context: GatewayContext, form: FormData? = nil,
        errors: TrainingForms.Errors = [:], status: HTTPResponse.Status = .ok
    ) -> Response {
        let viewer = Viewer(request: request, context: context)
        let language = viewer.language
        let text = { (key: String) in PublicTrainingStrings.all[key].map(viewer.text) ?? key }
        let fields: [FormField] = [
            FormField("name", label: text("your_name"), value: TrainingForms.text(form, "name"), error: errors["name"], required: true),
            FormField(
                "email", label: text("your_email"), kind: .input(type: "email"), value: TrainingForms.text(form, "email"),
                error: errors["email"], required: true),
            FormField(
                "institution", label: text("library"), value: TrainingForms.text(form, "institution"), error: errors["institution"],
                required: true),
            FormField(
                "municipality", label: viewer.text(TrainingPageStrings.all["municipality"] ?? "Savivaldybė"),
                kind: .select(options: [("", viewer.text(TrainingPageStrings.chooseMunicipality))] + Municipalities.all.map { ($0, $0) }),
                value: TrainingForms.text(form, "municipality"), error: errors["municipality"], required: true),
        ]
        let data: [String: Any] = [
            "session": PublicSessionView.row(session, courseTitle: session.courseTitle(in: language), language),
            "fields": fields.template, "consentChecked": form?["consent"] == "yes",
            "consentError": errors["consent"] ?? "", "hasConsentError": errors["consent"] != nil,
        ]
        return templates.render("public-enrolment", title: PublicTrainingStrings.enrolTitle, data: data, for: viewer, status: status)
    }

    /// The session of the path, while it is planned and still to start: the only kind one may enrol in.
    private func openSession(_ context: GatewayContext) async throws -> TrainingSessionRecord {
        guard let id = context.parameters.get("sessionId").flatMap(UUID.init(uuidString:)) else {
            throw PageProblem.notFound(PublicTrainingStrings.noSuchSession)
        }
        let session = try await dependencies.read { db in try TrainingQueries.session(id: id, in: db) }
        guard let session, session.status == .planned, session.details.startsAt > Date() else {
            throw PageProblem.notFound(PublicTrainingStrings.noSuchSession)
        }
        return session
    }

    // MARK: Cancelling by the link of the mail

    @Sendable func cancelPage(_ request: Request, context: GatewayContext) async throws -> Response {
        let (enrolment, session) = try await linkedEnrolment(context)
        return cancelPage(enrolment, session, request: request, context: context)
    }

    @Sendable func cancel(_ request: Request, context: GatewayContext) async throws -> Response {
        let (enrolment, session) = try await linkedEnrolment(context)
        guard enrolment.status != .cancelled else { return cancelPage(enrolment, session, request: request, context: context) }
        do {
            _ = try await sender.send(
                CancelEnrolment(sessionId: enrolment.sessionId, enrolmentId: enrolment.id), for: request, context: context)
        } catch let problem as Problem {
            throw PageProblem(problem.status, Self.refusal(problem).message)
        }
        var cancelled = enrolment
        cancelled.status = .cancelled
        return cancelPage(cancelled, session, request: request, context: context, justCancelled: true)
    }

    private func cancelPage(
        _ enrolment: EnrolmentRecord, _ session: TrainingSessionRecord, request: Request, context: GatewayContext,
        justCancelled: Bool = false
    ) -> Response {
        let viewer = Viewer(request: request, context: context)
        let data: [String: Any] = [
            "session": PublicSessionView.row(session, courseTitle: session.courseTitle(in: viewer.language), viewer.language),
            "name": enrolment.trainee.name, "isCancelled": enrolment.status == .cancelled, "justCancelled": justCancelled,
            "canCancel": enrolment.status != .cancelled && session.status == .planned,
            "action": "/kursai/atsaukti/\(context.parameters.get("token") ?? "")",
        ]
        return templates.render("public-cancel", title: PublicTrainingStrings.cancelTitle, data: data, for: viewer)
    }

    /// The enrolment a valid cancel link names, with its session; anything else is a 404 page.
    private func linkedEnrolment(_ context: GatewayContext) async throws -> (EnrolmentRecord, TrainingSessionRecord) {
        let token = context.parameters.get("token") ?? ""
        guard let link = SignedLink.verified(token, purpose: .cancelEnrolment, secret: dependencies.linkSecret),
            let id = UUID(uuidString: link.subject)
        else { throw PageProblem.notFound(PublicTrainingStrings.badCancelLink) }
        let found = try await dependencies.read { db -> (EnrolmentRecord, TrainingSessionRecord)? in
            guard let enrolment = try PublicTrainingQueries.enrolment(id: id, in: db),
                let session = try TrainingQueries.session(id: enrolment.sessionId, in: db)
            else { return nil }
            return (enrolment, session)
        }
        guard let found else { throw PageProblem.notFound(PublicTrainingStrings.badCancelLink) }
        return found
    }
}
