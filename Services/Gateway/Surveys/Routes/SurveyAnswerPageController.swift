import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `GET|POST /apklausos/{id}/atsakymas`: the staff enter an answer collected
/// on paper (at an event, say) through a form of the survey's questions; it
/// is sent as the public answering sends it (`SubmitResponse`).
struct SurveyAnswerPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    let surveys: SurveysPageController
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .surveys) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/apklausos/{id}/atsakymas", use: form)
        routes.pages.post("/apklausos/{id}/atsakymas", use: answer)
    }

    @Sendable func form(_ request: Request, context: GatewayContext) async throws -> Response {
        let survey = try await surveys.existingSurvey(context)
        let saved = request.uri.queryParameters["issaugota"] != nil
        return page(survey, request: request, context: context, form: FormData(""), saved: saved)
    }

    @Sendable func answer(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let survey = try await surveys.existingSurvey(context)
        let viewer = Viewer(request: request, context: context)
        if let refusal = SurveyAnswering.refusal(
            status: survey.status, details: survey.details, responses: survey.responses, now: Date())
        {
            return page(
                survey, request: request, context: context, form: form,
                refusal: viewer.text(SurveysPageStrings.notTakingAnswers(refusal)), status: .conflict)
        }
        let answers: [String: SurveyAnswer]
        let respondent: Respondent?
        switch SurveyForm.submission(form, to: survey, viewer.language) {
        case .success(let submission): (answers, respondent) = submission
        case .failure(let errors):
            return page(survey, request: request, context: context, form: form, errors: errors.fields, status: .unprocessableContent)
        }
        do {
            _ = try await sender.send(SubmitResponse(surveyId: survey.id, answers: answers, respondent: respondent), for: request, context: context)
        } catch let problem as Problem {
            return page(survey, request: request, context: context, form: form, refusal: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/apklausos/\(survey.id.uuidString.lowercased())/atsakymas?issaugota=1")
    }

    private func page(
        _ survey: SurveyRecord, request: Request, context: GatewayContext, form: FormData, saved: Bool = false,
        errors: [String: String] = [:], refusal: String? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        let viewer = Viewer(request: request, context: context)
        let language = viewer.language
        let questions = SurveyForm.questionViews(survey.questions, form: form, errors: errors, language: language)
        var data: [String: Any] = [
            "id": survey.id.uuidString.lowercased(), "questions": questions, "saved": saved,
            "named": !survey.details.anonymous, "respondentName": form.values["respondent_name"]?.first ?? "",
            "respondentEmail": form.values["respondent_email"]?.first ?? "", "errors": errors,
            "nameLabel": viewer.text(SurveysPageStrings.all["respondent_name"] ?? ""),
            "emailLabel": viewer.text(SurveysPageStrings.all["respondent_email"] ?? ""),
        ]
        if let refusal { data["refusal"] = refusal }
        let title = Localized(
            lt: "Popierinis atsakymas: \(survey.details.titleLt)",
            en: "A paper answer: \(survey.details.titleEn ?? survey.details.titleLt)")
        return templates.render("survey-answer", title: title, data: data, for: viewer, status: status)
    }
}
