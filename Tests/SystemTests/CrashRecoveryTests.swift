import Foundation
import XCTest

/// The guarantees of the design under crashes: 2,000 commands sent
/// concurrently through the gateway while the events service is SIGKILLed
/// three times and the gateway once. Every command answered with success must
/// be in the events database and in the read model exactly once, and the read
/// model must equal the service's state.
final class CrashRecoveryTests: XCTestCase {
    enum Outcome: Sendable {
        case registration(String)
        case event(String)
        case refused(Int, String)
        case unanswered
    }

    func testCommandsAnsweredWithSuccessSurviveRandomKills() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let http = system.http

        var eventIds: [String] = []
        for index in 0..<20 {
            let created = try await http.send(
                .post, "/api/v1/events", json: Fixtures.event(title: "Knygų pristatymas Nr. \(index)", day: index, capacity: 60))
            XCTAssertEqual(created.status, 201, created.text)
            let id = try XCTUnwrap(created.json?["id"] as? String)
            for status in ["approved", "scheduled"] {
                let moved = try await http.send(.post, "/api/v1/events/\(id)/transitions", json: ["to": status])
                XCTAssertEqual(moved.status, 200, moved.text)
            }
            eventIds.append(id.lowercased())
        }

        // 1,700 registrations (85 an event of 60 places) and 300 new events.
        var commands: [(path: String, body: [String: Any])] = []
        for index in 0..<1_700 {
            commands.append(("/api/v1/events/\(eventIds[index % eventIds.count])/registrations", Fixtures.attendee(index)))
        }
        for index in 0..<300 {
            commands.append(("/api/v1/events", Fixtures.event(title: "Paroda „Ąžuolynas“ Nr. \(index)", day: 30 + index)))
        }
        commands.shuffle()
        let work = commands.map { (path: $0.path, body: JSONBody($0.body)) }

        let chaos = Task { [system] in
            var kills: [String] = []
            for round in 0..<4 {
                try await Task.sleep(for: .milliseconds(Int.random(in: 700...2_000)))
                let victim = round == 2 ? "komunika-gateway" : "komunika-events"
                system.kill(victim)
                kills.append(victim)
                try await Task.sleep(for: .milliseconds(Int.random(in: 100...600)))
                try system.start(victim)
            }
            return kills
        }

        let outcomes = await Self.send(work, through: http, concurrency: 48)
        let kills = try await chaos.value
        XCTAssertEqual(kills.filter { $0 == "komunika-events" }.count, 3)
        XCTAssertEqual(kills.filter { $0 == "komunika-gateway" }.count, 1)

        try await system.waitUntilReady()
        let events = try ServiceFile(path: system.databasePath(of: "events"))
        let latestSeq = try events.int("SELECT MAX(seq) FROM outbox")
        XCTAssertEqual(try events.int("SELECT COUNT(*) FROM outbox"), latestSeq, "the outbox has gaps")
        let caughtUp = await eventually(timeout: .seconds(30)) {
            guard let status = try? system.komunikactl(["status", "--json", "gateway"]),
                let json = try? JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any],
                let services = json["services"] as? [[String: Any]],
                let consumers = services.first?["consumers"] as? [[String: Any]],
                let applied = consumers.first?["appliedSeq"] as? Int
            else { return false }
            return applied == latestSeq
        }
        XCTAssertTrue(caughtUp, "the gateway did not apply every message up to seq \(latestSeq)")

        var registered: [String] = []
        var created: [String] = []
        var unanswered = 0
        for outcome in outcomes {
            switch outcome {
            case .registration(let id): registered.append(id)
            case .event(let id): created.append(id)
            case .refused(let status, let body): XCTFail("a valid command was refused with \(status): \(body)")
            case .unanswered: unanswered += 1
            }
        }
        XCTAssertGreaterThan(registered.count + created.count, 1_900, "too few commands succeeded (\(unanswered) unanswered)")

        // Every success is in the events database exactly once.
        let storedRegistrations = try events.strings("SELECT lower(id) FROM registrations")
        let storedCounts = Dictionary(storedRegistrations.map { ($0, 1) }, uniquingKeysWith: +)
        for id in registered { XCTAssertEqual(storedCounts[id], 1, "registration \(id) in the events database") }
        let storedEvents = Set(try events.strings("SELECT lower(id) FROM events"))
        for id in created { XCTAssertTrue(storedEvents.contains(id), "event \(id) in the events database") }
        XCTAssertEqual(
            try events.int("SELECT COUNT(*) FROM (SELECT eventId, lower(email) FROM registrations GROUP BY 1, 2 HAVING COUNT(*) > 1)"), 0,
            "a person registered twice for one event")

        // … and in the read model exactly once, equal to the service's state.
        var modelCounts: [String: Int] = [:]
        for eventId in eventIds {
            let listed = try await http.registrations(of: eventId)
            for registration in listed { modelCounts[registration.id, default: 0] += 1 }
            let stored = try events.rows("SELECT lower(id) AS id, status FROM registrations WHERE lower(eventId) = ?", [eventId])
            let storedMap = Dictionary(uniqueKeysWithValues: stored.map { ($0["id"] as String, $0["status"] as String) })
            let listedMap = Dictionary(listed.map { ($0.id, $0.status) }, uniquingKeysWith: { first, _ in first })
            XCTAssertEqual(listedMap, storedMap, "registrations of event \(eventId)")
            let accepted = storedMap.values.filter { $0 == "accepted" }.count
            XCTAssertLessThanOrEqual(accepted, 60, "event \(eventId) is oversold")
        }
        for id in registered { XCTAssertEqual(modelCounts[id], 1, "registration \(id) in the read model") }

        let listing = try await http.get("/api/v1/events?limit=500")
        let items = try XCTUnwrap(listing.json?["items"] as? [[String: Any]])
        XCTAssertEqual(listing.json?["total"] as? Int, storedEvents.count)
        let modelStatuses = Dictionary(
            uniqueKeysWithValues: items.compactMap { item -> (String, String)? in
                guard let id = item["id"] as? String, let status = item["status"] as? String else { return nil }
                return (id.lowercased(), status)
            })
        let storedStatuses = Dictionary(
            uniqueKeysWithValues: try events.rows("SELECT lower(id) AS id, status FROM events").map {
                ($0["id"] as String, $0["status"] as String)
            })
        XCTAssertEqual(modelStatuses, storedStatuses)
        for id in created { XCTAssertNotNil(modelStatuses[id], "event \(id) in the read model") }
        system.removeFolder()
    }

    /// Sends every command with its own idempotency key, retrying on 5xx and
    /// dropped connections as a careful client does, until a deadline.
    static func send(_ work: [(path: String, body: JSONBody)], through http: HTTP, concurrency: Int) async -> [Outcome] {
        let queue = WorkQueue(count: work.count)
        return await withTaskGroup(of: [Outcome].self) { group in
            for _ in 0..<concurrency {
                group.addTask {
                    var outcomes: [Outcome] = []
                    while let index = await queue.next() {
                        outcomes.append(await sendOne(work[index], through: http))
                    }
                    return outcomes
                }
            }
            var all: [Outcome] = []
            for await outcomes in group { all += outcomes }
            return all
        }
    }

    static func sendOne(_ command: (path: String, body: JSONBody), through http: HTTP) async -> Outcome {
        let key = UUID().uuidString
        let deadline = ContinuousClock.now + .seconds(90)
        while ContinuousClock.now < deadline {
            if let result = try? await http.send(
                .post, command.path, json: command.body.value, headers: ["Idempotency-Key": key], timeout: .seconds(40))
            {
                if result.status == 201 || result.status == 200, let id = result.json?["id"] as? String {
                    return command.path.hasSuffix("/registrations") ? .registration(id.lowercased()) : .event(id.lowercased())
                }
                if (400..<500).contains(result.status) { return .refused(result.status, result.text) }
            }
            try? await Task.sleep(for: .milliseconds(200))
        }
        return .unanswered
    }
}

/// A JSON body that may cross tasks.
struct JSONBody: @unchecked Sendable {
    let value: [String: Any]
    init(_ value: [String: Any]) { self.value = value }
}

/// Hands out indexes 0..<count to concurrent workers.
actor WorkQueue {
    private var nextIndex = 0
    private let count: Int

    init(count: Int) { self.count = count }

    func next() -> Int? {
        guard nextIndex < count else { return nil }
        defer { nextIndex += 1 }
        return nextIndex
    }
}
