import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/surveys`: list, create, read, add questions, open and close
/// surveys; invite people (a contact list or named invitees); answer them
/// (open to the public, rate-limited per address, with an invitation's
/// token where the survey asks for one); their results and a CSV of their responses.
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
        open.add(middleware: RateLimitMiddleware(dependencies.publicPosts, answer: .problem)).post(
            ":id/responses", use: respond,
            .write(
                "Answers a published survey (limited per client address: 429 with Retry-After)", body: ResponseInput.self,
                answer: ResponseCreatedView.self, creates: true, problems: [404, 409, 429]))
        group.post(
            ":id/invitations", use: invite,
            APIOperation(
                "Invites people (a contact list, or names and addresses) to answer; each new one gets a personal link",
                description: "201 when someone new was invited, 200 when everyone had been invited before.",
                body: .json(InvitationsInput.self),
                answers: [.written(201, InvitationsView.self), .written(200, InvitationsView.self)],
                problems: APIOperation.commandProblems.union([404, 409])))
        group.get(
            ":id/results", use: results, .read("A survey's results, optionally by the answers of one question", ResultsView.self, query: ["by"]))
        group.get(
            ":id/responses.csv", use: csv,
            APIOperation(
                "Every response as CSV (UTF-8 with BOM)",
                answers: [.file("text/csv; charset=utf-8; header=present", description: "The responses", headers: ["Content-Disposition"])],
                problems: [404]))
        group.get(
            ":id/results.csv", use: resultsCSV,
            APIOperation(
                "The results as CSV (UTF-8 with BOM)",
                answers: [.file("text/csv; charset=utf-8; header=present", description: "The results", headers: ["Content-Disposition"])],
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
        let invitationId = try await checkedInvitation(input.invitation, of: survey)
        let answers = try input.validated(against: survey.questions)
        let command = SubmitResponse(
            surveyId: survey.id, answers: answers, respondent: input.respondent, invitationId: invitationId)
        let sent: CommandSender.Sent<ResponseRef>
        do {
            sent = try await sender.send(command, for: request, context: context)
        } catch let problem as Problem {
            if let reason = problem.extensions["reason"]?.stringValue, let refusal = SurveyRefusal(rawValue: reason) {
                throw Self.refused(refusal, survey)
            }
            if let reason = problem.extensions["reason"]?.stringValue, let refusal = InvitationRefusal(rawValue: reason) {
                throw Self.refused(refusal, survey)
            }
            throw problem
        }
        let id = sent.result?.responseId ?? command.responseId
        return WriteResponse(
            status: .created, body: ResponseCreatedView(id: id, surveyId: survey.id),
            location: "/api/v1/surveys/\(survey.id.uuidString)/results", fresh: sent.fresh)
    }

    /// Invites a contact list's members (those with an e-mail not on the do-not-contact list) or the
    /// people named: `InviteToSurvey`; the mail service sends each their personal link.
    @Sendable func invite(_ request: Request, context: GatewayContext) async throws -> WriteResponse<InvitationsView> {
        let survey = try await existingSurvey(context)
        let source = try await JSONBody.decode(InvitationsInput.self, from: request, context: context).validated()
        var invitees: [SurveyInvitee] = []
        var (withoutEmail, doNotContact) = (0, 0)
        switch source {
        case .people(let people): invitees = people
        case .contactList(let listId):
            guard let found = try await dependencies.read({ db in try ContactListInvitees.of(listId, in: db) }) else {
                throw Problem.notFound("no contact list has the id \(listId.uuidString)")
            }
            guard !found.invitees.isEmpty else {
                let detail =
                    found.doNotContact == 0
                    ? "no member of the contact list has an e-mail address"
                    : "no member of the contact list can be invited: \(found.withoutEmail) have no e-mail address, "
                        + "\(found.doNotContact) are on the do-not-contact list"
                throw Problem.invalid([FieldError(field: "contactListId", detail: detail)])
            }
            (invitees, withoutEmail, doNotContact) = (found.invitees, found.withoutEmail, found.doNotContact)
        }
        let sent = try await sender.send(InviteToSurvey(surveyId: survey.id, invitees: invitees), for: request, context: context)
        let ref = sent.result ?? InvitationsRef(surveyId: survey.id, issued: [], alreadyInvited: 0)
        let invitations = ref.issued.map { invitee in
            InvitationsView.Invitation(
                invitationId: invitee.invitationId, name: invitee.name, email: invitee.email,
                link: SurveyLinks.invitation(invitee.invitationId, survey: survey.id, dependencies: dependencies))
        }
        return WriteResponse(
            status: invitations.isEmpty ? .ok : .created,
            body: InvitationsView(
                surveyId: survey.id, invited: invitations.count, invitations: invitations, alreadyInvited: ref.alreadyInvited,
                withoutEmail: withoutEmail, doNotContact: doNotContact),
            fresh: sent.fresh)
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
        try await SurveyCSV.downloadResponses(try await existingSurvey(context), dependencies: dependencies)
    }

    @Sendable func resultsCSV(_ request: Request, context: GatewayContext) async throws -> Response {
        try await SurveyCSV.downloadResults(try await existingSurvey(context), dependencies: dependencies)
    }

    private func existingSurvey(_ context: GatewayContext) async throws -> SurveyRecord {
        let id = try context.parameters.uuid("id", naming: "survey")
        let record = try await dependencies.read { db in try SurveysQueries.survey(id: id, in: db) }
        guard let record else { throw Problem.notFound("no survey has the id \(id.uuidString)") }
        return record
    }

    /// The invitation id an answer's token signs, checked: 403 for a token
    /// that is not a valid invitation link or missing where the survey asks
    /// for one, 409 for an invitation answered with already.
    private func checkedInvitation(_ token: String?, of survey: SurveyRecord) async throws -> UUID? {
        guard let token else {
            if survey.details.requiresInvitation { throw Self.refused(InvitationRefusal.required, survey) }
            return nil
        }
        guard let invitationId = SurveyLinks.invitationId(token, dependencies: dependencies) else {
            throw Problem(
                .forbidden, code: "invitation-invalid", title: "The invitation is not valid",
                detail: "'invitation' is not a valid invitation token of this gateway",
                extensions: ["surveyId": .string(survey.id.uuidString)])
        }
        if survey.details.requiresInvitation,
            try await dependencies.read({ db in try SurveysQueries.invitationUsed(invitationId, in: db) })
        {
            throw Self.refused(InvitationRefusal.used, survey)
        }
        return invitationId
    }

    /// 403 (`invitation-required`, `invitation-unknown`) or 409 (`invitation-used`) saying why the invitation takes no answer.
    static func refused(_ refusal: InvitationRefusal, _ survey: SurveyRecord) -> Problem {
        let (status, title): (HTTPResponse.Status, String) =
            switch refusal {
            case .required: (.forbidden, "The survey is answered by invitation only")
            case .unknown: (.forbidden, "The invitation is not one to this survey")
            case .used: (.conflict, "The invitation has been used")
            }
        return Problem(
            status, code: refusal.rawValue, title: title, detail: refusal.message(title: survey.details.titleLt),
            extensions: ["reason": .string(refusal.rawValue), "surveyId": .string(survey.id.uuidString)])
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
