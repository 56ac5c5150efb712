import Foundation
import MessageSchema

/// The survey's headline figures, kept as counts on its row so that each
/// response adds to them instead of every response being read again.
enum Headline {
    /// Adds one response's answers to the headline NPS and satisfaction counts.
    static func count(_ answers: [String: SurveyAnswer], questions: [SurveyQuestion], into survey: inout SurveyRecord) {
        survey.responses += 1
        if let question = questions.npsQuestion, let score = answers[question.id]?.number {
            survey.npsAnswers += 1
            if score >= 9 { survey.npsPromoters += 1 }
            if score <= 6 { survey.npsDetractors += 1 }
        }
        if let question = questions.satisfactionQuestion, let score = answers[question.id]?.number {
            survey.satisfactionAnswers += 1
            survey.satisfactionSum += score
        }
    }
}
