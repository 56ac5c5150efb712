import Foundation
import MessageSchema
import ServiceKit
import XCTest

@testable import SurveysService

/// The surveys service keeps each event's title from the events service's
/// messages; an older one (a dead letter retried late) never overwrites a
/// newer title (issue 9, defect 6), and the feedback survey is named by the newer.
final class ReactionOrderTests: SurveysTestCase {
    func testAnOlderTitleIsRefusedAndTheFeedbackSurveyHasTheNewerOne() async throws {
        let harness = try makeHarness()
        let eventId = UUID()
        try await harness.apply(Sample.envelope(EventProposed(eventId: eventId, details: Sample.eventDetails("Paroda „Knyga“")), seq: 1))
        try await harness.apply(
            Sample.envelope(EventUpdated(eventId: eventId, details: Sample.eventDetails("Paroda „Knygų menas“")), seq: 3))
        let old = try Sample.envelope(EventUpdated(eventId: eventId, details: Sample.eventDetails("Paroda „Senoji“")), seq: 2)
        do {
            try await harness.apply(old)
            XCTFail("an older title overwrote a newer one")
        } catch let error as StaleMessage {
            XCTAssertEqual(
                error.description,
                "event.updated seq 2 is older than seq 3, which last wrote the title of event \(eventId.uuidString): "
                    + "not applied, so the newer state stays")
        }
        try await harness.apply(Sample.envelope(EventHeld(eventId: eventId, eventType: .exhibition), seq: 4))
        let created = try await harness.published(SurveyCreated.self)
        XCTAssertEqual(created.map(\.details.titleLt), ["Atsiliepimai: Paroda „Knygų menas“"])
    }
}
