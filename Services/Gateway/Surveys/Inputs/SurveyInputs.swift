import Foundation
import GatewayKit
import MessageSchema

/// A question in a body: of `POST /api/v1/surveys` (in `questions`) and of
/// `POST /api/v1/surveys/{id}/questions` (the whole body).
struct QuestionInput: Decodable {
    var id: String?
    var type: String?
    var textLt: String?
    var textEn: String?
    var required: Bool?
    var options: [String]?

    /// The question, or the problems of its fields, named under `field`.
    func validated(_ field: String, _ check: inout Validation) -> SurveyQuestion? {
        let prefix = field.isEmpty ? "" : field + "."
        if id == nil { check.add(prefix + "id", "'\(prefix)id' is required") }
        let type = check.member(type, prefix + "type", as: QuestionType.self, required: true)
        let text = check.required(textLt, prefix + "textLt")
        guard let id, let type, let text else { return nil }
        return SurveyQuestion(
            id: id, type: type, textLt: text, textEn: textEn, required: required ?? false, options: options ?? [])
    }
}

/// The body of `POST /api/v1/surveys`.
struct SurveyInput: Decodable {
    var titleLt: String?
    var titleEn: String?
    var purpose: String?
    var eventId: String?
    var courseId: String?
    var sessionId: String?
    var campaignId: String?
    var anonymous: Bool?
    var quota: Int?
    var opensAt: String?
    var closesAt: String?
    /// `true`: answers only through invitations, one each.
    var oneAnswerPerInvitation: Bool?
    var questions: [QuestionInput]?

    func validated() throws -> (SurveyDetails, [SurveyQuestion]) {
        var check = Validation()
        let title = check.required(titleLt, "titleLt")
        let purpose = check.member(purpose, "purpose", as: SurveyPurpose.self, required: true)
        let details = SurveyDetails(
            titleLt: title ?? "", titleEn: titleEn, purpose: purpose ?? .publicOpinion,
            eventId: check.uuid(eventId, "eventId"), courseId: check.uuid(courseId, "courseId"),
            sessionId: check.uuid(sessionId, "sessionId"), campaignId: check.uuid(campaignId, "campaignId"),
            anonymous: anonymous ?? true, quota: quota, opensAt: check.dateTime(opensAt, "opensAt", required: false),
            closesAt: check.dateTime(closesAt, "closesAt", required: false),
            oneAnswerPerInvitation: oneAnswerPerInvitation == true ? true : nil)
        var questions: [SurveyQuestion] = []
        for (index, input) in (self.questions ?? []).enumerated() {
            if let question = input.validated("questions[\(index)]", &check) { questions.append(question) }
        }
        try check.check()
        for error in SurveyRules.problems(of: details) + SurveyRules.problems(of: questions) {
            check.add(error.field, error.detail)
        }
        try check.check()
        return (details, questions)
    }
}

/// The body of `POST /api/v1/surveys/{id}/transitions`: `{"to":"open"}`.
struct SurveyTransitionInput: Decodable {
    var to: String?

    func validated() throws -> SurveyStatus {
        var check = Validation()
        let status = check.member(to, "to", as: SurveyStatus.self, required: true)
        try check.check()
        guard let status else { throw Problem.invalid([FieldError(field: "to", detail: "'to' is required")]) }
        return status
    }
}

/// The body of `POST /api/v1/surveys/{id}/responses`:
/// `{"answers":{"recommend":9,"comment":"Puiku"},"respondent":{"name":…,"email":…},"invitation":"<token>"}`,
/// `invitation` being the token of a personal invitation link (`?kvietimas=`).
struct ResponseInput: Decodable {
    var answers: [String: JSONValue]?
    var respondent: Respondent?
    var invitation: String?

    /// The answers as the surveys service takes them; a value that is no
    /// kind of answer, or one wrong for its question, is a 422 naming it.
    func validated(against questions: [SurveyQuestion]) throws -> [String: SurveyAnswer] {
        var check = Validation()
        guard let answers else {
            check.add("answers", "'answers' is required: an object of question id → answer")
            try check.check()
            return [:]
        }
        var read: [String: SurveyAnswer] = [:]
        for (id, value) in answers.sorted(by: { $0.key < $1.key }) {
            switch value {
            case .null: continue
            case .number(let number): read[id] = .number(number)
            case .string(let text): read[id] = .text(text)
            case .array(let items) where items.allSatisfy({ $0.stringValue != nil }):
                read[id] = .choices(items.compactMap(\.stringValue))
            default:
                check.add("answers.\(id)", "the answer to '\(id)' must be a number, a text or an array of texts")
            }
        }
        try check.check()
        switch SurveyAnswering.check(read, against: questions) {
        case .success(let kept): return kept
        case .failure(let problems):
            throw Problem.invalid(problems.errors.map { FieldError(field: $0.field, detail: $0.detail) })
        }
    }
}

/// The body of `POST /api/v1/surveys/{id}/invitations`: a contact list of
/// the press room (`{"contactListId":"…"}`, its members with an e-mail) or
/// people by name (`{"invitees":[{"name":"…","email":"…"}]}`), not both.
struct InvitationsInput: Decodable {
    struct Person: Decodable {
        var name: String?
        var email: String?
    }

    var contactListId: String?
    var invitees: [Person]?

    enum Source: Equatable {
        case contactList(UUID)
        case people([SurveyInvitee])
    }

    func validated() throws -> Source {
        var check = Validation()
        switch (contactListId, invitees) {
        case (let text?, nil):
            let id = check.uuid(text, "contactListId")
            try check.check()
            guard let id else { throw Problem.invalid([FieldError(field: "contactListId", detail: "'contactListId' is required")]) }
            return .contactList(id)
        case (nil, let people?):
            let invitees = people.map { SurveyInvitee(name: $0.name ?? "", email: $0.email ?? "") }
            for error in SurveyRules.problems(of: invitees) { check.add(error.field, error.detail) }
            try check.check()
            return .people(invitees)
        default:
            check.add("contactListId", "give either 'contactListId' or 'invitees'")
            try check.check()
            return .people([])
        }
    }
}
