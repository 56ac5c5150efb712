import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The staff's pages of surveys: `GET /apklausos` (the list, by title and
/// status), `GET /apklausos/{id}` (a survey, its questions; a draft's "add a
/// question"), `POST /apklausos/{id}/klausimai|skelbti|uzdaryti` (add a
/// question to a draft, publish, close), `GET /apklausos/{id}/rezultatai`
/// (results with charts and a cross-tab), `GET /apklausos/{id}/rezultatai.csv` (the responses)
/// and `GET /apklausos/{id}/suvestine.csv` (the results).
struct SurveysPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .surveys) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/apklausos", use: list)
        routes.pages.get("/apklausos/{id}", use: show)
        routes.pages.post("/apklausos/{id}/klausimai", use: addQuestion)
        routes.pages.post("/apklausos/{id}/skelbti", use: publish)
        routes.pages.post("/apklausos/{id}/uzdaryti", use: close)
        routes.pages.post("/apklausos/{id}/kvietimai", use: invite)
        routes.pages.get("/apklausos/{id}/rezultatai", use: results)
        routes.pages.get("/apklausos/{id}/rezultatai.csv", use: csv)
        routes.pages.get("/apklausos/{id}/suvestine.csv", use: resultsCSV)
    }

    static let title = Localized(lt: "Apklausos", en: "Surveys")

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let text = request.uri.queryParameters["q"].map(String.init)?.trimmingCharacters(in: .whitespaces) ?? ""
        let statusText = request.uri.queryParameters["busena"].map(String.init) ?? ""
        let status = SurveyStatus(rawValue: statusText)
        let filter = SurveyFilter(statuses: status.map { Set([$0]) } ?? [], text: text.isEmpty ? nil : String(text.prefix(500)))
        let found = try await dependencies.read { db in try SurveysQueries.surveys(filter, page: Page(limit: 500), in: db) }
        let rows: [[String: Any]] = found.items.map { survey in
            [
                "id": survey.id.uuidString.lowercased(), "title": Self.title(of: survey, viewer.language),
                "purpose": viewer.text(SurveysPageStrings.purpose(survey.details.purpose)),
                "status": viewer.text(SurveysPageStrings.status(survey.status)), "statusCode": survey.status.rawValue,
                "questions": survey.questions.count, "responses": survey.responses,
            ]
        }
        let statuses: [[String: Any]] = SurveyStatus.allCases.map { each in
            ["value": each.rawValue, "label": viewer.text(SurveysPageStrings.status(each)), "selected": each == status]
        }
        let data: [String: Any] = ["surveys": rows, "hasSurveys": !rows.isEmpty, "q": text, "statuses": statuses, "total": found.total]
        return templates.render("surveys", title: Self.title, data: data, for: viewer)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        let survey = try await existingSurvey(context)
        return try await surveyPage(survey, request: request, context: context)
    }

    /// The survey's page; with `problem` (a service's refusal) above its forms, and the question editor's state.
    func surveyPage(
        _ survey: SurveyRecord, request: Request, context: GatewayContext, problem: Problem? = nil,
        editor: SurveyBuilderForm.Question = .init(), errors: [String: String] = [:], status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let language = viewer.language
        let details = survey.details
        func day(_ date: Date?) -> String { date.map { HumanDate.dayAndTime($0, in: language) } ?? "—" }
        var data: [String: Any] = [
            "id": survey.id.uuidString.lowercased(), "status": viewer.text(SurveysPageStrings.status(survey.status)),
            "statusCode": survey.status.rawValue, "purpose": viewer.text(SurveysPageStrings.purpose(details.purpose)),
            "titleLt": details.titleLt, "titleEn": details.titleEn ?? "",
            "anonymous": viewer.text(details.anonymous ? Localized(lt: "taip", en: "yes") : Localized(lt: "ne", en: "no")),
            "quota": details.quota.map(String.init) ?? viewer.text(Localized(lt: "be ribos", en: "no limit")),
            "opensAt": day(details.opensAt), "closesAt": day(details.closesAt), "responses": survey.responses,
            "questions": survey.questions.enumerated().map { index, question in
                Self.questionView(question, number: index + 1, language: language)
            },
            "isDraft": survey.status == .draft, "isOpen": survey.status == .open, "isClosed": survey.status == .closed,
            "byInvitation": viewer.text(
                details.requiresInvitation ? Localized(lt: "taip", en: "yes") : Localized(lt: "ne", en: "no")),
            "publicURL": dependencies.publicURL,
            "editor": SurveyBuilderForm.editorView(editor, language: language), "errors": errors,
        ]
        if let problem { data["problem"] = problem.detail }
        let lists = try await dependencies.read { db in try ContactListInvitees.lists(in: db) }
        data["contactLists"] = lists.map { ["id": $0.id, "name": $0.name] }
        data["hasContactLists"] = !lists.isEmpty
        if let invited = request.uri.queryParameters["pakviesta"].flatMap({ Int($0) }) {
            let before = request.uri.queryParameters["anksciau"].flatMap { Int($0) } ?? 0
            let doNotContact = request.uri.queryParameters["nekontaktuoti"].flatMap { Int($0) } ?? 0
            data["invitedNotice"] = viewer.text(SurveysPageStrings.invited(invited, before: before, doNotContact: doNotContact))
        }
        data["activity"] = try await ActivitySection.html(of: survey.id, templates: templates, viewer: viewer, dependencies: dependencies)
        return templates.render(
            "survey", title: Localized(lt: details.titleLt, en: details.titleEn ?? details.titleLt), data: data, for: viewer,
            status: status)
    }

    static func questionView(_ question: SurveyQuestion, number: Int, language: Language) -> [String: Any] {
        [
            "number": number, "id": question.id, "typeName": SurveysPageStrings.type(question.type).text(in: language),
            "text": language == .en ? (question.textEn ?? question.textLt) : question.textLt, "required": question.required,
            "options": question.options.map { ["text": $0] }, "hasOptions": !question.options.isEmpty,
        ]
    }

    static func title(of survey: SurveyRecord, _ language: Language) -> String {
        language == .en ? (survey.details.titleEn ?? survey.details.titleLt) : survey.details.titleLt
    }

    @Sendable func addQuestion(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let survey = try await existingSurvey(context)
        let viewer = Viewer(request: request, context: context)
        var draft = SurveyBuilderForm.question(from: form, prefix: "n_")
        let taken = Set(survey.questions.map(\.id))
        if draft.id.isEmpty { draft.id = SurveyBuilderForm.freeId(taken: taken) }
        let (question, errors) = SurveyBuilderForm.checked(draft, taken: taken, prefix: "n_", viewer.language)
        guard let question else {
            return try await surveyPage(
                survey, request: request, context: context, editor: draft, errors: errors, status: .unprocessableContent)
        }
        do {
            _ = try await sender.send(AddSurveyQuestion(surveyId: survey.id, question: question), for: request, context: context)
        } catch let problem as Problem {
            return try await surveyPage(survey, request: request, context: context, problem: problem, editor: draft, status: problem.status)
        }
        return PageTemplates.redirect(to: "/apklausos/\(survey.id.uuidString.lowercased())")
    }

    @Sendable func publish(_ request: Request, context: GatewayContext) async throws -> Response {
        try await transition(request, context: context, to: .open)
    }

    @Sendable func close(_ request: Request, context: GatewayContext) async throws -> Response {
        try await transition(request, context: context, to: .closed)
    }

    private func transition(_ request: Request, context: GatewayContext, to status: SurveyStatus) async throws -> Response {
        let survey = try await existingSurvey(context)
        do {
            _ = try await sender.send(TransitionSurvey(surveyId: survey.id, to: status), for: request, context: context)
        } catch let problem as Problem {
            return try await surveyPage(survey, request: request, context: context, problem: problem, status: problem.status)
        }
        return PageTemplates.redirect(to: "/apklausos/\(survey.id.uuidString.lowercased())")
    }

    /// Invites the members of the chosen contact list (`InviteToSurvey`, as the API's
    /// `POST /api/v1/surveys/{id}/invitations` sends it), then shows how many were invited and
    /// how many left out for the do-not-contact list.
    @Sendable func invite(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let survey = try await existingSurvey(context)
        let listId = form["contactListId"].flatMap(UUID.init(uuidString:))
        let found = try await dependencies.read { db in try listId.flatMap { try ContactListInvitees.of($0, in: db) } }
        guard let found, !found.invitees.isEmpty else {
            let errors = ["contactListId": Viewer(request: request, context: context).text(SurveysPageStrings.noInvitees)]
            return try await surveyPage(survey, request: request, context: context, errors: errors, status: .unprocessableContent)
        }
        let sent: CommandSender.Sent<InvitationsRef>
        do {
            sent = try await sender.send(InviteToSurvey(surveyId: survey.id, invitees: found.invitees), for: request, context: context)
        } catch let problem as Problem {
            return try await surveyPage(survey, request: request, context: context, problem: problem, status: problem.status)
        }
        let ref = sent.result ?? InvitationsRef(surveyId: survey.id, issued: [], alreadyInvited: 0)
        return PageTemplates.redirect(
            to: "/apklausos/\(survey.id.uuidString.lowercased())?pakviesta=\(ref.issued.count)&anksciau=\(ref.alreadyInvited)"
                + "&nekontaktuoti=\(found.doNotContact)")
    }

    @Sendable func results(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let survey = try await existingSurvey(context)
        let crossable = survey.questions.filter { $0.type.hasOptions || $0.type.scale != nil }
        func pick(_ name: String, otherThan: String?) -> SurveyQuestion? {
            if let id = request.uri.queryParameters[Substring(name)].map(String.init),
                let chosen = crossable.first(where: { $0.id == id && $0.id != otherThan })
            {
                return chosen
            }
            let choices = crossable.filter { $0.type.hasOptions && $0.id != otherThan }
            return (choices.first ?? crossable.first { $0.id != otherThan })
        }
        let by = crossable.count >= 2 ? pick("pagal", otherThan: nil) : nil
        let versus = by.flatMap { pick("su", otherThan: $0.id) }
        let (results, responses) = try await dependencies.read { db in
            (
                try SurveyResults.results(of: survey, by: by, in: db),
                try SurveysQueries.responses(of: survey.id, in: db)
            )
        }
        let data = SurveyResultsPage.view(
            survey: survey, results: results, responses: responses, crossable: crossable, by: by, versus: versus,
            language: viewer.language)
        let title = Localized(
            lt: "Rezultatai: \(survey.details.titleLt)", en: "Results: \(survey.details.titleEn ?? survey.details.titleLt)")
        return templates.render("survey-results", title: title, data: data, for: viewer)
    }

    /// The same CSV as `GET /api/v1/surveys/{id}/responses.csv`.
    @Sendable func csv(_ request: Request, context: GatewayContext) async throws -> Response {
        let survey = try await existingSurvey(context)
        return try await SurveyCSV.downloadResponses(survey, dependencies: dependencies)
    }

    /// The same CSV as `GET /api/v1/surveys/{id}/results.csv`.
    @Sendable func resultsCSV(_ request: Request, context: GatewayContext) async throws -> Response {
        let survey = try await existingSurvey(context)
        return try await SurveyCSV.downloadResults(survey, dependencies: dependencies)
    }

    func existingSurvey(_ context: GatewayContext) async throws -> SurveyRecord {
        guard let id = context.parameters.get("id").flatMap(UUID.init(uuidString:)) else {
            throw PageProblem.notFound(SurveysPageStrings.noSuchSurvey)
        }
        let record = try await dependencies.read { db in try SurveysQueries.survey(id: id, in: db) }
        guard let record else { throw PageProblem.notFound(SurveysPageStrings.noSuchSurvey) }
        return record
    }
}
