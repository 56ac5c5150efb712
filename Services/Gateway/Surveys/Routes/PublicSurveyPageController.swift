import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The public's survey form, no account needed: `GET /klausimynas/{id}`
/// shows a published survey's questions (`?kvietimas={token}`: through a
/// personal invitation link), `POST /klausimynas/{id}` checks the answers by
/// the API's rules and sends them (`SubmitResponse`, with the invitation),
/// then `/klausimynas/{id}/aciu` thanks. Posts are rate-limited per address
/// (`GatewayDependencies.publicPosts`). A draft or unknown survey is 404, a
/// closed or full one 410, an invitation link that is wrong or used a page saying so.
struct PublicSurveyPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .surveys) }

    func addRoutes(to routes: PartRoutes) {
        routes.publicPages.get("/klausimynas/{id}", use: form)
        routes.publicPages.get("/klausimynas/{id}/aciu", use: thanks)
        routes.publicPages.group("/klausimynas/{id}")
            .add(middleware: RateLimitMiddleware(dependencies.publicPosts, answer: .page))
            .post(use: answer)
    }

    @Sendable func form(_ request: Request, context: GatewayContext) async throws -> Response {
        let survey = try await publishedSurvey(context)
        let token = request.uri.queryParameters["kvietimas"].map(String.init)
        if let refusal = try await refusal(of: survey, token: token) {
            return refusalPage(survey, refusal, request: request, context: context)
        }
        return page(survey, token: token, request: request, context: context, form: FormData(""))
    }

    @Sendable func answer(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let survey = try await publishedSurvey(context)
        let token = form["kvietimas"]
        if let refusal = try await refusal(of: survey, token: token) {
            return refusalPage(survey, refusal, request: request, context: context)
        }
        let viewer = Viewer(request: request, context: context)
        let answers: [String: SurveyAnswer]
        let respondent: Respondent?
        switch SurveyForm.submission(form, to: survey, viewer.language) {
        case .success(let submission): (answers, respondent) = submission
        case .failure(let errors):
            return page(
                survey, token: token, request: request, context: context, form: form, errors: errors.fields,
                status: .unprocessableContent)
        }
        let command = SubmitResponse(
            surveyId: survey.id, answers: answers, respondent: respondent, invitationId: token.flatMap(invitationId))
        do {
            _ = try await sender.send(command, for: request, context: context)
        } catch let problem as Problem {
            if let refusal = Refusal(problem) {
                return refusalPage(survey, refusal, request: request, context: context)
            }
            return page(
                survey, token: token, request: request, context: context, form: form, notice: problem.detail,
                status: problem.status)
        }
        return PageTemplates.redirect(to: SurveyLinks.form(survey.id) + "/aciu")
    }

    @Sendable func thanks(_ request: Request, context: GatewayContext) async throws -> Response {
        let survey = try await publishedSurvey(context)
        let viewer = Viewer(request: request, context: context)
        return templates.render(
            "public-survey-thanks", title: SurveysPageStrings.thanksTitle,
            data: ["survey": SurveysPageController.title(of: survey, viewer.language)], for: viewer)
    }

    /// Why the survey takes no answer from this reader now, or `nil`.
    enum Refusal: Equatable {
        case survey(SurveyRefusal)
        case invitation(InvitationRefusal)
        /// A token that is not ours or not an invitation's.
        case badLink

        /// A service's refusal, read from its problem.
        init?(_ problem: Problem) {
            guard let reason = problem.extensions["reason"]?.stringValue else { return nil }
            if let refusal = SurveyRefusal(rawValue: reason) {
                self = .survey(refusal)
            } else if let refusal = InvitationRefusal(rawValue: reason) {
                self = .invitation(refusal)
            } else {
                return nil
            }
        }

        var status: HTTPResponse.Status {
            switch self {
            case .survey(.notOpen): .forbidden
            case .survey: .gone
            case .invitation(.used): .conflict
            case .invitation, .badLink: .forbidden
            }
        }

        var message: Localized {
            switch self {
            case .survey(let refusal): SurveysPageStrings.notTakingAnswers(refusal)
            case .invitation(let refusal): SurveysPageStrings.invitation(refusal)
            case .badLink: SurveysPageStrings.badInvitationLink
            }
        }
    }

    /// The survey's own refusal (closed, full, not started), then the invitation's.
    private func refusal(of survey: SurveyRecord, token: String?) async throws -> Refusal? {
        if let refusal = SurveyAnswering.refusal(
            status: survey.status, details: survey.details, responses: survey.responses, now: Date())
        {
            return .survey(refusal)
        }
        guard let token else { return survey.details.requiresInvitation ? .invitation(.required) : nil }
        guard let invitation = invitationId(token) else { return .badLink }
        guard survey.details.requiresInvitation else { return nil }
        let used = try await dependencies.read { db in try SurveysQueries.invitationUsed(invitation, in: db) }
        return used ? .invitation(.used) : nil
    }

    private func invitationId(_ token: String) -> UUID? { SurveyLinks.invitationId(token, dependencies: dependencies) }

    /// A survey the public may see: published (open or closed); a draft or an unknown id is 404.
    private func publishedSurvey(_ context: GatewayContext) async throws -> SurveyRecord {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw PageProblem.notFound(SurveysPageStrings.noSuchSurvey)
        }
        let record = try await dependencies.read { db in try SurveysQueries.survey(id: id, in: db) }
        guard let record, record.status != .draft else { throw PageProblem.notFound(SurveysPageStrings.noSuchSurvey) }
        return record
    }

    private func page(
        _ survey: SurveyRecord, token: String?, request: Request, context: GatewayContext, form: FormData,
        errors: [String: String] = [:], notice: String? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        let viewer = Viewer(request: request, context: context)
        var data: [String: Any] = [
            "id": survey.id.uuidString.lowercased(),
            "questions": SurveyForm.questionViews(survey.questions, form: form, errors: errors, language: viewer.language),
            "named": !survey.details.anonymous, "respondentName": form.values["respondent_name"]?.first ?? "",
            "respondentEmail": form.values["respondent_email"]?.first ?? "", "errors": errors,
            "hasErrors": !errors.isEmpty, "nameLabel": viewer.text(SurveysPageStrings.yourName),
            "emailLabel": viewer.text(SurveysPageStrings.yourEmail),
        ]
        if let token { data["invitation"] = token }
        if let notice { data["refusal"] = notice }
        let title = Localized(lt: survey.details.titleLt, en: survey.details.titleEn ?? survey.details.titleLt)
        return templates.render("public-survey", title: title, data: data, for: viewer, status: status)
    }

    private func refusalPage(_ survey: SurveyRecord, _ refusal: Refusal, request: Request, context: GatewayContext) -> Response {
        let viewer = Viewer(request: request, context: context)
        let title = Localized(lt: survey.details.titleLt, en: survey.details.titleEn ?? survey.details.titleLt)
        return templates.render(
            "public-survey-refused", title: title, data: ["message": viewer.text(refusal.message)], for: viewer,
            status: refusal.status)
    }
}
