import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// A survey's results, read from the aggregates kept as answers arrived:
/// counts per value, mean and median, NPS, the weekly trend and, on
/// request, a cross-tab by one question.
enum SurveyResults {
    /// How many chose one value of one question.
    struct ValueCount: Sendable {
        var value: String
        var number: Double?
        var count: Int
    }

    static func results(of survey: SurveyRecord, by: SurveyQuestion?, in db: Database) throws -> ResultsView {
        let surveyId = survey.id.uuidString
        let totals = try Dictionary(
            uniqueKeysWithValues: Row.fetchAll(
                db, sql: "SELECT questionId, answers FROM surveyQuestionTotals WHERE surveyId = ?", arguments: [surveyId]
            ).map { ($0["questionId"] as String, $0["answers"] as Int) })
        let counts = try Dictionary(
            grouping: Row.fetchAll(
                db, sql: "SELECT questionId, value, number, count FROM surveyAnswerCounts WHERE surveyId = ?",
                arguments: [surveyId]),
            by: { $0["questionId"] as String }
        ).mapValues { rows in rows.map { ValueCount(value: $0["value"], number: $0["number"], count: $0["count"]) } }

        let questions = survey.questions.map { question in
            summary(of: question, answers: totals[question.id] ?? 0, counts: counts[question.id] ?? [])
        }
        let headlineNPS = survey.questions.npsQuestion.flatMap { nps(counts[$0.id] ?? []) }
        let headlineSatisfaction = survey.questions.satisfactionQuestion.flatMap { mean(counts[$0.id] ?? []) }
        let trend = try Row.fetchAll(
            db, sql: "SELECT * FROM surveyWeeks WHERE surveyId = ? ORDER BY week", arguments: [surveyId]
        ).map { row in
            let npsAnswers: Int = row["npsAnswers"]
            let satisfactionAnswers: Int = row["satisfactionAnswers"]
            let promoters: Int = row["npsPromoters"]
            let detractors: Int = row["npsDetractors"]
            let satisfactionSum: Double = row["satisfactionSum"]
            return ResultsView.Week(
                week: row["week"], responses: row["responses"],
                nps: npsAnswers == 0 ? nil : Rounding.nps(Double(promoters - detractors) / Double(npsAnswers) * 100),
                satisfaction: satisfactionAnswers == 0 ? nil : Rounding.mean(satisfactionSum / Double(satisfactionAnswers)))
        }
        return ResultsView(
            surveyId: survey.id, titleLt: survey.details.titleLt, status: survey.status, responses: survey.responses,
            nps: headlineNPS.map(Rounding.nps), satisfaction: headlineSatisfaction.map(Rounding.mean),
            questions: questions, trend: trend,
            crossTab: try by.map { try crossTab(of: survey, by: $0, byCounts: counts[$0.id] ?? [], in: db) })
    }

    /// One question's answers: how many, the distribution, mean, median and NPS where they apply.
    static func summary(of question: SurveyQuestion, answers: Int, counts: [ValueCount]) -> ResultsView.Question {
        ResultsView.Question(
            id: question.id, type: question.type, textLt: question.textLt, answers: answers,
            distribution: distribution(of: question, counts: counts, answers: answers),
            mean: question.type.isNumeric ? mean(counts).map(Rounding.mean) : nil,
            median: question.type.isNumeric ? median(counts).map(Rounding.mean) : nil,
            nps: question.type == .nps ? nps(counts).map(Rounding.nps) : nil)
    }

    /// Every option or scale point in order, with its count (zeros too); a
    /// number question's distinct values; nothing for free text.
    static func distribution(of question: SurveyQuestion, counts: [ValueCount], answers: Int) -> [ResultsView.Bucket] {
        let byValue = Dictionary(counts.map { ($0.value, $0.count) }, uniquingKeysWith: +)
        func bucket(_ value: JSONValue, _ key: String) -> ResultsView.Bucket {
            let count = byValue[key] ?? 0
            return ResultsView.Bucket(
                value: value, count: count, share: answers == 0 ? 0 : Rounding.nps(Double(count) / Double(answers) * 100))
        }
        if question.type.hasOptions { return question.options.map { bucket(.string($0), $0) } }
        if let scale = question.type.scale { return scale.map { bucket(.number(Double($0)), String($0)) } }
        if question.type == .number {
            return counts.sorted { ($0.number ?? 0) < ($1.number ?? 0) }.map { bucket(.number($0.number ?? 0), $0.value) }
        }
        return []
    }

    static func mean(_ counts: [ValueCount]) -> Double? {
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        return counts.reduce(0.0) { $0 + ($1.number ?? 0) * Double($1.count) } / Double(total)
    }

    /// The middle answer; with an even number of answers, the mean of the two middle ones.
    static func median(_ counts: [ValueCount]) -> Double? {
        let sorted = counts.filter { $0.number != nil && $0.count > 0 }.sorted { $0.number! < $1.number! }
        let total = sorted.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        func value(at position: Int) -> Double {
            var seen = 0
            for entry in sorted {
                seen += entry.count
                if position < seen { return entry.number! }
            }
            return sorted.last!.number!
        }
        return total % 2 == 1 ? value(at: total / 2) : (value(at: total / 2 - 1) + value(at: total / 2)) / 2
    }

    /// % of 9–10 minus % of 0–6.
    static func nps(_ counts: [ValueCount]) -> Double? {
        let total = counts.reduce(0) { $0 + $1.count }
        guard total > 0 else { return nil }
        let promoters = counts.filter { ($0.number ?? 0) >= 9 }.reduce(0) { $0 + $1.count }
        let detractors = counts.filter { ($0.number ?? 0) <= 6 }.reduce(0) { $0 + $1.count }
        return Double(promoters - detractors) / Double(total) * 100
    }

    /// For each value of `by`, how the responses that gave it answered every other question.
    private static func crossTab(
        of survey: SurveyRecord, by: SurveyQuestion, byCounts: [ValueCount], in db: Database
    ) throws -> ResultsView.CrossTab {
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT byValue, questionId, value, number, count FROM surveyCrossCounts
                WHERE surveyId = ? AND byQuestionId = ?
                """,
            arguments: [survey.id.uuidString, by.id])
        var cells: [String: [String: [ValueCount]]] = [:]
        for row in rows {
            let byValue: String = row["byValue"]
            let questionId: String = row["questionId"]
            cells[byValue, default: [:]][questionId, default: []].append(
                ValueCount(value: row["value"], number: row["number"], count: row["count"]))
        }
        let byTotals = Dictionary(byCounts.map { ($0.value, $0.count) }, uniquingKeysWith: +)
        let values: [(JSONValue, String)] =
            if by.type.hasOptions { by.options.map { (.string($0), $0) } } else if let scale = by.type.scale {
                scale.map { (.number(Double($0)), String($0)) }
            } else { byCounts.sorted { ($0.number ?? 0) < ($1.number ?? 0) }.map { (.number($0.number ?? 0), $0.value) } }
        let others = survey.questions.filter { $0.id != by.id && $0.type != .freeText }
        return ResultsView.CrossTab(
            by: by.id,
            rows: values.map { value, key in
                ResultsView.CrossRow(
                    value: value, responses: byTotals[key] ?? 0,
                    questions: others.map { question in
                        let counts = cells[key]?[question.id] ?? []
                        return summary(of: question, answers: counts.reduce(0) { $0 + $1.count }, counts: counts)
                    })
            })
    }
}
