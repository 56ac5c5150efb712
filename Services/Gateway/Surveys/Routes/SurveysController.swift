import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/surveys`: list, create, read, add questions, open and close
/// surveys; answer them (open to the public); their results and a CSV of
/// their responses.
struct SurveysController {
    static let listParameters = ["eventId", "courseId", "status", "purpose", "q", "limit", "offset"]

    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .surveys) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/surveys")
        let open = routes.described(.open, "/api/v1/surveys")
        group.get(use: list, .list("Surveys", SurveyView.self, query: Self.listParameters))
        group.post(use: create, .write("Drafts a survey with its questions", body: SurveyInput.self, answer: SurveyView.self, creates: true))
        open.get(":id", use: show, .read("A survey and its questions (open: for the form that answers it)", SurveyView.self))
        group.post(
            ":id/transitions", use: transition,
            .write("Publishes or closes a survey", body: SurveyTransitionInput.self, answer: SurveyView.self))
        group.post(
            ":id/questions", use: addQuestion,
            .write("Adds a question to a draft survey", body: QuestionInput.self, answer: SurveyView.self, status: 201))
        open.post(
            ":id/responses", use: respond,
            .write("Answers a published survey", body: ResponseInput.self, answer: ResponseCreatedView.self, creates: true))
        group.get(
            ":id/results", use: results, .read("A survey's results, optionally by the answers of one question", ResultsView.self, query: ["by"]))
        group.get(
            ":id/responses.csv", use: csv,
            APIOperation(
                "Every response as CSV (UTF-8 with BOM)",
                answers: [.file("text/csv; charset=utf-8; header=present", description: "The responses", headers: ["Content-Disposition"])],
                problems: [404]))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<SurveyView> {
        let query = try QueryParameters(request, allowed: Self.listParameters)
        func uuid(_ name: String) throws -> UUID? {
            guard let text = query.string(name) else { return nil }
            guard let id = UUID(uuidString: text) else { throw Problem.badQuery(name, "'\(name)' must be a UUID, not '\(text)'") }
            return id
        }
        let text = query.string("q")
        if let text, text.count > 500 { throw Problem.badQuery("q", "'q' must be at most 500 characters") }
        let filter = SurveyFilter(
            eventId: try uuid("eventId"), courseId: try uuid("courseId"),
            statuses: try query.set("status", of: SurveyStatus.self),
            purposes: try query.set("purpose", of: SurveyPurpose.self), text: text)
        let page = try query.page()
        let result = try await dependencies.read { db in try SurveysQueries.surveys(filter, page: page, in: db) }
        return ListView(items: result.items.map(SurveyView.init), total: result.total, limit: page.limit, offset: page.offset)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<SurveyView> {
        let (details, questions) = try await JSONBody.decode(SurveyInput.self, from: request, context: context).validated()
        let command = CreateSurvey(surveyId: UUID(), details: details, questions: questions)
        let sent = try await sender.send(command, for: request, context: context)
        let id = sent.result?.surveyId ?? command.surveyId
        let record = try await dependencies.read { db in try SurveysQueries.survey(id: id, in: db) }
        let view = SurveyView(
            record
                ?? SurveyRecord(
                    id: id, status: .draft, details: SurveyRules.normalised(details),
                    questions: questions.map(SurveyRules.normalised)))
        return WriteResponse(
            status: .created, body: view, location: "/api/v1/surveys/\(id.uuidString)", fresh: sent.fresh && record != nil)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> SurveyView {
        SurveyView(try await existingSurvey(context))
    }

    @Sendable func transition(_ request: Request, context: GatewayContext) async throws -> WriteResponse<SurveyView> {
        let id = try context.parameters.uuid("id", naming: "survey")
        let status = try await JSONBody.decode(SurveyTransitionInput.self, from: request, context: context).validated()
        let sent = try await sender.send(TransitionSurvey(surveyId: id, to: status), for: request, context: context)
        var record = try await existingSurvey(context)
        if !sent.fresh { record.status = status }
        return WriteResponse(body: SurveyView(record), fresh: sent.fresh)
    }

    @Sendable func addQuestion(_ request: Request, context: GatewayContext) async throws -> WriteResponse<SurveyView> {
        let id = try context.parameters.uuid("id", naming: "survey")
        var check = Validation()
        let input = try await JSONBody.decode(QuestionInput.self, from: request, context: context)
        let question = input.validated("", &check)
        try check.check()
        guard let question else { throw Problem.invalid([FieldError(field: "", detail: "the question is incomplete")]) }
        let current = try await existingSurvey(context)
        let errors = SurveyRules.problems(of: question, field: "question", takenIds: Set(current.questions.map(\.id)))
        if !errors.isEmpty {
            throw Problem.invalid(errors.map { FieldError(field: String($0.field.dropFirst("question.".count)), detail: $0.detail) })
        }
        let sent = try await sender.send(AddSurveyQuestion(surveyId: id, question: question), for: request, context: context)
        var record = try await existingSurvey(context)
        if !sent.fresh { record.questions.append(SurveyRules.normalised(question)) }
        return WriteResponse(status: .created, body: SurveyView(record), fresh: sent.fresh)
    }

    /// Public: anyone may answer an open survey.
    @Sendable func respond(_ request: Request, context: GatewayContext) async throws -> WriteResponse<ResponseCreatedView> {
        let survey = try await existingSurvey(context)
        let input = try await JSONBody.decode(ResponseInput.self, from: request, context: context)
        if let refusal = SurveyAnswering.refusal(
            status: survey.status, details: survey.details, responses: survey.responses, now: Date())
        {
            throw Self.refused(refusal, survey)
        }
        let answers = try input.validated(against: survey.questions)
        let command = SubmitResponse(surveyId: survey.id, answers: answers, respondent: input.respondent)
        let sent: CommandSender.Sent<ResponseRef>
        do {
            sent = try await sender.send(command, for: request, context: context)
        } catch let problem as Problem {
            if let reason = problem.extensions["reason"]?.stringValue, let refusal = SurveyRefusal(rawValue: reason) {
                throw Self.refused(refusal, survey)
            }
            throw problem
        }
        let id = sent.result?.responseId ?? command.responseId
        return WriteResponse(
            status: .created, body: ResponseCreatedView(id: id, surveyId: survey.id),
            location: "/api/v1/surveys/\(survey.id.uuidString)/results", fresh: sent.fresh)
    }

    @Sendable func results(_ request: Request, context: GatewayContext) async throws -> ResultsView {
        let query = try QueryParameters(request, allowed: ["by"])
        let survey = try await existingSurvey(context)
        var by: SurveyQuestion?
        if let name = query.string("by") {
            let candidates = survey.questions.filter { $0.type != .freeText }
            guard let question = candidates.first(where: { $0.id == name }) else {
                throw Problem.badQuery(
                    "by", "'by' must name a question that is not free text; '\(name)' does not",
                    allowed: candidates.map(\.id))
            }
            by = question
        }
        let question = by
        return try await dependencies.read { db in try SurveyResults.results(of: survey, by: question, in: db) }
    }

    @Sendable func csv(_ request: Request, context: GatewayContext) async throws -> Response {
        try await SurveyCSV.download(try await existingSurvey(context), dependencies: dependencies)
    }

    private func existingSurvey(_ context: GatewayContext) async throws -> SurveyRecord {
        let id = try context.parameters.uuid("id", naming: "survey")
        let record = try await dependencies.read { db in try SurveysQueries.survey(id: id, in: db) }
        guard let record else { throw Problem.notFound("no survey has the id \(id.uuidString)") }
        return record
    }

    /// 409 saying why the survey takes no answer: `survey-not-open`, `survey-closed` or `survey-full`.
    static func refused(_ refusal: SurveyRefusal, _ survey: SurveyRecord) -> Problem {
        let title =
            switch refusal {
            case .notOpen: "The survey is not open yet"
            case .closed: "The survey is closed"
            case .full: "The survey is full"
            }
        return Problem(
            .conflict, code: "survey-\(refusal.rawValue)", title: title, detail: refusal.message(title: survey.details.titleLt),
            extensions: ["reason": .string(refusal.rawValue), "surveyId": .string(survey.id.uuidString)])
    }
}
