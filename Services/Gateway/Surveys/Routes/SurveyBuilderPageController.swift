import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The survey builder: `GET /apklausos/nauja` and `POST /apklausos/nauja`,
/// whose `veiksmas` button adds or saves the question being written,
/// moves one up or down, edits or removes one, or creates the draft with
/// every question (`CreateSurvey`, as `POST /api/v1/surveys` sends it).
/// The questions live in the form until then; it works without JavaScript.
struct SurveyBuilderPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .surveys) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/apklausos/nauja", use: builder)
        routes.pages.post("/apklausos/nauja", use: act)
    }

    static let title = Localized(lt: "Nauja apklausa", en: "New survey")

    @Sendable func builder(_ request: Request, context: GatewayContext) async throws -> Response {
        page(SurveyBuilderForm(), request: request, context: context)
    }

    @Sendable func act(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var builder = SurveyBuilderForm(form)
        let action = form["veiksmas"] ?? ""
        switch action {
        case "add":
            let (question, errors) = builder.checkedEditor(viewer.language)
            guard let question else {
                return page(builder, request: request, context: context, errors: errors, status: .unprocessableContent)
            }
            if let index = builder.editing {
                builder.questions[index] = .init(question)
            } else if builder.questions.count >= SurveyRules.maximumQuestions {
                let errors = ["n_textLt": viewer.text(SurveysPageStrings.tooManyQuestions)]
                return page(builder, request: request, context: context, errors: errors, status: .unprocessableContent)
            } else {
                builder.questions.append(.init(question))
            }
            builder.editor = .init()
            builder.editing = nil
            return page(builder, request: request, context: context)
        case "create":
            return try await create(builder, request: request, context: context)
        default:
            builder.rearrange(action)
            return page(builder, request: request, context: context)
        }
    }

    private func create(_ builder: SurveyBuilderForm, request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let (details, detailErrors) = builder.checkedDetails(viewer.language)
        var errors = detailErrors
        if !builder.editorIsBlank { errors["n_textLt"] = viewer.text(SurveysPageStrings.pendingQuestion) }
        var questions: [SurveyQuestion] = []
        var taken: Set<String> = []
        for draft in builder.questions {
            let (question, problems) = SurveyBuilderForm.checked(draft, taken: taken, prefix: "q_", viewer.language)
            if let question { questions.append(question) }
            if !problems.isEmpty { errors["questions"] = problems.values.sorted().first }
            taken.insert(draft.id)
        }
        guard let details, errors.isEmpty else {
            return page(builder, request: request, context: context, errors: errors, status: .unprocessableContent)
        }
        let command = CreateSurvey(surveyId: UUID(), details: details, questions: questions)
        do {
            let sent = try await sender.send(command, for: request, context: context)
            let id = sent.result?.surveyId ?? command.surveyId
            return PageTemplates.redirect(to: "/apklausos/\(id.uuidString.lowercased())")
        } catch let problem as Problem {
            return page(builder, request: request, context: context, problem: problem, status: problem.status)
        }
    }

    private func page(
        _ builder: SurveyBuilderForm, request: Request, context: GatewayContext, errors: [String: String] = [:],
        problem: Problem? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        let viewer = Viewer(request: request, context: context)
        var data = builder.view(viewer.language, errors: errors)
        if let problem { data["problem"] = problem.detail }
        return templates.render("survey-builder", title: Self.title, data: data, for: viewer, status: status)
    }
}
