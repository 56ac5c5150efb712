import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// A year's figures of surveys for the start page and the annual report:
/// responses received in the year (Vilnius time) and the NPS of their
/// answers to each survey's first NPS question.
struct SurveysYear: Sendable {
    struct Survey: Sendable {
        var id: UUID
        var titleLt: String
        var status: SurveyStatus
        var responses: Int
        var nps: Double?
    }

    /// The year's NPS answers counted: how many, how many 9–10, how many 0–6.
    struct Scores: Sendable {
        var answers = 0
        var promoters = 0
        var detractors = 0

        mutating func add(_ score: Double) {
            answers += 1
            if score >= 9 { promoters += 1 }
            if score <= 6 { detractors += 1 }
        }

        var nps: Double? { answers == 0 ? nil : Rounding.nps(Double(promoters - detractors) / Double(answers) * 100) }
    }

    var year: Int
    /// Surveys created in the year or answered in it, in Lithuanian title order.
    var surveys: [Survey]
    /// NPS answers by month (1…12) of the year.
    var months: [Int: Scores]
    var openSurveys: Int

    var responses: Int { surveys.map(\.responses).reduce(0, +) }
    var scores: Scores {
        months.values.reduce(into: Scores()) {
            $0.answers += $1.answers
            $0.promoters += $1.promoters
            $0.detractors += $1.detractors
        }
    }

    static func of(_ year: Int, in db: Database) throws -> SurveysYear {
        guard let span = VilniusTime.year(year) else {
            return SurveysYear(year: year, surveys: [], months: [:], openSurveys: 0)
        }
        let (start, end) = span
        var months: [Int: Scores] = [:]
        var bySurvey: [String: Scores] = [:]
        let scores = try Row.fetchAll(
            db,
            sql: """
                SELECT r.surveyId, r.submittedAt, json_extract(r.answers, '$."' || q.id || '"') AS score
                FROM surveyResponses r
                JOIN surveyQuestions q ON q.surveyId = r.surveyId AND q.type = 'nps'
                    AND q.position = (SELECT MIN(position) FROM surveyQuestions f WHERE f.surveyId = r.surveyId AND f.type = 'nps')
                WHERE r.submittedAt >= ? AND r.submittedAt < ?
                """,
            arguments: [start, end])
        for row in scores {
            guard let score = row["score"] as Double? else { continue }
            let submitted: Date = row["submittedAt"]
            months[VilniusTime.month(of: submitted), default: Scores()].add(score)
            bySurvey[row["surveyId"], default: Scores()].add(score)
        }
        let rows = try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM (
                    SELECT s.id, s.titleLt, s.status, s.createdAt, s.titleSortKey,
                        (SELECT COUNT(*) FROM surveyResponses r
                         WHERE r.surveyId = s.id AND r.submittedAt >= ? AND r.submittedAt < ?) AS answered
                    FROM surveys s)
                WHERE answered > 0 OR (createdAt >= ? AND createdAt < ?)
                ORDER BY titleSortKey, titleLt, id
                """,
            arguments: [start, end, start, end])
        let surveys = try rows.map { row -> Survey in
            let id: String = row["id"]
            guard let uuid = UUID(uuidString: id), let status = SurveyStatus(rawValue: row["status"]) else {
                throw UnreadableRow(table: "surveys", id: id, column: "status")
            }
            return Survey(id: uuid, titleLt: row["titleLt"], status: status, responses: row["answered"], nps: bySurvey[id]?.nps)
        }
        let open = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM surveys WHERE status = 'open'") ?? 0
        return SurveysYear(year: year, surveys: surveys, months: months, openSurveys: open)
    }
}
