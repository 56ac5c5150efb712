import Foundation
import GRDB
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewaySurveys

/// The surveys part of the read model, fed with the surveys service's
/// messages: surveys and the results kept as answers arrive.
final class SurveysReadModelTests: XCTestCase {
    func testSurveyLifecycleAndQuestionsFollowTheMessages() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .surveys)
        let id = try feed.survey("Ąžuolų apklausa", status: .draft, questions: [SurveySample.questions[0]])
        try feed.apply(SurveyQuestionAdded(surveyId: id, question: SurveySample.questions[1]))
        XCTAssertEqual(try feed.survey(id)?.status, .draft)
        XCTAssertEqual(try feed.survey(id)?.questions.map(\.id), ["recommend", "stars"])
        try feed.apply(SurveyOpened(surveyId: id, titleLt: "Ąžuolų apklausa", purpose: .publicOpinion))
        XCTAssertEqual(try feed.survey(id)?.status, .open)
        try feed.apply(SurveyClosed(surveyId: id))
        XCTAssertEqual(try feed.survey(id)?.status, .closed)
        XCTAssertEqual(try feed.survey(id)?.details.titleLt, "Ąžuolų apklausa")
    }

    func testResultsCountEachValueAndGiveMeanMedianAndNPS() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .surveys)
        let id = try feed.survey()
        try feed.respond(
            id, SurveySample.answers(10, 5, channel: "Radijas").merging(["topics": .choices(["Parodos", "Mokymai"]), "visits": .number(12)]) { $1 })
        try feed.respond(
            id, SurveySample.answers(9, 4, channel: "Radijas").merging(["topics": .choices(["Parodos"]), "visits": .number(2.5)]) { $1 })
        try feed.respond(id, SurveySample.answers(3, 4, channel: "Facebook").merging(["comment": .text("Per mažai vietų")]) { $1 })

        let results = try feed.results(id)
        XCTAssertEqual(results.responses, 3)
        XCTAssertEqual(results.nps, 33.3)
        XCTAssertEqual(results.satisfaction, 4.33)
        let recommend = try results.question("recommend")
        XCTAssertEqual(recommend.answers, 3)
        XCTAssertEqual(recommend.nps, 33.3)
        XCTAssertEqual(recommend.mean, 7.33)
        XCTAssertEqual(recommend.median, 9)
        XCTAssertEqual(recommend.distribution.count, 11)
        XCTAssertEqual(recommend.counts["10"], 1)
        XCTAssertEqual(recommend.counts["3"], 1)
        XCTAssertEqual(recommend.counts["0"], 0)
        let stars = try results.question("stars")
        XCTAssertEqual(stars.counts, ["1": 0, "2": 0, "3": 0, "4": 2, "5": 1])
        XCTAssertEqual(stars.median, 4)
        XCTAssertNil(stars.nps)
        let channel = try results.question("channel")
        XCTAssertEqual(channel.distribution.map(\.value), [.string("Facebook"), .string("Radijas"), .string("Draugai")])
        XCTAssertEqual(channel.distribution.map(\.count), [1, 2, 0])
        XCTAssertEqual(channel.distribution.map(\.share), [33.3, 66.7, 0])
        XCTAssertNil(channel.mean)
        let topics = try results.question("topics")
        XCTAssertEqual(topics.answers, 2)
        XCTAssertEqual(topics.counts, ["Parodos": 2, "Knygų pristatymai": 0, "Mokymai": 1])
        let visits = try results.question("visits")
        XCTAssertEqual(visits.mean, 7.25)
        XCTAssertEqual(visits.median, 7.25)
        XCTAssertEqual(visits.distribution.map(\.value), [.number(2.5), .number(12)])
        XCTAssertEqual(try results.question("comment").answers, 1)
        XCTAssertTrue(try results.question("comment").distribution.isEmpty)
    }

    func testResultsWithoutAnswersHaveNoFigures() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .surveys)
        let results = try feed.results(try feed.survey())
        XCTAssertEqual(results.responses, 0)
        XCTAssertNil(results.nps)
        XCTAssertNil(results.satisfaction)
        XCTAssertNil(try results.question("recommend").mean)
        XCTAssertNil(try results.question("recommend").median)
        XCTAssertTrue(results.trend.isEmpty)
    }

    func testWeeklyTrendGroupsResponsesByTheirMondayInVilnius() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .surveys)
        let id = try feed.survey()
        // Sunday 29 November 2026, 23:30 in Vilnius is still the week of Monday 23 November.
        try feed.respond(id, SurveySample.answers(10, 5), at: Sample.date("2026-11-29T23:30"))
        try feed.respond(id, SurveySample.answers(0, 1), at: Sample.date("2026-11-23T00:10"))
        try feed.respond(id, SurveySample.answers(9, 4), at: Sample.date("2026-11-30T00:30"))
        let trend = try feed.results(id).trend
        XCTAssertEqual(trend.map(\.week), ["2026-11-23", "2026-11-30"])
        XCTAssertEqual(trend.map(\.responses), [2, 1])
        XCTAssertEqual(trend.map(\.nps), [0, 100])
        XCTAssertEqual(trend.map(\.satisfaction), [3, 4])
    }

    func testCrossTabShowsHowEachGroupAnswered() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .surveys)
        let id = try feed.survey()
        try feed.respond(id, SurveySample.answers(10, 5, channel: "Radijas"))
        try feed.respond(id, SurveySample.answers(8, 3, channel: "Radijas"))
        try feed.respond(id, SurveySample.answers(2, 1, channel: "Facebook"))
        try feed.respond(id, SurveySample.answers(9, 4))
        let crossTab = try XCTUnwrap(try feed.results(id, by: "channel").crossTab)
        XCTAssertEqual(crossTab.by, "channel")
        XCTAssertEqual(crossTab.rows.map(\.value), [.string("Facebook"), .string("Radijas"), .string("Draugai")])
        XCTAssertEqual(crossTab.rows.map(\.responses), [1, 2, 0])
        let radio = crossTab.rows[1]
        XCTAssertEqual(radio.questions.map(\.id), ["recommend", "stars", "topics", "visits"])
        XCTAssertEqual(radio.questions[0].mean, 9)
        XCTAssertEqual(radio.questions[0].nps, 50)
        XCTAssertEqual(radio.questions[1].counts["5"], 1)
        XCTAssertEqual(radio.questions[1].counts["3"], 1)
        XCTAssertEqual(crossTab.rows[0].questions[0].nps, -100)
        XCTAssertNil(try feed.results(id).crossTab)
    }

    func testAResponseAppliedTwiceIsCountedOnce() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .surveys)
        let id = try feed.survey()
        let message = SurveyResponseAccepted(
            surveyId: id, responseId: UUID(), answers: SurveySample.answers(10, 5), respondent: nil, submittedAt: Date())
        try feed.apply(message)
        try feed.apply(message)
        let results = try feed.results(id)
        XCTAssertEqual(results.responses, 1)
        XCTAssertEqual(try results.question("recommend").answers, 1)
    }

    func testMessagesAboutAnUnknownSurveyAreRefused() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .surveys)
        let id = UUID()
        XCTAssertThrowsError(try feed.apply(SurveyClosed(surveyId: id))) { error in
            XCTAssertEqual(error as? SurveysReadModelError, .unknownSurvey(id, messageType: SurveyClosed.type))
        }
        XCTAssertThrowsError(try feed.respond(id, SurveySample.answers(9, 5))) { error in
            XCTAssertEqual(error as? SurveysReadModelError, .unknownSurvey(id, messageType: SurveyResponseAccepted.type))
        }
        let unknown = Envelope(type: "survey.deleted", version: 1, source: "surveys", seq: 9, occurredAt: Date(), payload: .object([:]))
        XCTAssertThrowsError(try fixture.database.writer.write { db in try GatewayReadModel.all.apply(unknown, in: db) })
    }
}
