import Foundation
import XCTest

/// An event held opens its feedback survey with no further command; three
/// answers through the gateway give the event the NPS a hand calculation gives.
final class SurveysFlowTests: XCTestCase {
    func testEventHeldOpensFeedbackSurveyAndItsNPSShowsOnTheEvent() async throws {
        let system = try SystemUnderTest(extraEnvironment: [
            "KOMUNIKA_GATEWAY_SOURCES": "events,surveys",
            // No training service runs here: surveys reacts to events only.
            "KOMUNIKA_SURVEYS_SOURCES": "events",
        ])
        defer { system.stopAll() }
        try system.start("komunika-events")
        try system.start("komunika-surveys")
        try system.start("komunika-gateway")
        try await system.waitUntilReady()
        let http = system.http

        let title = "Paroda „Žemaičių knygos“"
        let created = try await http.send(.post, "/api/v1/events", json: Fixtures.event(title: title, day: 3, type: "exhibition"))
        XCTAssertEqual(created.status, 201, created.text)
        let eventId = try XCTUnwrap(created.json?["id"] as? String)
        for status in ["approved", "scheduled", "held"] {
            let moved = try await http.send(.post, "/api/v1/events/\(eventId)/transitions", json: ["to": status])
            XCTAssertEqual(moved.status, 200, moved.text)
        }

        var survey: [String: Any]?
        let opened = await eventually(timeout: .seconds(60)) {
            let list = try? await http.get("/api/v1/surveys?eventId=\(eventId)")
            survey = (list?.json?["items"] as? [[String: Any]])?.first
            return survey?["status"] as? String == "open"
        }
        XCTAssertTrue(opened, "no feedback survey opened; surveys log:\n\(system.log(of: "komunika-surveys").suffix(3000))")
        let surveyId = try XCTUnwrap(survey?["id"] as? String)
        XCTAssertEqual(survey?["titleLt"] as? String, "Atsiliepimai: \(title)")
        XCTAssertEqual(survey?["purpose"] as? String, "event-feedback")
        XCTAssertEqual((survey?["questions"] as? [[String: Any]])?.map { $0["id"] as? String }, ["recommend", "satisfaction", "comment"])

        let event = try await http.get("/api/v1/events/\(eventId)")
        let feedback = try XCTUnwrap(event.json?["feedback"] as? [String: Any], event.text)
        XCTAssertEqual(feedback["surveyId"] as? String, surveyId)
        XCTAssertEqual(feedback["responses"] as? Int, 0)
        XCTAssertTrue(feedback["nps"] is NSNull)

        let answers: [[String: Any]] = [
            ["recommend": 10, "satisfaction": 5, "comment": "Puiku, ačiū!"],
            ["recommend": 9, "satisfaction": 4],
            ["recommend": 3, "satisfaction": 2, "comment": "Per mažai vietų"],
        ]
        for answer in answers {
            let posted = try await http.send(.post, "/api/v1/surveys/\(surveyId)/responses", json: ["answers": answer])
            XCTAssertEqual(posted.status, 201, posted.text)
            XCTAssertNotNil(posted.json?["id"] as? String)
        }
        let wrong = try await http.send(.post, "/api/v1/surveys/\(surveyId)/responses", json: ["answers": ["recommend": 12, "satisfaction": 5]])
        XCTAssertEqual(wrong.status, 422, wrong.text)
        XCTAssertEqual((wrong.json?["errors"] as? [[String: Any]])?.first?["field"] as? String, "answers.recommend")

        // By hand: 2 promoters (10, 9), 1 detractor (3) of 3: (2 − 1) / 3 · 100 = 33.3; satisfaction (5 + 4 + 2) / 3 = 3.67.
        let handNPS = ((2.0 - 1.0) / 3.0 * 100 * 10).rounded() / 10
        let after = try await http.get("/api/v1/events/\(eventId)")
        let shown = try XCTUnwrap(after.json?["feedback"] as? [String: Any], after.text)
        XCTAssertEqual(shown["responses"] as? Int, 3)
        XCTAssertEqual((shown["nps"] as? NSNumber)?.doubleValue, handNPS)
        XCTAssertEqual((shown["satisfaction"] as? NSNumber)?.doubleValue, 3.67)

        let results = try await http.get("/api/v1/surveys/\(surveyId)/results")
        XCTAssertEqual(results.status, 200, results.text)
        XCTAssertEqual((results.json?["nps"] as? NSNumber)?.doubleValue, handNPS)
        let csv = try await http.get("/api/v1/surveys/\(surveyId)/responses.csv")
        XCTAssertEqual(csv.text.components(separatedBy: "\r\n").count, 5, csv.text)
        XCTAssertTrue(csv.text.contains("Puiku, ačiū!"))

        let closed = try await http.send(.post, "/api/v1/surveys/\(surveyId)/transitions", json: ["to": "closed"])
        XCTAssertEqual(closed.status, 200, closed.text)
        let late = try await http.send(.post, "/api/v1/surveys/\(surveyId)/responses", json: ["answers": answers[0]])
        XCTAssertEqual(late.status, 409, late.text)
        XCTAssertEqual(late.json?["reason"] as? String, "closed")
        system.removeFolder()
    }
}
