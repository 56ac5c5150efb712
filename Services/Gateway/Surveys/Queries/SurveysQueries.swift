import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// What the HTTP API asks the surveys part of the read model.
enum SurveysQueries {
    static func survey(id: UUID, in db: Database) throws -> SurveyRecord? {
        guard let row = try Row.fetchOne(db, sql: "SELECT * FROM surveys WHERE id = ?", arguments: [id.uuidString]) else {
            return nil
        }
        return try SurveyRecord(row: row, questions: questions(of: id, in: db))
    }

    /// The survey's questions, in order.
    static func questions(of surveyId: UUID, in db: Database) throws -> [SurveyQuestion] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM surveyQuestions WHERE surveyId = ? ORDER BY position", arguments: [surveyId.uuidString]
        ).map { row in
            let id: String = row["id"]
            guard let type = QuestionType(rawValue: row["type"]) else {
                throw UnreadableRow(table: "surveyQuestions", id: id, column: "type")
            }
            let options = try MessageCoding.decode([String].self, from: Data((row["options"] as String).utf8))
            return SurveyQuestion(
                id: id, type: type, textLt: row["textLt"], textEn: row["textEn"], required: row["required"],
                options: options)
        }
    }

    /// Surveys matching `filter` in Lithuanian title order, one page, with the number matching in all.
    static func surveys(_ filter: SurveyFilter, page: Page, in db: Database) throws -> (items: [SurveyRecord], total: Int) {
        var conditions: [String] = []
        var arguments = StatementArguments()
        if let eventId = filter.eventId {
            conditions.append("s.eventId = ?")
            arguments += [eventId.uuidString]
        }
        if let courseId = filter.courseId {
            conditions.append("s.courseId = ?")
            arguments += [courseId.uuidString]
        }
        if !filter.statuses.isEmpty {
            let values = filter.statuses.map(\.rawValue).sorted()
            conditions.append("s.status IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))")
            arguments += StatementArguments(values)
        }
        if !filter.purposes.isEmpty {
            let values = filter.purposes.map(\.rawValue).sorted()
            conditions.append("s.purpose IN (\(Array(repeating: "?", count: values.count).joined(separator: ", ")))")
            arguments += StatementArguments(values)
        }
        if let text = filter.text, let pattern = try SearchPattern.make(text, table: "surveySearch", in: db) {
            conditions.append("s.rowid IN (SELECT rowid FROM surveySearch WHERE surveySearch MATCH ?)")
            arguments += [pattern]
        }
        let clause = conditions.isEmpty ? "" : "WHERE " + conditions.joined(separator: " AND ")
        let total = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM surveys s \(clause)", arguments: arguments) ?? 0
        let rows = try Row.fetchAll(
            db, sql: "SELECT s.* FROM surveys s \(clause) ORDER BY s.titleSortKey, s.titleLt, s.id LIMIT ? OFFSET ?",
            arguments: arguments + [page.limit, page.offset])
        let items = try rows.map { row in
            let id = UUID(uuidString: row["id"]) ?? UUID()
            return try SurveyRecord(row: row, questions: questions(of: id, in: db))
        }
        return (items, total)
    }

    /// The survey's responses by time of arrival, for the CSV export.
    static func responses(of surveyId: UUID, in db: Database) throws -> [StoredResponse] {
        try Row.fetchAll(
            db, sql: "SELECT * FROM surveyResponses WHERE surveyId = ? ORDER BY submittedAt, id",
            arguments: [surveyId.uuidString]
        ).map { row in
            StoredResponse(
                id: row["id"], submittedAt: row["submittedAt"],
                answers: try MessageCoding.decode([String: SurveyAnswer].self, from: Data((row["answers"] as String).utf8)),
                respondentName: row["respondentName"], respondentEmail: row["respondentEmail"])
        }
    }
    /// Whether an answer came through the invitation already.
    static func invitationUsed(_ invitationId: UUID, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT EXISTS (SELECT 1 FROM surveyAnsweredInvitations WHERE invitationId = ?)",
            arguments: [invitationId.uuidString]) ?? false
    }
}

/// One response as the read model keeps it.
struct StoredResponse: Sendable {
    var id: String
    var submittedAt: Date
    var answers: [String: SurveyAnswer]
    var respondentName: String?
    var respondentEmail: String?
}
