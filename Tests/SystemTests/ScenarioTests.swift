import Foundation
import MessageSchema
import XCTest

/// The flows between the services, with all seven executables: an exhibition
/// goes proposed → approved → scheduled → held, and with no further command
/// its feedback survey opens, its archive collection exists and its
/// campaign's KPIs count its registrations; feedback posted through the
/// gateway shows on the event as an NPS equal to a hand calculation. The
/// same scenario with a random service SIGKILLed during it ends in the same
/// state.
final class ScenarioTests: XCTestCase {
    /// Feedback answers: (recommend 0–10, satisfaction 1–5).
    static let answers = [(10, 5), (9, 4), (3, 2), (7, 4)]
    /// By hand: promoters (9–10) 2 of 4, detractors (0–6) 1 of 4 → 50 % − 25 % = 25.
    static let expectedNPS = 25.0
    /// (5 + 4 + 2 + 4) / 4.
    static let expectedSatisfaction = 3.75

    func testExhibitionHeldOpensSurveyArchiveAndCountsCampaignKPIs() async throws {
        let state = try await runScenario(killing: nil)
        XCTAssertEqual(state["event.feedback.nps"], "\(Self.expectedNPS)")
        XCTAssertEqual(state["event.feedback.satisfaction"], "\(Self.expectedSatisfaction)")
        XCTAssertEqual(state["event.feedback.responses"], "4")
        XCTAssertEqual(state["event.feedback.surveyId"], "derived")
        XCTAssertEqual(state["surveys.forEvent"], "1")
        XCTAssertEqual(state["collections.forEvent"], "1")
        XCTAssertEqual(state["collection.id"], "derived")
        XCTAssertEqual(state["campaign.kpis.registrations"], "3")
        XCTAssertEqual(state["campaign.kpis.surveyResponses"], "4")
        XCTAssertEqual(state["campaigns.db.surveyResponses"], "4")
        for service in ServiceName.allCases.map(\.rawValue) {
            XCTAssertEqual(state["deadLetters.\(service)"], "0", "dead letters in \(service)")
        }
    }

    func testTheSameScenarioWithARandomServiceKilledEndsInTheSameState() async throws {
        let calm = try await runScenario(killing: nil)
        // KOMUNIKA_SCENARIO_VICTIM names one to reproduce a failure.
        let victim =
            ProcessInfo.processInfo.environment["KOMUNIKA_SCENARIO_VICTIM"]
            ?? SystemUnderTest.allExecutables.randomElement()!
        let stormy = try await runScenario(killing: victim)
        XCTAssertEqual(stormy, calm, "the run with \(victim) SIGKILLed ended in another state")
    }

    /// Runs the scenario; with `victim`, SIGKILLs it right after the event is
    /// held (while the flows run) and again while feedback is posted, and
    /// restarts it each time. Returns the end state with ids replaced by
    /// what they name, so two runs compare.
    private func runScenario(killing victim: String?) async throws -> [String: String] {
        let system = try SystemUnderTest.whole()
        defer { system.stopAll() }
        try await system.startAll()
        let http = system.http

        let created = try await http.send(
            .post, "/api/v1/events",
            json: Fixtures.event(title: "Paroda „Žalgirio mūšis: 615 metų“", day: 40, type: "exhibition", capacity: 30, hall: "Parodų erdvė"))
        XCTAssertEqual(created.status, 201, created.text)
        let eventId = try XCTUnwrap(created.json?["id"] as? String).lowercased()

        let campaign = try await http.send(
            .post, "/api/v1/campaigns",
            json: [
                "nameLt": "Žalgirio metai", "goal": "Pritraukti lankytojų į parodą", "audience": "Vilniaus moksleiviai",
                "startsOn": "2027-01-01", "endsOn": "2027-03-31", "budgetPlannedEur": 1500.0,
                "channels": ["social-media", "press"], "partners": [], "eventIds": [eventId], "surveyIds": [],
            ] as [String: Any])
        XCTAssertEqual(campaign.status, 201, campaign.text)
        let campaignId = try XCTUnwrap(campaign.json?["id"] as? String)

        for status in ["approved", "scheduled"] {
            let moved = try await http.send(.post, "/api/v1/events/\(eventId)/transitions", json: ["to": status])
            XCTAssertEqual(moved.status, 200, moved.text)
        }
        for index in 0..<3 {
            let registered = try await http.send(.post, "/api/v1/events/\(eventId)/registrations", json: Fixtures.attendee(index))
            XCTAssertEqual(registered.status, 201, registered.text)
        }
        let held = try await http.send(.post, "/api/v1/events/\(eventId)/transitions", json: ["to": "held"])
        XCTAssertEqual(held.status, 200, held.text)
        if let victim { try await Self.kill(victim, in: system) }

        // No further command: the flows alone open the survey and the archive and count the registrations.
        let surveyId = UUID(derivedFrom: "surveys:event-feedback:\(eventId.uppercased())").uuidString.lowercased()
        var survey: [String: Any] = [:]
        let surveyOpened = await eventually(timeout: .seconds(60)) {
            guard let list = try? await http.get("/api/v1/surveys?eventId=\(eventId)"),
                let items = list.json?["items"] as? [[String: Any]], let first = items.first,
                first["status"] as? String == "open"
            else { return false }
            survey = first
            return true
        }
        XCTAssertTrue(surveyOpened, "no open feedback survey for the held exhibition")
        XCTAssertEqual((survey["id"] as? String)?.lowercased(), surveyId)
        let archived = await eventually(timeout: .seconds(60)) {
            let list = try? await http.get("/api/v1/brand/collections?eventId=\(eventId)")
            return (list?.json?["items"] as? [[String: Any]])?.count == 1
        }
        XCTAssertTrue(archived, "no archive collection for the held exhibition")
        let counted = await eventually(timeout: .seconds(60)) {
            let shown = try? await http.get("/api/v1/campaigns/\(campaignId)")
            return (shown?.json?["kpis"] as? [String: Any])?["registrations"] as? Int == 3
        }
        XCTAssertTrue(counted, "the campaign's KPIs do not count the event's 3 registrations")

        // Answering is public: no token.
        let visitor = system.publicHTTP
        for (index, answer) in Self.answers.enumerated() {
            if let victim, index == 2 { try await Self.kill(victim, in: system) }
            let posted = try await visitor.send(
                .post, "/api/v1/surveys/\(surveyId)/responses",
                json: ["answers": ["recommend": answer.0, "satisfaction": answer.1, "comment": "Įspūdinga paroda Nr. \(index)"]],
                headers: ["Idempotency-Key": "scenario-response-\(index)"])
            XCTAssertEqual(posted.status, 201, posted.text)
        }
        let scored = await eventually(timeout: .seconds(60)) {
            let event = try? await http.get("/api/v1/events/\(eventId)")
            return (event?.json?["feedback"] as? [String: Any])?["responses"] as? Int == Self.answers.count
        }
        XCTAssertTrue(scored, "the event does not show its feedback")
        try await system.waitUntilReady()
        try await system.waitUntilSettled()

        let state = try await Self.endState(
            of: system, eventId: eventId, surveyId: surveyId, campaignId: campaignId)
        print("scenario end state (\(victim.map { "\($0) killed" } ?? "no kills")): \(state.sorted { $0.key < $1.key })")
        system.stopAll()
        system.removeFolder()
        return state
    }

    /// SIGKILLs `victim` and starts it again. Requests to a killed domain
    /// service are retried by the gateway; a killed gateway must be ready
    /// again before the scenario's next HTTP request.
    private static func kill(_ victim: String, in system: SystemUnderTest) async throws {
        system.kill(victim)
        try await Task.sleep(for: .milliseconds(Int.random(in: 100...500)))
        try system.start(victim)
        if victim == "komunika-gateway" { try await system.waitUntilReady() }
    }

    /// What a user sees at the end, ids replaced by what they name.
    private static func endState(
        of system: SystemUnderTest, eventId: String, surveyId: String, campaignId: String
    ) async throws -> [String: String] {
        let http = system.http
        var state: [String: String] = [:]
        let event = try await http.get("/api/v1/events/\(eventId)")
        state["event.status"] = event.json?["status"] as? String
        let feedback = event.json?["feedback"] as? [String: Any] ?? [:]
        state["event.feedback.surveyId"] =
            (feedback["surveyId"] as? String)?.lowercased() == surveyId ? "derived" : "\(feedback["surveyId"] ?? "none")"
        state["event.feedback.responses"] = "\(feedback["responses"] ?? "none")"
        state["event.feedback.nps"] = (feedback["nps"] as? Double).map { "\($0)" } ?? "none"
        state["event.feedback.satisfaction"] = (feedback["satisfaction"] as? Double).map { "\($0)" } ?? "none"

        let surveys = try await http.get("/api/v1/surveys?eventId=\(eventId)")
        state["surveys.forEvent"] = "\((surveys.json?["items"] as? [Any])?.count ?? -1)"
        let results = try await http.get("/api/v1/surveys/\(surveyId)/results")
        state["survey.results.status"] = "\(results.status)"

        let collections = try await http.get("/api/v1/brand/collections?eventId=\(eventId)")
        let collectionItems = collections.json?["items"] as? [[String: Any]] ?? []
        state["collections.forEvent"] = "\(collectionItems.count)"
        state["collection.id"] =
            (collectionItems.first?["id"] as? String)?.lowercased()
                == UUID(derivedFrom: "brand:archive:\(eventId.uppercased())").uuidString.lowercased() ? "derived" : "other"

        let campaign = try await http.get("/api/v1/campaigns/\(campaignId)")
        for (key, value) in (campaign.json?["kpis"] as? [String: Any] ?? [:]) { state["campaign.kpis.\(key)"] = "\(value)" }

        // The campaigns service's own tables agree with what the gateway shows.
        let campaigns = try ServiceFile(path: system.databasePath(of: "campaigns"))
        state["campaigns.db.surveyResponses"] = "\(try campaigns.int("SELECT COALESCE(SUM(responses), 0) FROM surveyResults"))"
        state["campaigns.db.kpis"] = (try campaigns.strings("SELECT kpis FROM campaigns")).joined()
        state["campaigns.db.registrations"] = "\(try campaigns.int("SELECT COALESCE(SUM(accepted), 0) FROM eventRegistrationCounts"))"

        let status = try system.komunikactl(["status", "--json"])
        if let json = try? JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any],
            let services = json["services"] as? [[String: Any]]
        {
            for service in services {
                let name = service["service"] as? String ?? "?"
                state["deadLetters.\(name)"] = "\(service["deadLetters"] ?? "?")"
            }
        } else {
            state["komunikactl"] = "unreadable: \(status.output.prefix(200)) \(status.error.prefix(200))"
        }
        return state
    }
}
