import Foundation
import GRDB
import MessageSchema

extension SurveysChange {
    /// Opens a draft survey that has questions, or closes an open one.
    /// Messages: `SurveyOpened` or `SurveyClosed`.
    func transition(_ command: TransitionSurvey) throws -> SurveyRef {
        var survey = try existingSurvey(command.surveyId)
        let from = survey.status
        guard from.canMove(to: command.to) else {
            let allowed = from.next.map(\.rawValue).sorted()
            let hint = allowed.isEmpty ? "a \(from.rawValue) survey cannot change status" : "it can move to \(allowed.joined(separator: " or "))"
            throw CommandFailure(
                .illegalTransition,
                "The survey \(survey.label) cannot move from \(from.rawValue) to \(command.to.rawValue): \(hint).",
                details: ["surveyId": survey.id, "from": from.rawValue, "to": command.to.rawValue])
        }
        if command.to == .open, try QuestionRecord.filter(Column("surveyId") == survey.id).fetchCount(db) == 0 {
            throw CommandFailure(
                .conflict, "The survey \(survey.label) has no questions yet; add one before opening it.",
                details: ["surveyId": survey.id])
        }
        survey.status = command.to
        survey.updatedAt = now
        try survey.update(db)
        switch command.to {
        case .open: try announceOpened(command.surveyId, survey.details)
        case .closed: try publish(SurveyClosed(surveyId: command.surveyId))
        case .draft: break  // No status moves back to draft; `canMove(to:)` has refused it above.
        }
        return SurveyRef(surveyId: command.surveyId)
    }
}
