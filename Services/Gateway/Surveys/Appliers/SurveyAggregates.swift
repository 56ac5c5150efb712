import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// Adds one response to the results aggregates, in the transaction that
/// applies it: per-question totals, per-value counts, the week's headline
/// counts and the cross-tab counts. Results read only these.
enum SurveyAggregates {
    static func add(_ message: SurveyResponseAccepted, questions: [SurveyQuestion], _ change: Change) throws {
        let db = change.db
        let surveyId = message.surveyId.uuidString
        guard try Bool.fetchOne(db, sql: "SELECT 1 FROM surveys WHERE id = ?", arguments: [surveyId]) != nil else {
            throw SurveysReadModelError.unknownSurvey(message.surveyId, messageType: change.type)
        }
        try db.execute(
            sql: """
                INSERT INTO surveyResponses (id, surveyId, submittedAt, answers, respondentName, respondentEmail)
                VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(id) DO NOTHING
                """,
            arguments: [
                message.responseId.uuidString, surveyId, message.submittedAt,
                String(decoding: try MessageCoding.encode(message.answers), as: UTF8.self),
                message.respondent?.name, message.respondent?.email,
            ])
        // A response seen again (an operator's retry of a dead letter) is not counted twice.
        guard db.changesCount > 0 else { return }
        try db.execute(
            sql: "UPDATE surveys SET responses = responses + 1, updatedSeq = MAX(updatedSeq, ?) WHERE id = ?",
            arguments: [change.seq, surveyId])

        let answered = questions.compactMap { question in message.answers[question.id].map { (question, $0) } }
        for (question, answer) in answered {
            try db.execute(
                sql: """
                    INSERT INTO surveyQuestionTotals (surveyId, questionId, answers, sum) VALUES (?, ?, 1, ?)
                    ON CONFLICT(surveyId, questionId) DO UPDATE SET answers = answers + 1, sum = sum + excluded.sum
                    """,
                arguments: [surveyId, question.id, answer.number ?? 0])
            for value in answer.countedValues(for: question.type) {
                try db.execute(
                    sql: """
                        INSERT INTO surveyAnswerCounts (surveyId, questionId, value, number, count) VALUES (?, ?, ?, ?, 1)
                        ON CONFLICT(surveyId, questionId, value) DO UPDATE SET count = count + 1
                        """,
                    arguments: [surveyId, question.id, value, answer.number])
            }
        }
        try addToWeek(message, questions: questions, db)
        try addToCrossTab(surveyId, answered, db)
    }

    private static func addToWeek(_ message: SurveyResponseAccepted, questions: [SurveyQuestion], _ db: Database) throws {
        let nps = questions.npsQuestion.flatMap { message.answers[$0.id]?.number }
        let satisfaction = questions.satisfactionQuestion.flatMap { message.answers[$0.id]?.number }
        try db.execute(
            sql: """
                INSERT INTO surveyWeeks (surveyId, week, responses, npsAnswers, npsPromoters, npsDetractors,
                    satisfactionAnswers, satisfactionSum)
                VALUES (?, ?, 1, ?, ?, ?, ?, ?)
                ON CONFLICT(surveyId, week) DO UPDATE SET responses = responses + 1,
                    npsAnswers = npsAnswers + excluded.npsAnswers, npsPromoters = npsPromoters + excluded.npsPromoters,
                    npsDetractors = npsDetractors + excluded.npsDetractors,
                    satisfactionAnswers = satisfactionAnswers + excluded.satisfactionAnswers,
                    satisfactionSum = satisfactionSum + excluded.satisfactionSum
                """,
            arguments: [
                message.surveyId.uuidString, week(of: message.submittedAt), nps == nil ? 0 : 1,
                (nps ?? 0) >= 9 ? 1 : 0, nps.map { $0 <= 6 ? 1 : 0 } ?? 0, satisfaction == nil ? 0 : 1,
                satisfaction ?? 0,
            ])
    }

    private static func addToCrossTab(_ surveyId: String, _ answered: [(SurveyQuestion, SurveyAnswer)], _ db: Database) throws {
        let counted = answered.filter { $0.0.type != .freeText }
        for (by, byAnswer) in counted {
            for byValue in byAnswer.countedValues(for: by.type) {
                for (question, answer) in counted where question.id != by.id {
                    for value in answer.countedValues(for: question.type) {
                        try db.execute(
                            sql: """
                                INSERT INTO surveyCrossCounts (surveyId, byQuestionId, byValue, questionId, value, number, count)
                                VALUES (?, ?, ?, ?, ?, ?, 1)
                                ON CONFLICT(surveyId, byQuestionId, byValue, questionId, value) DO UPDATE SET count = count + 1
                                """,
                            arguments: [surveyId, by.id, byValue, question.id, value, answer.number])
                    }
                }
            }
        }
    }

    /// The Monday (in Vilnius) of the week `date` falls in, as `2026-11-23`.
    static func week(of date: Date) -> String {
        var calendar = Timestamp.vilniusCalendar
        calendar.firstWeekday = 2
        let start = calendar.dateInterval(of: .weekOfYear, for: date)?.start ?? date
        let parts = calendar.dateComponents([.year, .month, .day], from: start)
        func pad(_ value: Int?, _ width: Int) -> String {
            let digits = String(value ?? 0)
            return String(repeating: "0", count: max(0, width - digits.count)) + digits
        }
        return pad(parts.year, 4) + "-" + pad(parts.month, 2) + "-" + pad(parts.day, 2)
    }
}
