import Foundation
import GRDB
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit
@testable import GatewaySurveys

/// The events part keeps each event's feedback headline from the surveys
/// service's messages about the event.
final class EventFeedbackTests: XCTestCase {
    func testEventShowsItsFeedbackSurveyAndItsHeadline() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .surveys)
        let eventId = UUID()
        try fixture.apply(EventProposed(eventId: eventId, details: Sample.details("Paroda „Knygų menas“")))
        XCTAssertNil(try fixture.event(eventId)?.feedback)
        let surveyId = UUID(derivedFrom: "surveys:event-feedback:\(eventId)")
        try feed.survey(
            "Atsiliepimai: Paroda „Knygų menas“", id: surveyId,
            details: SurveyDetails(titleLt: "", purpose: .eventFeedback, eventId: eventId))
        XCTAssertEqual(try fixture.event(eventId)?.feedback, EventFeedback(surveyId: surveyId, responses: 0, nps: nil, satisfaction: nil))
        try feed.apply(
            SurveyResultsUpdated(
                surveyId: surveyId, purpose: .eventFeedback, eventId: eventId, responses: 3, nps: 100.0 / 3, satisfaction: 4.5))
        let feedback = try XCTUnwrap(try fixture.event(eventId)?.feedback)
        XCTAssertEqual(feedback.responses, 3)
        XCTAssertEqual(feedback.nps, 33.3)
        XCTAssertEqual(feedback.satisfaction, 4.5)
        let listed = try fixture.read { try EventsQueries.events(EventFilter(), in: $0) }
        XCTAssertEqual(listed.items.first?.feedback?.surveyId, surveyId)
    }

    /// A read model made when the surveys part kept `eventFeedback` (events'
    /// and surveys' first migrations only) keeps every headline after the
    /// events part took it over.
    func testTheHeadlinesKeptBeforeTheEventsPartTookThemOverStay() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("event-feedback-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("gateway.sqlite").path)
        var events = DatabaseMigrator()
        EventsReadModelSchema.register(in: &events)
        try events.migrate(queue, upTo: "gateway-v1")
        var surveys = DatabaseMigrator()
        SurveysReadModelSchema.register(in: &surveys)
        try surveys.migrate(queue, upTo: "gateway-surveys-v1")
        let (eventId, surveyId) = (UUID(), UUID())
        try queue.write { db in
            try db.execute(
                sql: "INSERT INTO eventFeedback (eventId, surveyId, responses, nps, satisfaction, updatedSeq) VALUES (?, ?, 4, 25.0, 3.75, 9)",
                arguments: [eventId.uuidString, surveyId.uuidString])
        }

        var all = DatabaseMigrator()
        GatewayParts.registerMigrations(in: &all)
        try all.migrate(queue)

        let row = try XCTUnwrap(
            try queue.read { db in
                try Row.fetchOne(db, sql: "SELECT * FROM eventFeedbackResults WHERE eventId = ?", arguments: [eventId.uuidString])
            })
        XCTAssertEqual(row["surveyId"] as String?, surveyId.uuidString)
        XCTAssertEqual(row["responses"] as Int?, 4)
        XCTAssertEqual(row["nps"] as Double?, 25.0)
        XCTAssertEqual(row["satisfaction"] as Double?, 3.75)
        XCTAssertFalse(try queue.read { try $0.tableExists("eventFeedback") })
    }
}
