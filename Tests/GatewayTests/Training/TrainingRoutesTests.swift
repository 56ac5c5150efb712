import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewayTraining

final class TrainingRoutesTests: XCTestCase {
    func testCourseListFiltersByTopicAndWordsWithoutDiacriticsInLithuanianOrder() async throws {
        let seed: (ReadModelFixture) throws -> Void = { fixture in
            let feed = MessageFeed(fixture.database, source: .training)
            try feed.apply(CourseCreated(courseId: UUID(), details: TrainingSample.course("Žiniasklaidos stebėsena")))
            try feed.apply(CourseCreated(courseId: UUID(), details: TrainingSample.course("Čiurlionio metų renginiai", topic: .eventsAndExhibitions)))
            try feed.apply(CourseCreated(courseId: UUID(), details: TrainingSample.course("Ryšiai su žiniasklaida")))
            try feed.apply(
                CourseCreated(
                    courseId: UUID(), details: TrainingSample.course("Apie rinkodarą", topic: .marketing, description: "Socialiniai tinklai")))
        }
        try await GatewayHTTP.test(seed: seed) { client in
            try await client.execute(uri: "/api/v1/courses", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let body = try response.json()
                let titles = (body["items"] as? [[String: Any]])?.compactMap { $0["titleLt"] as? String }
                XCTAssertEqual(titles, ["Apie rinkodarą", "Čiurlionio metų renginiai", "Ryšiai su žiniasklaida", "Žiniasklaidos stebėsena"])
                XCTAssertEqual(body["total"] as? Int, 4)
                XCTAssertEqual(body["limit"] as? Int, 50)
                XCTAssertEqual(body["offset"] as? Int, 0)
                let first = try XCTUnwrap((body["items"] as? [[String: Any]])?.first)
                XCTAssertTrue(first["feedback"] is NSNull, "feedback is null before any survey")
                XCTAssertEqual(first["topic"] as? String, "marketing")
            }
            try await client.execute(uri: "/api/v1/courses?q=ziniasklaid&topic=media-relations", method: .get) { response in
                let titles = (try response.json()["items"] as? [[String: Any]])?.compactMap { $0["titleLt"] as? String }
                XCTAssertEqual(titles, ["Ryšiai su žiniasklaida", "Žiniasklaidos stebėsena"])
            }
            try await client.execute(uri: "/api/v1/courses?q=socialin", method: .get) { response in
                XCTAssertEqual(try response.json()["total"] as? Int, 1)
            }
            try await client.execute(uri: "/api/v1/courses?limit=1&offset=1", method: .get) { response in
                let body = try response.json()
                XCTAssertEqual((body["items"] as? [[String: Any]])?.compactMap { $0["titleLt"] as? String }, ["Čiurlionio metų renginiai"])
                XCTAssertEqual(body["total"] as? Int, 4)
            }
            try await client.execute(uri: "/api/v1/courses?topic=cooking", method: .get) { response in
                let body = try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/courses")
                XCTAssertEqual(body["allowed"] as? [String], TrainingTopic.allCases.map(\.rawValue))
            }
        }
    }

    func testACourseShowsItsFeedbackFromSurveys() async throws {
        let course = UUID()
        let seed: (ReadModelFixture) throws -> Void = { fixture in
            let feed = MessageFeed(fixture.database, source: .training)
            try feed.scenario(course: course)
            try feed.apply(
                SurveyResultsUpdated(
                    surveyId: UUID(), purpose: .trainingFeedback, courseId: course, sessionId: UUID(), responses: 3,
                    nps: 100.0 / 3, satisfaction: 14.0 / 3),
                from: .surveys)
        }
        try await GatewayHTTP.test(seed: seed) { client in
            try await client.execute(uri: "/api/v1/courses/\(course.uuidString)", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                let body = try response.json()
                let feedback = try XCTUnwrap(body["feedback"] as? [String: Any])
                XCTAssertEqual(feedback["responses"] as? Int, 3)
                XCTAssertEqual(feedback["nps"] as? Double, 100.0 / 3, "one survey's figure, exactly")
                XCTAssertEqual(feedback["satisfaction"] as? Double, 14.0 / 3)
                let sessions = try XCTUnwrap(body["sessions"] as? [String: Any])
                XCTAssertEqual(["planned", "completed", "cancelled"].map { sessions[$0] as? Int }, [1, 0, 0])
            }
            let unknown = "/api/v1/courses/\(UUID().uuidString)"
            try await client.execute(uri: unknown, method: .get) { response in
                try response.problem(.notFound, code: "not-found", instance: unknown)
            }
        }
    }

    func testSessionsEnrolmentsAndCertificates() async throws {
        let course = UUID()
        let session = UUID()
        let survey = UUID()
        let seed: (ReadModelFixture) throws -> Void = { fixture in
            let feed = MessageFeed(fixture.database, source: .training)
            let ids = try feed.scenario(course: course, session: session, capacity: 2, trainees: ["Ona", "Jonas", "Aldona"])
            try feed.apply(TrainingAttendanceRecorded(enrolmentId: ids[0], sessionId: session, attendance: .present))
            try feed.apply(TrainingAttendanceRecorded(enrolmentId: ids[1], sessionId: session, attendance: .absent))
            try feed.apply(
                TrainingSessionCompleted(
                    sessionId: session, courseId: course, courseTitleLt: "Ryšiai su žiniasklaida",
                    endedAt: Sample.date("2026-12-03T16:00"), presentEnrolmentIds: [ids[0]]))
            try feed.apply(
                TrainingSample.certificate(
                    code: "K7M2P9Q4R8ST", name: "Ona", enrolment: ids[0], session: session, course: course))
            try feed.apply(TrainingFeedbackSurveyLinked(sessionId: session, courseId: course, surveyId: survey))
        }
        try await GatewayHTTP.test(seed: seed) { client in
            try await client.execute(uri: "/api/v1/courses/\(course.uuidString)/sessions", method: .get) { response in
                let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                XCTAssertEqual(items.compactMap { $0["id"] as? String }, [session.uuidString])
            }
            try await client.execute(uri: "/api/v1/sessions/\(session.uuidString)", method: .get) { response in
                let body = try response.json()
                XCTAssertEqual(body["status"] as? String, "completed")
                XCTAssertEqual(body["feedbackSurveyId"] as? String, survey.uuidString)
                XCTAssertEqual(body["startsAt"] as? String, "2026-12-03T10:00:00+02:00")
                XCTAssertEqual(body["courseTitleLt"] as? String, "Ryšiai su žiniasklaida")
                let counts = try XCTUnwrap(body["enrolments"] as? [String: Any])
                XCTAssertEqual(["accepted", "waitlisted"].map { counts[$0] as? Int }, [2, 1])
                XCTAssertEqual((body["place"] as? [String: Any])?["summary"] as? String, "Gedimino pr. 51, Vilnius")
            }
            try await client.execute(uri: "/api/v1/sessions/\(session.uuidString)/enrolments", method: .get) { response in
                let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                XCTAssertEqual(items.compactMap { $0["name"] as? String }, ["Ona", "Jonas", "Aldona"])
                XCTAssertEqual(items.map { $0["attendance"] as? String ?? "null" }, ["present", "absent", "null"])
                XCTAssertEqual(items.last?["position"] as? Int, 1)
                XCTAssertEqual(items.first?["municipality"] as? String, "Šiaulių miesto savivaldybė")
            }
            try await client.execute(uri: "/api/v1/sessions/\(session.uuidString)/enrolments?status=waitlisted", method: .get) { response in
                XCTAssertEqual(try response.json()["total"] as? Int, 1)
            }
            try await client.execute(uri: "/api/v1/sessions/\(session.uuidString)/certificates", method: .get) { response in
                let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                XCTAssertEqual(items.compactMap { $0["code"] as? String }, ["K7M2P9Q4R8ST"])
            }
            try await client.execute(uri: "/api/v1/certificates/k7m2-p9q4-r8st", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                let body = try response.json()
                XCTAssertEqual(body["code"] as? String, "K7M2P9Q4R8ST")
                XCTAssertEqual(body["valid"] as? Bool, true)
                XCTAssertEqual(body["name"] as? String, "Ona")
                XCTAssertEqual(body["institution"] as? String, "Šiaulių apskrities Povilo Višinskio viešoji biblioteka")
                XCTAssertEqual(body["courseTitleLt"] as? String, "Ryšiai su žiniasklaida")
                XCTAssertEqual(body["sessionDate"] as? String, "2026-12-03")
                XCTAssertEqual(body["issuedAt"] as? String, "2026-12-03T16:30:00+02:00")
                XCTAssertEqual(Set(body.keys), ["code", "valid", "name", "institution", "courseTitleLt", "sessionDate", "issuedAt"])
            }
            try await client.execute(uri: "/api/v1/certificates/ZZZZZZZZZZZZ", method: .get) { response in
                try response.problem(.notFound, code: "not-found", instance: "/api/v1/certificates/ZZZZZZZZZZZZ")
            }
            for path in ["/api/v1/sessions/\(UUID().uuidString)", "/api/v1/sessions/nope/enrolments"] {
                try await client.execute(uri: path, method: .get) { response in
                    try response.problem(.notFound, code: "not-found", instance: path)
                }
            }
        }
    }

    func testBadBodiesAre422NamingTheFields() async throws {
        let course = UUID().uuidString
        let session = UUID().uuidString
        let enrolment = UUID().uuidString
        let cases: [(String, HTTPRequest.Method, String, [String])] = [
            ("/api/v1/courses", .post, #"{"titleEn":"PR"}"#, ["titleLt", "topic"]),
            ("/api/v1/courses", .post, #"{"titleLt":"Viešieji ryšiai","topic":"cooking"}"#, ["topic"]),
            ("/api/v1/courses/\(course)", .patch, #"{}"#, [""]),
            ("/api/v1/courses/\(course)", .patch, #"{"titleLt":"  "}"#, ["titleLt"]),
            (
                "/api/v1/courses/\(course)/sessions", .post,
                #"{"startsAt":"2026-12-03T16:00","endsAt":"2026-12-03T10:00","place":{"kind":"online"},"capacity":0}"#,
                ["endsAt", "place.url", "capacity", "trainer"]
            ),
            (
                "/api/v1/courses/\(course)/sessions", .post,
                #"{"startsAt":"rytoj","endsAt":"2026-12-03T10:00","place":{"kind":"lithuania"},"capacity":5,"trainer":"Ona"}"#,
                ["startsAt", "place.city"]
            ),
            (
                "/api/v1/sessions/\(session)/enrolments", .post,
                #"{"name":"Ona","institution":"Biblioteka","email":"ona@biblioteka"}"#, ["municipality", "email"]
            ),
            ("/api/v1/sessions/\(session)/enrolments/\(enrolment)/attendance", .put, #"{"attendance":"late"}"#, ["attendance"]),
            ("/api/v1/sessions/\(session)/transitions", .post, #"{"to":"held"}"#, ["to"]),
            ("/api/v1/sessions/\(session)/transitions", .post, #"{"to":5}"#, ["to"]),
        ]
        try await GatewayHTTP.test { client in
            for (path, method, body, fields) in cases {
                try await client.execute(uri: path, method: method, body: .json(body)) { response in
                    try response.problem(.unprocessableContent, code: "invalid", instance: path)
                    XCTAssertEqual(try response.errorFields(), fields, "\(method) \(path) \(body)")
                }
            }
            try await client.execute(uri: "/api/v1/courses", method: .post, body: .json("{nope")) { response in
                try response.problem(.badRequest, code: "malformed-body", instance: "/api/v1/courses")
            }
        }
    }

    func testGoodWritesWithoutTheTrainingServiceAre503() async throws {
        try await GatewayHTTP.test { client in
            let body = #"{"titleLt":"Viešieji ryšiai","topic":"public-relations"}"#
            try await client.execute(uri: "/api/v1/courses", method: .post, body: .json(body)) { response in
                try response.problem(.serviceUnavailable, code: "unavailable", instance: "/api/v1/courses")
            }
            try await client.execute(uri: "/api/v1/courses", method: .delete) { response in
                XCTAssertEqual(response.status, .methodNotAllowed)
                XCTAssertEqual(response.headers[.allow], "GET, POST, HEAD")
            }
        }
    }
}
