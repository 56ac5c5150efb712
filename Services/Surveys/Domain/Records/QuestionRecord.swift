import Foundation
import GRDB
import MessageSchema

/// A row of `surveyQuestions`: one question, at its place in the survey.
struct QuestionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "surveyQuestions"

    var surveyId: String
    var id: String
    var position: Int
    var type: QuestionType
    var textLt: String
    var textEn: String?
    var required: Bool
    var options: String

    init(surveyId: UUID, position: Int, question: SurveyQuestion) throws {
        self.surveyId = surveyId.uuidString
        self.position = position
        id = question.id
        type = question.type
        textLt = question.textLt
        textEn = question.textEn
        required = question.required
        options = String(decoding: try MessageCoding.encode(question.options), as: UTF8.self)
    }

    var question: SurveyQuestion {
        get throws {
            SurveyQuestion(
                id: id, type: type, textLt: textLt, textEn: textEn, required: required,
                options: try MessageCoding.decode([String].self, from: Data(options.utf8)))
        }
    }

    /// The survey's questions, in order.
    static func questions(of surveyId: UUID, in db: Database) throws -> [SurveyQuestion] {
        try QuestionRecord.filter(Column("surveyId") == surveyId.uuidString).order(Column("position")).fetchAll(db)
            .map { try $0.question }
    }
}
