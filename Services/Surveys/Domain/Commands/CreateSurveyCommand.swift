import Foundation
import GRDB
import MessageSchema

extension SurveysChange {
    /// Stores a new draft survey with its first questions. Message: `SurveyCreated`.
    func create(_ command: CreateSurvey) throws -> SurveyRef {
        let errors = SurveyRules.problems(of: command.details) + SurveyRules.problems(of: command.questions)
        guard errors.isEmpty else { throw Self.refuse(errors) }
        if let existing = try SurveyRecord.fetchOne(db, key: command.surveyId.uuidString) {
            throw CommandFailure(
                .conflict, "A survey with the id \(existing.id) exists already: \(existing.label).",
                details: ["surveyId": existing.id])
        }
        try insert(
            command.surveyId, status: .draft, details: SurveyRules.normalised(command.details),
            questions: command.questions.map(SurveyRules.normalised))
        return SurveyRef(surveyId: command.surveyId)
    }
}
