import Foundation
import GRDB
import MessageSchema

extension SurveysChange {
    /// Accepts an answer to an open survey, checked against its questions
    /// and, when it comes through one, its invitation (see `checkedInvitation`), and updates the survey's headline aggregates in the same transaction.
    /// Messages: `SurveyResponseAccepted`, then `SurveyResultsUpdated`.
    func submit(_ command: SubmitResponse) throws -> ResponseRef {
        var survey = try existingSurvey(command.surveyId)
        if let refusal = SurveyAnswering.refusal(
            status: survey.status, details: survey.details, responses: survey.responses, now: now)
        {
            throw CommandFailure(
                .conflict, refusal.message(title: survey.titleLt),
                details: ["surveyId": survey.id, "reason": refusal.rawValue])
        }
        let invitation = try checkedInvitation(command.invitationId, for: survey)
        let respondent = try checkedRespondent(command.respondent, anonymous: survey.anonymous)
        let questions = try QuestionRecord.questions(of: command.surveyId, in: db)
        let answers: [String: SurveyAnswer]
        switch SurveyAnswering.check(command.answers, against: questions) {
        case .success(let kept): answers = kept
        case .failure(let problems): throw Self.refuse(problems.errors)
        }
        if try ResponseRecord.exists(db, key: command.responseId.uuidString) {
            throw CommandFailure(
                .conflict, "A response with the id \(command.responseId.uuidString) exists already.",
                details: ["responseId": command.responseId.uuidString])
        }
        try ResponseRecord(
            id: command.responseId.uuidString, surveyId: survey.id, submittedAt: now,
            answers: String(decoding: try MessageCoding.encode(answers), as: UTF8.self),
            respondentName: respondent?.name, respondentEmail: respondent?.email
        ).insert(db)
        if var invitation, invitation.responseId == nil {
            invitation.responseId = command.responseId.uuidString
            invitation.answeredAt = now
            try invitation.update(db)
        }
        Headline.count(answers, questions: questions, into: &survey)
        survey.updatedAt = now
        try survey.update(db)
        try publish(
            SurveyResponseAccepted(
                surveyId: command.surveyId, responseId: command.responseId, answers: answers, respondent: respondent,
                submittedAt: now, invitationId: command.invitationId))
        try publish(
            SurveyResultsUpdated(
                surveyId: command.surveyId, purpose: survey.purpose, eventId: survey.details.eventId,
                courseId: survey.details.courseId, sessionId: survey.details.sessionId,
                campaignId: survey.details.campaignId, responses: survey.responses, nps: survey.nps,
                satisfaction: survey.satisfaction))
        return ResponseRef(responseId: command.responseId, surveyId: command.surveyId)
    }

    /// The respondent, trimmed; refused for an anonymous survey.
    private func checkedRespondent(_ respondent: Respondent?, anonymous: Bool) throws -> Respondent? {
        let name = SurveyRules.blankAsNil(respondent?.name)
        let email = SurveyRules.blankAsNil(respondent?.email)
        guard name != nil || email != nil else { return nil }
        if anonymous {
            throw CommandFailure(
                .invalid, "The survey is anonymous: leave the respondent's name and e-mail out.",
                details: ["field": "respondent"])
        }
        if let email, !SurveyRules.looksLikeEmail(email) {
            throw CommandFailure(
                .invalid, "'respondent.email' must be an e-mail address; '\(email)' is not",
                details: ["field": "respondent.email"])
        }
        return Respondent(name: name, email: email)
    }
}
