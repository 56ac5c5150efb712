import Foundation
import GRDB
import MessageSchema

extension SurveysChange {
    /// Adds a question at the end of a draft survey. Message: `SurveyQuestionAdded`.
    func addQuestion(_ command: AddSurveyQuestion) throws -> SurveyRef {
        let survey = try existingSurvey(command.surveyId)
        guard survey.status == .draft else {
            throw CommandFailure(
                .conflict,
                "The survey \(survey.label) is \(survey.status.rawValue): questions can be added only while it is a draft.",
                details: ["surveyId": survey.id, "status": survey.status.rawValue])
        }
        let questions = try QuestionRecord.questions(of: command.surveyId, in: db)
        let errors = SurveyRules.problems(of: [command.question], field: "question", takenIds: Set(questions.map(\.id)))
            .map { SurveyFieldError($0.field.replacingOccurrences(of: "question[0]", with: "question"), $0.detail) }
        guard errors.isEmpty else { throw Self.refuse(errors) }
        let question = SurveyRules.normalised(command.question)
        try QuestionRecord(surveyId: command.surveyId, position: questions.count, question: question).insert(db)
        var updated = survey
        updated.updatedAt = now
        try updated.update(db)
        try publish(SurveyQuestionAdded(surveyId: command.surveyId, question: question))
        return SurveyRef(surveyId: command.surveyId)
    }
}
