import Foundation
import KomunikaTesting
import XCTest

/// A person's data under the GDPR with every executable running: Julija
/// registers for an event, enrols in a training session, answers a survey
/// with her contact details and is a media contact; `komunikactl people
/// export` shows all of it, `people erase` removes her address and name from
/// every SQLite file of every service and of the gateway (WAL and shared
/// memory included) and from every other file under data/ (the mails
/// komunika-mail wrote to data/mail/), and every count and result the API
/// shows is unchanged.
final class PeopleErasureTests: XCTestCase {
    let fullName = "Julija Žemaitė"
    let email = "julija.zemaite@example.lt"

    func testErasureLeavesNoAddressOrNameInAnyFileAndKeepsEveryCount() async throws {
        let system = try SystemUnderTest.whole()
        defer { system.stopAll() }
        try await system.startAll()
        let http = system.http

        // An event of one place: Julija takes it, Petras waits.
        let event = try await http.send(.post, "/api/v1/events", json: Fixtures.event(title: "Poezijos vakaras", day: 12, capacity: 1))
        XCTAssertEqual(event.status, 201, event.text)
        let eventId = try XCTUnwrap(event.json?["id"] as? String)
        for status in ["approved", "scheduled"] {
            let moved = try await http.send(.post, "/api/v1/events/\(eventId)/transitions", json: ["to": status])
            XCTAssertEqual(moved.status, 200, moved.text)
        }
        for (person, address) in [(fullName, email), ("Petras Kalvis", "petras.kalvis@example.lt")] {
            let registered = try await http.send(
                .post, "/api/v1/events/\(eventId)/registrations",
                json: ["name": person, "email": address, "organisation": "Šiaulių apskrities biblioteka"])
            XCTAssertEqual(registered.status, 201, registered.text)
        }

        // A training session: Julija and another librarian enrol.
        let course = try await http.send(
            .post, "/api/v1/courses",
            json: ["titleLt": "Renginių komunikacija", "description": "Kaip kviesti į renginius.", "topic": "events-and-exhibitions"])
        XCTAssertEqual(course.status, 201, course.text)
        let courseId = try XCTUnwrap(course.json?["id"] as? String)
        let session = try await http.send(
            .post, "/api/v1/courses/\(courseId)/sessions",
            json: [
                "startsAt": "2027-03-10T10:00", "endsAt": "2027-03-10T15:00",
                "place": ["kind": "lithuania", "city": "Šiauliai", "address": "Aušros al. 62"], "capacity": 5,
                "trainer": "Rūta Petraitė",
            ])
        XCTAssertEqual(session.status, 201, session.text)
        let sessionId = try XCTUnwrap(session.json?["id"] as? String)
        for (person, address) in [(fullName, email), ("Aldona Čepaitė", "aldona@siauliai.lt")] {
            let enrolled = try await http.send(
                .post, "/api/v1/sessions/\(sessionId)/enrolments",
                json: [
                    "name": person, "institution": "Šiaulių apskrities Povilo Višinskio viešoji biblioteka",
                    "municipality": "Šiaulių miesto savivaldybė", "email": address,
                ])
            XCTAssertEqual(enrolled.status, 201, enrolled.text)
        }

        // A survey that asks who answers: Julija and Petras answer.
        let survey = try await http.send(
            .post, "/api/v1/surveys",
            json: [
                "titleLt": "Renginio vertinimas", "purpose": "public-opinion", "anonymous": false,
                "questions": [["id": "stars", "type": "star-rating", "textLt": "Kaip vertinate renginį?", "required": true]],
            ])
        XCTAssertEqual(survey.status, 201, survey.text)
        let surveyId = try XCTUnwrap(survey.json?["id"] as? String)
        let opened = try await http.send(.post, "/api/v1/surveys/\(surveyId)/transitions", json: ["to": "open"])
        XCTAssertEqual(opened.status, 200, opened.text)
        for (person, address, stars) in [(fullName, email, 5), ("Petras Kalvis", "petras.kalvis@example.lt", 3)] {
            let answered = try await http.send(
                .post, "/api/v1/surveys/\(surveyId)/responses",
                json: ["answers": ["stars": stars], "respondent": ["name": person, "email": address]])
            XCTAssertEqual(answered.status, 201, answered.text)
        }

        // Julija is also a media contact.
        let contact = try await http.send(
            .post, "/api/v1/contacts",
            json: ["kind": "journalist", "name": fullName, "organisation": "Šiaulių kraštas", "email": email, "topics": ["kultūra"]])
        XCTAssertEqual(contact.status, 201, contact.text)
        try await system.waitUntilSettled()

        let before = try await figures(http, eventId: eventId, sessionId: sessionId, surveyId: surveyId)
        XCTAssertEqual(before.registrations, ["accepted": 1, "waitlisted": 1])
        XCTAssertEqual(before.enrolments, ["accepted": 2, "waitlisted": 0])
        XCTAssertEqual(before.surveyResponses, 2)
        XCTAssertEqual(try SQLiteTraces.filesContaining(email, in: system.dataFolder).isEmpty, false)
        // No relay is set: komunika-mail writes each mail to data/mail/ (her registration's and enrolment's).
        let mailed = try await eventually(timeout: .seconds(20)) {
            (try? SQLiteTraces.anyFilesContaining(self.email, under: system.dataFolder))?.filter { $0.hasPrefix("mail/") }.count == 2
        }
        let filesWithHerAddress = try SQLiteTraces.anyFilesContaining(email, under: system.dataFolder)
        XCTAssertTrue(mailed, "\(filesWithHerAddress)")
        let othersMails = try SQLiteTraces.anyFilesContaining("petras.kalvis@example.lt", under: system.dataFolder)
            .filter { $0.hasPrefix("mail/") }
        XCTAssertEqual(othersMails.count, 1, "Petras's waiting-list mail")

        let export = try system.komunikactl(["people", "export", "Julija.Zemaite@Example.LT"])
        XCTAssertEqual(export.status, 0, export.error)
        let document = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any])
        XCTAssertEqual(document["email"] as? String, email)
        XCTAssertNil(document["unanswered"], export.output)
        let services = try XCTUnwrap(document["services"] as? [String: [String: Any]])
        XCTAssertEqual(
            Set(services.keys), ["events", "campaigns", "media-relations", "brand", "training", "surveys", "mail", "gateway"])
        XCTAssertEqual(names(services["events"]?["registrations"]), [fullName])
        XCTAssertEqual(names(services["training"]?["enrolments"]), [fullName])
        XCTAssertEqual(names(services["surveys"]?["responses"], key: "respondentName"), [fullName])
        XCTAssertEqual(names(services["media-relations"]?["contacts"]), [fullName])
        XCTAssertEqual(names(services["gateway"]?["registrations"]), [fullName])
        XCTAssertEqual(names(services["gateway"]?["trainingEnrolments"]), [fullName])
        XCTAssertEqual(names(services["gateway"]?["surveyResponses"], key: "respondentName"), [fullName])
        XCTAssertEqual(names(services["gateway"]?["mediaContacts"]), [fullName])
        XCTAssertEqual(names(services["mail"]?["registrations"]), [fullName])
        XCTAssertEqual(names(services["mail"]?["enrolments"]), [fullName])
        XCTAssertEqual(services["campaigns"]?.count, 0)

        let erase = try system.komunikactl(["people", "erase", email])
        XCTAssertEqual(erase.status, 0, erase.output + erase.error)
        let lines = erase.output.split(separator: "\n").map(String.init)
        XCTAssertTrue(lines.first?.hasPrefix("erasure ") ?? false, erase.output)
        for line in [
            "events: 1 registration(s) erased", "campaigns: nothing kept on this address",
            "media-relations: 1 contact(s) erased", "brand: nothing kept on this address", "training: 1 enrolment(s) erased",
            "surveys: 1 survey-response(s) erased",
        ] {
            XCTAssertTrue(lines.contains(line), "missing '\(line)' in\n\(erase.output)")
        }
        XCTAssertEqual(lines.last?.hasPrefix("gateway: "), true, erase.output)
        try await system.waitUntilSettled()

        for text in [email, "Julija.Zemaite", fullName, "Žemaitė"] {
            XCTAssertEqual(
                try SQLiteTraces.filesContaining(text, in: system.dataFolder), [], "'\(text)' is still in a SQLite file")
            XCTAssertEqual(
                try SQLiteTraces.anyFilesContaining(text, under: system.dataFolder), [], "'\(text)' is still in a file under data/")
        }
        XCTAssertEqual(try SQLiteTraces.filesContaining("petras.kalvis@example.lt", in: system.dataFolder).isEmpty, false)
        XCTAssertEqual(
            try SQLiteTraces.anyFilesContaining("petras.kalvis@example.lt", under: system.dataFolder).filter { $0.hasPrefix("mail/") },
            othersMails, "Petras's mail stays")
        let after = try await figures(http, eventId: eventId, sessionId: sessionId, surveyId: surveyId)
        XCTAssertEqual(after, before)
        let registrations = try await http.get("/api/v1/events/\(eventId)/registrations")
        let listed = (registrations.json?["items"] as? [[String: Any]])?.compactMap { $0["name"] as? String }
        XCTAssertEqual(listed, ["ištrinta", "Petras Kalvis"])

        let again = try system.komunikactl(["people", "erase", email])
        XCTAssertEqual(again.status, 0, again.error)
        XCTAssertTrue(again.output.contains("events: nothing kept on this address"), again.output)
        let empty = try system.komunikactl(["people", "export", email])
        let emptied = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(empty.output.utf8)) as? [String: Any])
        let left = try XCTUnwrap(emptied["services"] as? [String: [String: Any]])
        XCTAssertEqual(names(left["events"]?["registrations"]), [])
        XCTAssertEqual(names(left["gateway"]?["mediaContacts"]), [])
        system.removeFolder()
    }

    func testAServiceThatIsDownIsReportedAndARunLaterFinishesTheErasure() async throws {
        let system = try SystemUnderTest(extraEnvironment: [
            "KOMUNIKA_GATEWAY_SOURCES": "events", "KOMUNIKA_SERVICES": "events,gateway",
        ])
        defer { system.stopAll() }
        try system.start("komunika-events")
        try system.start("komunika-gateway")
        try await system.waitUntilReady()
        let event = try await system.http.send(.post, "/api/v1/events", json: Fixtures.event(title: "Knygos sutiktuvės", day: 20))
        let eventId = try XCTUnwrap(event.json?["id"] as? String)
        for status in ["approved", "scheduled"] {
            _ = try await system.http.send(.post, "/api/v1/events/\(eventId)/transitions", json: ["to": status])
        }
        let registered = try await system.http.send(
            .post, "/api/v1/events/\(eventId)/registrations", json: ["name": fullName, "email": email])
        XCTAssertEqual(registered.status, 201, registered.text)
        system.kill("komunika-events")

        let partial = try system.komunikactl(["people", "erase", email])

        XCTAssertEqual(partial.status, 1, partial.output)
        XCTAssertTrue(partial.output.contains("events: not erased — "), partial.output)
        XCTAssertTrue(partial.output.contains("gateway: 1 registration(s) erased"), partial.output)
        XCTAssertTrue(partial.error.contains("events did not answer; run the same command again"), partial.error)
        let holding = try SQLiteTraces.filesContaining(email, in: system.dataFolder)
        XCTAssertFalse(holding.isEmpty)
        XCTAssertTrue(holding.allSatisfy { $0.hasPrefix("events.sqlite") }, "\(holding)")

        try system.start("komunika-events")
        let finished = try await eventually(timeout: .seconds(20)) {
            (try? system.komunikactl(["people", "erase", email]))?.status == 0
        }
        XCTAssertTrue(finished)
        XCTAssertEqual(try SQLiteTraces.filesContaining(email, in: system.dataFolder), [])
        XCTAssertEqual(try SQLiteTraces.filesContaining(fullName, in: system.dataFolder), [])
        system.removeFolder()
    }

    /// The counts the API shows for the event, the session and the survey.
    struct Figures: Equatable {
        var registrations: [String: Int]
        var enrolments: [String: Int]
        var surveyResponses: Int
        var surveyResults: String
    }

    private func figures(_ http: HTTP, eventId: String, sessionId: String, surveyId: String) async throws -> Figures {
        let event = try await http.get("/api/v1/events/\(eventId)")
        let session = try await http.get("/api/v1/sessions/\(sessionId)")
        let results = try await http.get("/api/v1/surveys/\(surveyId)/results")
        XCTAssertEqual(results.status, 200, results.text)
        let resultsJSON = try JSONSerialization.data(withJSONObject: results.json ?? [:], options: [.sortedKeys])
        return Figures(
            registrations: try XCTUnwrap(event.json?["registrations"] as? [String: Int]),
            enrolments: try XCTUnwrap(session.json?["enrolments"] as? [String: Int]),
            surveyResponses: try XCTUnwrap(results.json?["responses"] as? Int),
            surveyResults: String(decoding: resultsJSON, as: UTF8.self))
    }

    private func names(_ rows: Any?, key: String = "name") -> [String] {
        ((rows as? [[String: Any]]) ?? []).compactMap { $0[key] as? String }
    }
}
