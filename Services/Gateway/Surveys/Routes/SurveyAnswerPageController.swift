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
        var (answers, errors) = Self.answers(of: form, to: survey.questions, viewer.language)
        var respondent: Respondent?
        if !survey.details.anonymous {
            let email = form["respondent_email"]
            if let email, !Self.isEmail(email) { errors["respondent_email"] = viewer.text(SurveysPageStrings.badEmail) }
            if form["respondent_name"] != nil || email != nil {
                respondent = Respondent(name: form["respondent_name"], email: email)
            }
        }
        if errors.isEmpty, case .failure(let problems) = SurveyAnswering.check(answers, against: survey.questions) {
            for problem in problems.errors { errors["a_" + problem.field.dropFirst("answers.".count)] = problem.detail }
        }
        guard errors.isEmpty else {
            return page(survey, request: request, context: context, form: form, errors: errors, status: .unprocessableContent)
        }
        if case .success(let kept) = SurveyAnswering.check(answers, against: survey.questions) { answers = kept }
        do {
            _ = try await sender.send(SubmitResponse(surveyId: survey.id, answers: answers, respondent: respondent), for: request, context: context)
        } catch let problem as Problem {
            return page(survey, request: request, context: context, form: form, refusal: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/apklausos/\(survey.id.uuidString.lowercased())/atsakymas?issaugota=1")
    }

    /// The answers typed into the form (`a_<question id>`), and the problems by field.
    static func answers(
        of form: FormData, to questions: [SurveyQuestion], _ language: Language
    ) -> ([String: SurveyAnswer], [String: String]) {
        var answers: [String: SurveyAnswer] = [:]
        var errors: [String: String] = [:]
        for question in questions {
            let name = "a_" + question.id
            var answer: SurveyAnswer?
            var problem: Localized?
            switch question.type {
            case .singleChoice:
                if let text = form[name] {
                    if question.options.contains(text) { answer = .text(text) } else { problem = SurveysPageStrings.chooseOption }
                }
            case .multipleChoice:
                let chosen = form.all(name).filter { !$0.isEmpty }
                if !chosen.isEmpty {
                    if chosen.allSatisfy({ question.options.contains($0) }), Set(chosen).count == chosen.count {
                        answer = .choices(question.options.filter { chosen.contains($0) })
                    } else {
                        problem = SurveysPageStrings.chooseOption
                    }
                }
            case .likert, .nps, .starRating:
                if let text = form[name] {
                    if let point = Int(text), question.type.scale?.contains(point) == true {
                        answer = .number(Double(point))
                    } else {
                        problem = SurveysPageStrings.chooseOption
                    }
                }
            case .number:
                if let text = form[name] {
                    if let number = Double(text.replacingOccurrences(of: ",", with: ".")), number.isFinite, abs(number) < 1e15 {
                        answer = .number(number)
                    } else {
                        problem = SurveysPageStrings.notANumber
                    }
                }
            case .freeText:
                if let text = form[name] {
                    if text.count > SurveyAnswering.maximumTextLength { problem = SurveysPageStrings.textTooLong } else { answer = .text(text) }
                }
            }
            if let problem {
                errors[name] = problem.text(in: language)
            } else if let answer {
                answers[question.id] = answer
            } else if question.required {
                errors[name] = SurveysPageStrings.mustAnswer.text(in: language)
            }
        }
        return (answers, errors)
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && parts[1].contains(".") && !text.contains(where: \.isWhitespace)
    }

    private func page(
        _ survey: SurveyRecord, request: Request, context: GatewayContext, form: FormData, saved: Bool = false,
        errors: [String: String] = [:], refusal: String? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        let viewer = Viewer(request: request, context: context)
        let language = viewer.language
        let questions: [[String: Any]] = survey.questions.enumerated().map { index, question in
            let name = "a_" + question.id
            let given = Set(form.all(name))
            var view = SurveysPageController.questionView(question, number: index + 1, language: language)
            view["name"] = name
            view["error"] = errors[name] ?? ""
            view["hasError"] = errors[name] != nil
            view["value"] = form.values[name]?.first ?? ""
            view["isSingle"] = question.type == .singleChoice
            view["isMultiple"] = question.type == .multipleChoice
            view["isScale"] = question.type.scale != nil
            view["isNumber"] = question.type == .number
            view["isText"] = question.type == .freeText
            view["choices"] = question.options.enumerated().map { optionIndex, option in
                ["value": option, "label": option, "checked": given.contains(option), "key": "\(name)-\(optionIndex)"]
                    as [String: Any]
            }
            view["points"] = (question.type.scale.map { Array($0) } ?? []).map { point in
                let label =
                    question.type == .likert ? SurveysPageStrings.likert(point).text(in: language) : String(point)
                return ["value": String(point), "label": label, "checked": given.contains(String(point)), "key": "\(name)-\(point)"]
                    as [String: Any]
            }
            return view
        }
        var data: [String: Any] = [
            "id": survey.id.uuidString.lowercased(), "questions": questions, "saved": saved,
            "named": !survey.details.anonymous, "respondentName": form.values["respondent_name"]?.first ?? "",
            "respondentEmail": form.values["respondent_email"]?.first ?? "", "errors": errors,
        ]
        if let refusal { data["refusal"] = refusal }
        let title = Localized(
            lt: "Popierinis atsakymas: \(survey.details.titleLt)",
            en: "A paper answer: \(survey.details.titleEn ?? survey.details.titleLt)")
        return templates.render("survey-answer", title: title, data: data, for: viewer, status: status)
    }
}
