import Foundation
import GRDB
import MessageSchema
import XCTest

@testable import SurveysService

/// Answers checked against the questions, headline results kept as answers
/// arrive, and surveys that take no answers saying why.
final class ResponseTests: SurveysTestCase {
    func testHeadlineNPSAndSatisfactionFollowEachAnswer() async throws {
        let harness = try makeHarness()
        let id = try await harness.survey()
        for (score, stars) in [(10.0, 5.0), (9, 4), (3, 4)] {
            try await harness.expectSuccess(SubmitResponse(surveyId: id, answers: Sample.answers(recommend: score, stars: stars)))
        }
        let results = try await harness.published(SurveyResultsUpdated.self)
        XCTAssertEqual(results.map(\.responses), [1, 2, 3])
        XCTAssertEqual(results.map(\.nps), [100, 100, (2.0 - 1.0) / 3.0 * 100])
        XCTAssertEqual(try XCTUnwrap(results.last?.satisfaction), 13.0 / 3.0, accuracy: 1e-9)
        XCTAssertEqual(results.last?.purpose, .publicOpinion)
        let stored = try await harness.count("SELECT COUNT(*) FROM responses WHERE surveyId = ?", [id.uuidString])
        XCTAssertEqual(stored, 3)
    }

    func testASurveyWithoutScoresReportsNoNPSNorSatisfaction() async throws {
        let harness = try makeHarness()
        let question = SurveyQuestion(id: "comment", type: .freeText, textLt: "Pastabos", required: true)
        let id = try await harness.survey(questions: [question])
        try await harness.expectSuccess(SubmitResponse(surveyId: id, answers: ["comment": .text("Ačiū už renginį")]))
        let results = try await harness.published(SurveyResultsUpdated.self)
        XCTAssertEqual(results.first?.responses, 1)
        XCTAssertNil(results.first?.nps)
        XCTAssertNil(results.first?.satisfaction)
    }

    func testWrongAnswersAreRefusedNamingTheQuestion() async throws {
        let harness = try makeHarness()
        let id = try await harness.survey()
        let cases: [([String: SurveyAnswer], String)] = [
            (["stars": .number(5)], "answers.recommend"),
            (["recommend": .number(11), "stars": .number(5)], "answers.recommend"),
            (["recommend": .number(8.5), "stars": .number(5)], "answers.recommend"),
            (["recommend": .text("devyni"), "stars": .number(5)], "answers.recommend"),
            (Sample.answers().merging(["stars": .number(0)]) { $1 }, "answers.stars"),
            (Sample.answers().merging(["channel": .text("Televizija")]) { $1 }, "answers.channel"),
            (Sample.answers().merging(["topics": .choices(["Parodos", "Parodos"])]) { $1 }, "answers.topics"),
            (Sample.answers().merging(["topics": .choices([])]) { $1 }, "answers.topics"),
            (Sample.answers().merging(["topics": .text("Parodos")]) { $1 }, "answers.topics"),
            (Sample.answers().merging(["agree": .number(6)]) { $1 }, "answers.agree"),
            (Sample.answers().merging(["visits": .text("daug")]) { $1 }, "answers.visits"),
            (Sample.answers().merging(["comment": .number(5)]) { $1 }, "answers.comment"),
            (Sample.answers().merging(["nope": .number(1)]) { $1 }, "answers.nope"),
        ]
        for (answers, field) in cases {
            let failure = try await harness.expectRefusal(SubmitResponse(surveyId: id, answers: answers))
            XCTAssertEqual(failure.code, .invalid, "\(answers)")
            XCTAssertEqual(failure.details?["field"], field, "\(answers): \(failure.message)")
        }
        let stored = try await harness.count("SELECT COUNT(*) FROM responses")
        XCTAssertEqual(stored, 0)
        let count = try await harness.count("SELECT responses FROM surveys")
        XCTAssertEqual(count, 0)
    }

    func testEveryKindOfAnswerIsKeptAsGiven() async throws {
        let harness = try makeHarness()
        let id = try await harness.survey()
        var answers = Sample.answers(recommend: 0, stars: 1)
        answers["channel"] = .text("Radijas")
        answers["topics"] = .choices(["Mokymai", "Parodos"])
        answers["agree"] = .number(3)
        answers["visits"] = .number(12.5)
        answers["comment"] = .text("  Puiku, ačiū!  ")
        let ref = try await harness.expectSuccess(SubmitResponse(surveyId: id, answers: answers))
        let accepted = try await harness.published(SurveyResponseAccepted.self)
        XCTAssertEqual(accepted.first?.responseId, ref.responseId)
        XCTAssertEqual(accepted.first?.answers["comment"], .text("Puiku, ačiū!"))
        XCTAssertEqual(accepted.first?.answers["topics"], .choices(["Mokymai", "Parodos"]))
        XCTAssertEqual(accepted.first?.answers["visits"], .number(12.5))
        XCTAssertNil(accepted.first?.respondent)
    }

    func testBlankOptionalTextIsLeftOutAndBlankRequiredTextRefused() async throws {
        let harness = try makeHarness()
        let id = try await harness.survey()
        try await harness.expectSuccess(SubmitResponse(surveyId: id, answers: Sample.answers().merging(["comment": .text("  ")]) { $1 }))
        let accepted = try await harness.published(SurveyResponseAccepted.self)
        XCTAssertNil(accepted.first?.answers["comment"])

        let required = SurveyQuestion(id: "why", type: .freeText, textLt: "Kodėl?", required: true)
        let other = try await harness.survey(questions: [required])
        let failure = try await harness.expectRefusal(SubmitResponse(surveyId: other, answers: ["why": .text(" ")]))
        XCTAssertEqual(failure.details?["field"], "answers.why")
    }

    func testDraftClosedAndFullSurveysSayWhyTheyTakeNoAnswer() async throws {
        let harness = try makeHarness()
        let draft = try await harness.survey(.draft)
        var failure = try await harness.expectRefusal(SubmitResponse(surveyId: draft, answers: Sample.answers()))
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertEqual(failure.details?["reason"], "not-open")

        let closed = try await harness.survey(.closed)
        failure = try await harness.expectRefusal(SubmitResponse(surveyId: closed, answers: Sample.answers()))
        XCTAssertEqual(failure.details?["reason"], "closed")
        XCTAssertTrue(failure.message.contains("closed"), failure.message)

        let small = try await harness.survey(details: Sample.details(quota: 2))
        try await harness.expectSuccess(SubmitResponse(surveyId: small, answers: Sample.answers()))
        try await harness.expectSuccess(SubmitResponse(surveyId: small, answers: Sample.answers()))
        failure = try await harness.expectRefusal(SubmitResponse(surveyId: small, answers: Sample.answers()))
        XCTAssertEqual(failure.details?["reason"], "full")
        let stored = try await harness.count("SELECT COUNT(*) FROM responses WHERE surveyId = ?", [small.uuidString])
        XCTAssertEqual(stored, 2)
    }

    func testAnswersOutsideTheOpeningTimesAreRefused() async throws {
        let harness = try makeHarness()
        let later = try await harness.survey(details: Sample.details(opensAt: Date().addingTimeInterval(3_600)))
        var failure = try await harness.expectRefusal(SubmitResponse(surveyId: later, answers: Sample.answers()))
        XCTAssertEqual(failure.details?["reason"], "not-open")

        let past = try await harness.survey(
            details: Sample.details(opensAt: Date().addingTimeInterval(-7_200), closesAt: Date().addingTimeInterval(-3_600)))
        failure = try await harness.expectRefusal(SubmitResponse(surveyId: past, answers: Sample.answers()))
        XCTAssertEqual(failure.details?["reason"], "closed")

        let now = try await harness.survey(
            details: Sample.details(opensAt: Date().addingTimeInterval(-60), closesAt: Date().addingTimeInterval(3_600)))
        try await harness.expectSuccess(SubmitResponse(surveyId: now, answers: Sample.answers()))
    }

    func testRespondentIsKeptOnlyWhenTheSurveyIsNotAnonymous() async throws {
        let harness = try makeHarness()
        let anonymous = try await harness.survey()
        var failure = try await harness.expectRefusal(
            SubmitResponse(surveyId: anonymous, answers: Sample.answers(), respondent: Respondent(name: "Ona")))
        XCTAssertEqual(failure.details?["field"], "respondent")

        let named = try await harness.survey(details: Sample.details(anonymous: false))
        failure = try await harness.expectRefusal(
            SubmitResponse(surveyId: named, answers: Sample.answers(), respondent: Respondent(email: "ona")))
        XCTAssertEqual(failure.details?["field"], "respondent.email")
        try await harness.expectSuccess(
            SubmitResponse(surveyId: named, answers: Sample.answers(), respondent: Respondent(name: " Ona Žemaitė ", email: "ona@example.lt")))
        let accepted = try await harness.published(SurveyResponseAccepted.self)
        XCTAssertEqual(accepted.last?.respondent, Respondent(name: "Ona Žemaitė", email: "ona@example.lt"))
        try await harness.expectSuccess(SubmitResponse(surveyId: named, answers: Sample.answers()))
    }

    func testARetriedAnswerIsCountedOnce() async throws {
        let harness = try makeHarness()
        let id = try await harness.survey()
        let command = SubmitResponse(surveyId: id, answers: Sample.answers())
        let first = try await harness.send(command, key: "answer-1")
        let again = try await harness.send(command, key: "answer-1")
        XCTAssertTrue(first.ok)
        XCTAssertEqual(first, again)
        let stored = try await harness.count("SELECT responses FROM surveys")
        XCTAssertEqual(stored, 1)
        let failure = try await harness.expectRefusal(command)
        XCTAssertEqual(failure.code, .conflict)
        XCTAssertEqual(failure.details?["responseId"], command.responseId.uuidString)
    }
}
