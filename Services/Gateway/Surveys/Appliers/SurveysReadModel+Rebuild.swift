import GatewayKit
import MessageSchema

// What the operator's reconcile empties before applying a source's log again.
extension SurveysReadModel {
    func tables(filledBy source: String) -> [String] {
        switch source {
        case ServiceName.surveys.rawValue:
            [
                "surveyAnsweredInvitations", "surveyQuestions", "surveyResponses", "surveyQuestionTotals", "surveyAnswerCounts", "surveyWeeks",
                "surveyCrossCounts", "surveys",
            ]
        default: []
        }
    }
}
