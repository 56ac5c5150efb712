import Foundation
import XCTest

/// An event held opens its feedback survey with no further command; three
/// answers through the gateway give the event the NPS a hand calculation gives.
final class SurveysFlowTests: XCTestCase {
    func testEventHeldOpensFeedbackSurveyAndItsNPSShowsOnTheEvent() async throws {
        let system = try SystemUnderTest(extraEnvironment: SystemUnderTest.surveysEnvironment)
        defer { system.stopAll() }
        try await system.startEventsSurveysAndGateway()
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

    func testStaffCreateOpenAndAnswerAPollThroughTheGateway() async throws {
        let system = try SystemUnderTest(extraEnvironment: SystemUnderTest.surveysEnvironment)
        defer { system.stopAll() }
        try await system.startEventsSurveysAndGateway()
        let http = system.http

        let created = try await http.send(
            .post, "/api/v1/surveys",
            json: [
                "titleLt": "Skaitytojų nuomonės apklausa", "titleEn": "Readers' opinion poll", "purpose": "public-opinion",
                "anonymous": false, "quota": 2, "closesAt": "2030-01-01T00:00:00+02:00",
                "questions": [
                    [
                        "id": "channel", "type": "single-choice", "textLt": "Iš kur sužinojote?", "required": true,
                        "options": ["Žiniasklaida", "Socialiniai tinklai"],
                    ]
                ],
            ])
        XCTAssertEqual(created.status, 201, created.text)
        let id = try XCTUnwrap(created.json?["id"] as? String)
        XCTAssertEqual(created.headers[.location], "/api/v1/surveys/\(id)")
        XCTAssertEqual(created.json?["status"] as? String, "draft")
        XCTAssertEqual(created.json?["closesAt"] as? String, "2030-01-01T00:00:00+02:00")

        let early = try await http.send(.post, "/api/v1/surveys/\(id)/responses", json: ["answers": ["channel": "Žiniasklaida"]])
        XCTAssertEqual(early.status, 409, early.text)
        XCTAssertEqual(early.json?["reason"] as? String, "not-open")

        let added = try await http.send(
            .post, "/api/v1/surveys/\(id)/questions",
            json: [
                "id": "stars", "type": "star-rating", "textLt": "Kaip vertinate biblioteką?", "required": true,
            ])
        XCTAssertEqual(added.status, 201, added.text)
        XCTAssertEqual((added.json?["questions"] as? [[String: Any]])?.map { $0["id"] as? String }, ["channel", "stars"])
        let opened = try await http.send(.post, "/api/v1/surveys/\(id)/transitions", json: ["to": "open"])
        XCTAssertEqual(opened.status, 200, opened.text)
        XCTAssertEqual(opened.json?["status"] as? String, "open")
        let again = try await http.send(
            .post, "/api/v1/surveys/\(id)/questions",
            json: [
                "id": "late", "type": "free-text", "textLt": "Per vėlu?",
            ])
        XCTAssertEqual(again.status, 409, again.text)

        for (channel, stars, name) in [("Žiniasklaida", 5, "Ona Žemaitė"), ("Socialiniai tinklai", 4, "Jonas Ąžuolas")] {
            let posted = try await http.send(
                .post, "/api/v1/surveys/\(id)/responses",
                json: [
                    "answers": ["channel": channel, "stars": stars],
                    "respondent": ["name": name, "email": "skaitytojas@example.lt"],
                ])
            XCTAssertEqual(posted.status, 201, posted.text)
        }
        let full = try await http.send(.post, "/api/v1/surveys/\(id)/responses", json: ["answers": ["channel": "Žiniasklaida", "stars": 3]])
        XCTAssertEqual(full.status, 409, full.text)
        XCTAssertEqual(full.json?["reason"] as? String, "full")

        let results = try await http.get("/api/v1/surveys/\(id)/results?by=channel")
        XCTAssertEqual(results.status, 200, results.text)
        XCTAssertEqual(results.json?["responses"] as? Int, 2)
        XCTAssertEqual((results.json?["satisfaction"] as? NSNumber)?.doubleValue, 4.5)
        let rows = (results.json?["crossTab"] as? [String: Any])?["rows"] as? [[String: Any]]
        XCTAssertEqual(rows?.map { $0["responses"] as? Int }, [1, 1])
        let csv = try await http.get("/api/v1/surveys/\(id)/responses.csv")
        XCTAssertTrue(csv.text.hasPrefix("\u{FEFF}responseId,submittedAt,name,email,channel,stars\r\n"), csv.text)
        XCTAssertTrue(csv.text.contains(",Jonas Ąžuolas,skaitytojas@example.lt,Socialiniai tinklai,4\r\n"), csv.text)
        let listed = try await http.get("/api/v1/surveys?q=nuomones&status=open")
        XCTAssertEqual((listed.json?["items"] as? [[String: Any]])?.map { $0["id"] as? String }, [id])
        system.removeFolder()
    }
}
