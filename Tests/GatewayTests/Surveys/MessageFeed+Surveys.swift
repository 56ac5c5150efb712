import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewaySurveys

/// The surveys part's helpers of the feed.
extension MessageFeed {
    /// A survey created with `questions` and, unless `status` is draft, opened (and closed).
    @discardableResult
    func survey(
        _ title: String = "Skaitytojų apklausa", id: UUID = UUID(), status: SurveyStatus = .open,
        details: SurveyDetails? = nil, questions: [SurveyQuestion] = SurveySample.questions
    ) throws -> UUID {
        var details = details ?? SurveyDetails(titleLt: title, purpose: .publicOpinion)
        details.titleLt = title
        try apply(SurveyCreated(surveyId: id, details: details, questions: questions))
        if status != .draft {
            try apply(
                SurveyOpened(
                    surveyId: id, titleLt: title, purpose: details.purpose, eventId: details.eventId,
                    courseId: details.courseId))
        }
        if status == .closed { try apply(SurveyClosed(surveyId: id)) }
        return id
    }

    /// A response with `answers`, as the service accepts it.
    func respond(
        _ surveyId: UUID, _ answers: [String: SurveyAnswer], at date: Date = Date(), respondent: Respondent? = nil,
        invitationId: UUID? = nil
    ) throws {
        try apply(
            SurveyResponseAccepted(
                surveyId: surveyId, responseId: UUID(), answers: answers, respondent: respondent, submittedAt: date,
                invitationId: invitationId),
            at: date)
    }

    func survey(_ id: UUID) throws -> SurveyRecord? {
        try database.writer.read { db in try SurveysQueries.survey(id: id, in: db) }
    }

    func results(_ id: UUID, by: String? = nil) throws -> ResultsView {
        try database.writer.read { db in
            let survey = try XCTUnwrap(try SurveysQueries.survey(id: id, in: db))
            return try SurveyResults.results(of: survey, by: survey.questions.first { $0.id == by }, in: db)
        }
    }
}

enum SurveySample {
    static let questions: [SurveyQuestion] = [
        SurveyQuestion(id: "recommend", type: .nps, textLt: "Ar rekomenduotumėte?", required: true),
        SurveyQuestion(id: "stars", type: .starRating, textLt: "Kaip vertinate?", required: true),
        SurveyQuestion(
            id: "channel", type: .singleChoice, textLt: "Iš kur sužinojote?", required: false,
            options: ["Facebook", "Radijas", "Draugai"]),
        SurveyQuestion(
            id: "topics", type: .multipleChoice, textLt: "Kas domina?", required: false,
            options: ["Parodos", "Knygų pristatymai", "Mokymai"]),
        SurveyQuestion(id: "visits", type: .number, textLt: "Kiek kartų lankotės?", required: false),
        SurveyQuestion(id: "comment", type: .freeText, textLt: "Pastabos", required: false),
    ]

    static func answers(_ recommend: Double, _ stars: Double, channel: String? = nil) -> [String: SurveyAnswer] {
        var answers: [String: SurveyAnswer] = ["recommend": .number(recommend), "stars": .number(stars)]
        if let channel { answers["channel"] = .text(channel) }
        return answers
    }
}

extension ResultsView {
    func question(_ id: String) throws -> ResultsView.Question {
        try XCTUnwrap(questions.first { $0.id == id })
    }
}

extension ResultsView.Question {
    /// Count per value, numbers written canonically (`9`), options as they are.
    var counts: [String: Int] {
        Dictionary(
            uniqueKeysWithValues: distribution.map { bucket in
                let key: String =
                    switch bucket.value {
                    case .number(let number): SurveyAnswer.canonical(number)
                    case .string(let text): text
                    default: "?"
                    }
                return (key, bucket.count)
            })
    }
}
