import Foundation
import MessageSchema
import XCTest

@testable import SurveysService

/// Surveys and questions of the wrong shape are refused, naming the field.
final class SurveyShapeTests: SurveysTestCase {
    func testBlankTitleZeroQuotaAndBackwardsTimesAreRefused() async throws {
        let harness = try makeHarness()
        var failure = try await harness.expectRefusal(CreateSurvey(details: Sample.details("   ")))
        XCTAssertEqual(failure.code, .invalid)
        XCTAssertEqual(failure.details?["field"], "titleLt")

        failure = try await harness.expectRefusal(CreateSurvey(details: Sample.details(quota: 0)))
        XCTAssertEqual(failure.details?["field"], "quota")

        let opens = Date(timeIntervalSince1970: 1_800_000_000)
        failure = try await harness.expectRefusal(
            CreateSurvey(details: Sample.details(opensAt: opens, closesAt: opens.addingTimeInterval(-60))))
        XCTAssertEqual(failure.details?["field"], "closesAt")
        let count = try await harness.count("SELECT COUNT(*) FROM surveys")
        XCTAssertEqual(count, 0)
    }

    func testQuestionsOfTheWrongShapeAreRefusedNamingThem() async throws {
        let harness = try makeHarness()
        let oneOption = SurveyQuestion(id: "channel", type: .singleChoice, textLt: "Iš kur?", required: true, options: ["Radijas"])
        var failure = try await harness.expectRefusal(CreateSurvey(details: Sample.details(), questions: [oneOption]))
        XCTAssertEqual(failure.details?["field"], "questions[0].options")

        let twice = [Sample.questions[0], Sample.questions[0]]
        failure = try await harness.expectRefusal(CreateSurvey(details: Sample.details(), questions: twice))
        XCTAssertEqual(failure.details?["field"], "questions[1].id")

        let badId = SurveyQuestion(id: "kas tai?", type: .freeText, textLt: "Kas?", required: false)
        failure = try await harness.expectRefusal(CreateSurvey(details: Sample.details(), questions: [badId]))
        XCTAssertEqual(failure.details?["field"], "questions[0].id")

        let optionsOnScale = SurveyQuestion(id: "stars", type: .starRating, textLt: "Žvaigždutės", required: true, options: ["1"])
        failure = try await harness.expectRefusal(CreateSurvey(details: Sample.details(), questions: [optionsOnScale]))
        XCTAssertEqual(failure.details?["field"], "questions[0].options")

        let draft = try await harness.survey(.draft)
        failure = try await harness.expectRefusal(AddSurveyQuestion(surveyId: draft, question: Sample.questions[0]))
        XCTAssertEqual(failure.details?["field"], "question.id")
        let noText = SurveyQuestion(id: "naujas", type: .likert, textLt: " ", required: true)
        failure = try await harness.expectRefusal(AddSurveyQuestion(surveyId: draft, question: noText))
        XCTAssertEqual(failure.details?["field"], "question.textLt")
    }

    func testTextsAreTrimmedAndKeepTheirDiacritics() async throws {
        let harness = try makeHarness()
        let question = SurveyQuestion(
            id: "kanalas", type: .singleChoice, textLt: "  Iš kur sužinojote?  ", required: true,
            options: [" Žiniasklaida ", "Šeima"])
        let id = try await harness.survey(.draft, details: Sample.details("  Ąžuolų apklausa  "), questions: [question])
        let created = try await harness.published(SurveyCreated.self)
        XCTAssertEqual(created.first?.surveyId, id)
        XCTAssertEqual(created.first?.details.titleLt, "Ąžuolų apklausa")
        XCTAssertEqual(created.first?.questions.first?.textLt, "Iš kur sužinojote?")
        XCTAssertEqual(created.first?.questions.first?.options, ["Žiniasklaida", "Šeima"])
    }
}
