import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewaySurveys

/// The surveys routes over a real read model: their JSON shapes, filters,
/// results, CSV, and the problems bad input and closed surveys get.
final class SurveysHTTPTests: XCTestCase {
    func testSurveyShowsEveryMemberOfItsShape() async throws {
        let id = UUID()
        let eventId = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in
                let details = SurveyDetails(titleLt: "", purpose: .eventFeedback, eventId: eventId, quota: 100)
                try MessageFeed(fixture.database, source: .surveys).survey("Atsiliepimai: Knygų mugė", id: id, details: details)
            },
            { client in
                try await client.execute(uri: "/api/v1/surveys/\(id.uuidString)", method: .get) { response in
                    XCTAssertEqual(response.status, .ok, response.text)
                    let body = try response.json()
                    XCTAssertEqual(
                        Set(body.keys),
                        [
                            "id", "titleLt", "titleEn", "purpose", "status", "eventId", "courseId", "sessionId", "campaignId",
                            "anonymous", "quota", "opensAt", "closesAt", "responses", "questions",
                        ])
                    XCTAssertEqual(body["titleLt"] as? String, "Atsiliepimai: Knygų mugė")
                    XCTAssertEqual(body["purpose"] as? String, "event-feedback")
                    XCTAssertEqual(body["status"] as? String, "open")
                    XCTAssertEqual(body["eventId"] as? String, eventId.uuidString)
                    XCTAssertTrue(body["courseId"] is NSNull)
                    XCTAssertEqual(body["quota"] as? Int, 100)
                    XCTAssertEqual(body["responses"] as? Int, 0)
                    let questions = try XCTUnwrap(body["questions"] as? [[String: Any]])
                    XCTAssertEqual(questions.map { $0["id"] as? String }, SurveySample.questions.map(\.id))
                    XCTAssertEqual(Set(questions[0].keys), ["id", "type", "textLt", "textEn", "required", "options"])
                    XCTAssertEqual(questions[2]["options"] as? [String], ["Facebook", "Radijas", "Draugai"])
                    XCTAssertEqual(questions[1]["type"] as? String, "star-rating")
                }
                let unknown = "/api/v1/surveys/\(UUID().uuidString)"
                try await client.execute(uri: unknown, method: .get) { response in
                    try response.problem(.notFound, code: "not-found", instance: unknown)
                }
            })
    }

    func testListFiltersAndSortsInLithuanianOrder() async throws {
        let eventId = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .surveys)
                try feed.survey("Žiūrovų apklausa")
                try feed.survey("Ąžuolyno lankytojų apklausa", status: .draft)
                try feed.survey("Atsiliepimai: paroda", details: SurveyDetails(titleLt: "", purpose: .eventFeedback, eventId: eventId))
                try feed.survey("Čiurlionio skaitymai", status: .closed)
            },
            { client in
                try await client.execute(uri: "/api/v1/surveys", method: .get) { response in
                    let body = try response.json()
                    XCTAssertEqual(body["total"] as? Int, 4)
                    XCTAssertEqual(body["limit"] as? Int, 50)
                    XCTAssertEqual(body["offset"] as? Int, 0)
                    let titles = (body["items"] as? [[String: Any]])?.compactMap { $0["titleLt"] as? String }
                    XCTAssertEqual(titles, ["Atsiliepimai: paroda", "Ąžuolyno lankytojų apklausa", "Čiurlionio skaitymai", "Žiūrovų apklausa"])
                }
                try await client.execute(uri: "/api/v1/surveys?eventId=\(eventId.uuidString)", method: .get) { response in
                    let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                    XCTAssertEqual(items.map { $0["titleLt"] as? String }, ["Atsiliepimai: paroda"])
                }
                try await client.execute(uri: "/api/v1/surveys?status=open,closed&purpose=public-opinion", method: .get) { response in
                    let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                    XCTAssertEqual(items.map { $0["titleLt"] as? String }, ["Čiurlionio skaitymai", "Žiūrovų apklausa"])
                }
                try await client.execute(uri: "/api/v1/surveys?q=azuolyno", method: .get) { response in
                    let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                    XCTAssertEqual(items.map { $0["titleLt"] as? String }, ["Ąžuolyno lankytojų apklausa"])
                }
                try await client.execute(uri: "/api/v1/surveys?limit=1&offset=1", method: .get) { response in
                    let body = try response.json()
                    XCTAssertEqual(body["total"] as? Int, 4)
                    XCTAssertEqual((body["items"] as? [[String: Any]])?.count, 1)
                }
                try await client.execute(uri: "/api/v1/surveys?status=done", method: .get) { response in
                    try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/surveys")
                }
                try await client.execute(uri: "/api/v1/surveys?eventId=renginys", method: .get) { response in
                    let body = try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/surveys")
                    XCTAssertEqual(body["parameter"] as? String, "eventId")
                }
            })
    }

    func testBadSurveysAndQuestionsAre422NamingTheFields() async throws {
        let draft = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in
                try MessageFeed(fixture.database, source: .surveys).survey(id: draft, status: .draft)
            },
            { client in
                try await client.execute(uri: "/api/v1/surveys", method: .post, body: .json("{}")) { response in
                    try response.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/surveys")
                    XCTAssertEqual(Set(try response.errorFields()), ["titleLt", "purpose"])
                }
                let badQuestion = """
                    {"titleLt":"Apklausa","purpose":"public-opinion","quota":0,
                     "questions":[{"id":"q1","type":"slider","textLt":"Kaip?"},{"id":"q2","type":"single-choice","textLt":"Kuris?","options":["Vienas"]}]}
                    """
                try await client.execute(uri: "/api/v1/surveys", method: .post, body: .json(badQuestion)) { response in
                    XCTAssertEqual(response.status, .unprocessableContent)
                    XCTAssertEqual(try response.errorFields(), ["questions[0].type"])
                }
                let badShape = """
                    {"titleLt":"Apklausa","purpose":"public-opinion","quota":0,
                     "questions":[{"id":"q2","type":"single-choice","textLt":"Kuris?","options":["Vienas"]}]}
                    """
                try await client.execute(uri: "/api/v1/surveys", method: .post, body: .json(badShape)) { response in
                    XCTAssertEqual(Set(try response.errorFields()), ["quota", "questions[0].options"])
                }
                let valid = """
                    {"titleLt":"Skaitytojų apklausa","purpose":"marketing-research","questions":[{"id":"q1","type":"nps","textLt":"Ar rekomenduotumėte?","required":true}]}
                    """
                try await client.execute(uri: "/api/v1/surveys", method: .post, body: .json(valid)) { response in
                    try response.problem(.serviceUnavailable, code: "unavailable", instance: "/api/v1/surveys")
                }
                let path = "/api/v1/surveys/\(draft.uuidString)"
                try await client.execute(uri: path + "/questions", method: .post, body: .json(#"{"id":"recommend","type":"nps","textLt":"Vėl?"}"#)) {
                    response in
                    try response.problem(.unprocessableContent, code: "invalid", instance: path + "/questions")
                    XCTAssertEqual(try response.errorFields(), ["id"])
                }
                try await client.execute(uri: path + "/questions", method: .post, body: .json(#"{"type":"likert"}"#)) { response in
                    XCTAssertEqual(Set(try response.errorFields()), ["id", "textLt"])
                }
                try await client.execute(uri: path + "/transitions", method: .post, body: .json(#"{"to":"archived"}"#)) { response in
                    let body = try response.problem(.unprocessableContent, code: "invalid", instance: path + "/transitions")
                    let error = try XCTUnwrap((body["errors"] as? [[String: Any]])?.first)
                    XCTAssertEqual(error["allowed"] as? [String], ["draft", "open", "closed"])
                }
            })
    }

    func testAnswersToClosedDraftAndFullSurveysAre409SayingWhy() async throws {
        let (draft, closed, full, ended) = (UUID(), UUID(), UUID(), UUID())
        try await GatewayHTTP.test(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .surveys)
                try feed.survey("Juodraštis", id: draft, status: .draft)
                try feed.survey("Uždaryta", id: closed, status: .closed)
                try feed.survey("Pilna", id: full, details: SurveyDetails(titleLt: "", purpose: .publicOpinion, quota: 1))
                try feed.respond(full, SurveySample.answers(9, 5))
                try feed.survey(
                    "Pasibaigusi", id: ended,
                    details: SurveyDetails(titleLt: "", purpose: .publicOpinion, closesAt: Date().addingTimeInterval(-60)))
            },
            { client in
                let answer = ByteBuffer.json(#"{"answers":{"recommend":9,"stars":5}}"#)
                for (id, code) in [(draft, "survey-not-open"), (closed, "survey-closed"), (full, "survey-full"), (ended, "survey-closed")] {
                    let path = "/api/v1/surveys/\(id.uuidString)/responses"
                    try await client.execute(uri: path, method: .post, body: answer) { response in
                        let body = try response.problem(.conflict, code: code, instance: path)
                        XCTAssertEqual(body["reason"] as? String, String(code.dropFirst("survey-".count)))
                    }
                }
                try await client.execute(uri: "/api/v1/surveys/\(UUID().uuidString)/responses", method: .post, body: answer) { response in
                    XCTAssertEqual(response.status, .notFound)
                }
            })
    }

    func testWrongAnswersAre422NamingTheQuestion() async throws {
        let id = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in try MessageFeed(fixture.database, source: .surveys).survey(id: id) },
            { client in
                let path = "/api/v1/surveys/\(id.uuidString)/responses"
                let cases: [(String, [String])] = [
                    (#"{"answers":{"stars":5}}"#, ["answers.recommend"]),
                    (#"{"answers":{"recommend":11,"stars":5}}"#, ["answers.recommend"]),
                    (#"{"answers":{"recommend":9,"stars":"five"}}"#, ["answers.stars"]),
                    (#"{"answers":{"recommend":9,"stars":5,"channel":"TV"}}"#, ["answers.channel"]),
                    (#"{"answers":{"recommend":9,"stars":5,"topics":["Parodos",3]}}"#, ["answers.topics"]),
                    (#"{"answers":{"recommend":9,"stars":5,"topics":"Parodos"}}"#, ["answers.topics"]),
                    (#"{"answers":{"recommend":9,"stars":5,"colour":"mėlyna"}}"#, ["answers.colour"]),
                    (#"{"answers":{}}"#, ["answers.recommend", "answers.stars"]),
                    (#"{"respondent":{"name":"Ona"}}"#, ["answers"]),
                ]
                for (body, fields) in cases {
                    try await client.execute(uri: path, method: .post, body: .json(body)) { response in
                        try response.problem(.unprocessableContent, code: "invalid", instance: path)
                        XCTAssertEqual(try response.errorFields(), fields, body)
                    }
                }
                let valid = #"{"answers":{"recommend":0,"stars":1,"topics":["Parodos","Mokymai"],"comment":"Puiku","visits":null}}"#
                try await client.execute(uri: path, method: .post, body: .json(valid)) { response in
                    try response.problem(.serviceUnavailable, code: "unavailable", instance: path)
                }
            })
    }

    func testResultsRouteGivesFiguresAndACrossTabOnRequest() async throws {
        let id = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .surveys)
                try feed.survey(id: id)
                try feed.respond(id, SurveySample.answers(10, 5, channel: "Radijas"))
                try feed.respond(id, SurveySample.answers(9, 4, channel: "Radijas"))
                try feed.respond(id, SurveySample.answers(3, 4, channel: "Facebook"))
            },
            { client in
                let path = "/api/v1/surveys/\(id.uuidString)/results"
                try await client.execute(uri: path, method: .get) { response in
                    XCTAssertEqual(response.status, .ok, response.text)
                    let body = try response.json()
                    XCTAssertEqual(body["responses"] as? Int, 3)
                    XCTAssertEqual(number(body["nps"]), 33.3)
                    XCTAssertEqual(number(body["satisfaction"]), 4.33)
                    XCTAssertTrue(body["crossTab"] is NSNull)
                    let questions = try XCTUnwrap(body["questions"] as? [[String: Any]])
                    XCTAssertEqual(number(questions.first?["median"]), 9)
                    XCTAssertEqual((body["trend"] as? [[String: Any]])?.first?["responses"] as? Int, 3)
                }
                try await client.execute(uri: path + "?by=channel", method: .get) { response in
                    let crossTab = try XCTUnwrap(try response.json()["crossTab"] as? [String: Any])
                    XCTAssertEqual(crossTab["by"] as? String, "channel")
                    let rows = try XCTUnwrap(crossTab["rows"] as? [[String: Any]])
                    XCTAssertEqual(rows.map { $0["value"] as? String }, ["Facebook", "Radijas", "Draugai"])
                    XCTAssertEqual(rows.map { $0["responses"] as? Int }, [1, 2, 0])
                }
                try await client.execute(uri: path + "?by=comment", method: .get) { response in
                    let body = try response.problem(.badRequest, code: "bad-query-parameter", instance: path)
                    XCTAssertEqual(body["parameter"] as? String, "by")
                }
            })
    }

    func testResponsesExportAsRFC4180CSVWithLithuanianIntact() async throws {
        let id = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .surveys)
                try feed.survey(id: id, details: SurveyDetails(titleLt: "", purpose: .publicOpinion, anonymous: false))
                var answers = SurveySample.answers(10, 5, channel: "Radijas")
                answers["topics"] = .choices(["Parodos", "Knygų pristatymai"])
                answers["comment"] = .text("Labai gerai, ačiū!\nDar norėčiau \"Žemaitės\" vakaro")
                try feed.respond(
                    id, answers, at: Sample.date("2026-12-01T18:30"), respondent: Respondent(name: "Ona Žemaitė", email: "ona@example.lt"))
                try feed.respond(id, SurveySample.answers(7.0, 3), at: Sample.date("2026-12-02T09:00"))
            },
            { client in
                try await client.execute(uri: "/api/v1/surveys/\(id.uuidString)/responses.csv", method: .get) { response in
                    XCTAssertEqual(response.status, .ok)
                    XCTAssertEqual(response.headers[.contentType], "text/csv; charset=utf-8; header=present")
                    let text = response.text
                    let lines = text.components(separatedBy: "\r\n")
                    XCTAssertEqual(lines.first, "\u{FEFF}responseId,submittedAt,name,email,recommend,stars,channel,topics,visits,comment")
                    XCTAssertTrue(
                        lines[1].hasSuffix(
                            ",2026-12-01T18:30:00+02:00,Ona Žemaitė,ona@example.lt,10,5,Radijas,Parodos; Knygų pristatymai,,\"Labai gerai, ačiū!\nDar norėčiau \"\"Žemaitės\"\" vakaro\""
                        ),
                        lines[1])
                    XCTAssertTrue(lines[2].hasSuffix(",2026-12-02T09:00:00+02:00,,,7,3,,,,"), lines[2])
                    XCTAssertEqual(lines.last, "")
                    XCTAssertEqual(lines.count, 4)
                }
            })
    }

    func testEventViewHasFeedbackOrNull() async throws {
        let (heldId, otherId) = (UUID(), UUID())
        let surveyId = UUID(derivedFrom: "surveys:event-feedback:\(heldId)")
        try await GatewayHTTP.test(
            seed: { fixture in
                try fixture.apply(EventProposed(eventId: heldId, details: Sample.details("Paroda")))
                try fixture.apply(
                    EventProposed(eventId: otherId, details: Sample.details("Kita paroda", starts: "2026-12-02T18:00", ends: "2026-12-02T20:00")))
                let feed = MessageFeed(fixture.database, source: .surveys)
                try feed.survey("Atsiliepimai: Paroda", id: surveyId, details: SurveyDetails(titleLt: "", purpose: .eventFeedback, eventId: heldId))
                try feed.apply(
                    SurveyResultsUpdated(
                        surveyId: surveyId, purpose: .eventFeedback, eventId: heldId, responses: 3, nps: 100.0 / 3, satisfaction: 4.5))
            },
            { client in
                try await client.execute(uri: "/api/v1/events/\(heldId.uuidString)", method: .get) { response in
                    let feedback = try XCTUnwrap(try response.json()["feedback"] as? [String: Any], response.text)
                    XCTAssertEqual(feedback["surveyId"] as? String, surveyId.uuidString)
                    XCTAssertEqual(feedback["responses"] as? Int, 3)
                    XCTAssertEqual(number(feedback["nps"]), 33.3)
                    XCTAssertEqual(number(feedback["satisfaction"]), 4.5)
                }
                try await client.execute(uri: "/api/v1/events/\(otherId.uuidString)", method: .get) { response in
                    XCTAssertTrue(try response.json()["feedback"] is NSNull, response.text)
                }
                try await client.execute(uri: "/api/v1/events", method: .get) { response in
                    let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                    XCTAssertEqual(items.count, 2)
                    XCTAssertNotNil(items.first { ($0["id"] as? String) == heldId.uuidString }?["feedback"] as? [String: Any])
                }
            })
    }
}

/// A JSON number as `JSONSerialization` gives it, as a `Double`.
private func number(_ value: Any?) -> Double? { (value as? NSNumber)?.doubleValue }
