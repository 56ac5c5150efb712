import GRDB
import MessageSchema
import TrainingService
import XCTest

/// Places are never oversold, however many people enrol at once.
final class ConcurrentEnrolmentTests: TrainingTestCase {
    func testSixtyAtOnceForTwelvePlaces() async throws {
        let app = try makeHarness()
        let id = try await app.session(capacity: 12)
        let requests = try (1...60).map { number in
            try CommandRequest(EnrolTrainee(sessionId: id, trainee: Sample.trainee(number)), idempotencyKey: "enrol-\(number)")
        }

        let replies = await withTaskGroup(of: CommandReply.self) { group in
            for request in requests {
                group.addTask { await app.handler.handle(request) }
            }
            return await group.reduce(into: [CommandReply]()) { $0.append($1) }
        }

        XCTAssertEqual(replies.filter(\.ok).count, 60)
        let outcomes = try replies.compactMap { try $0.result?.decode(as: EnrolmentOutcome.self) }
        XCTAssertEqual(outcomes.filter { $0.status == .accepted }.count, 12)
        XCTAssertEqual(outcomes.compactMap(\.position).sorted(), Array(1...48))
        let counts = try await app.counts(id)
        XCTAssertEqual(counts, EnrolmentCounts(accepted: 12, waitlisted: 48, cancelled: 0))
        let envelopes = try await app.outbox()
        XCTAssertEqual(envelopes.map(\.seq), Array(1...Int64(envelopes.count)), "seq 1…N without gaps")
        XCTAssertEqual(envelopes.filter { $0.type == "enrolment.accepted" }.count, 12)
    }
}
