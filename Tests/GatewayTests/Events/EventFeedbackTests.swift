import Foundation
import GRDB
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

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
        try feed.apply(SurveyResultsUpdated(
            surveyId: surveyId, purpose: .eventFeedback, eventId: eventId, responses: 3, nps: 100.0 / 3, satisfaction: 4.5))
        let feedback = try XCTUnwrap(try fixture.event(eventId)?.feedback)
        XCTAssertEqual(feedback.responses, 3)
        XCTAssertEqual(feedback.nps, 33.3)
        XCTAssertEqual(feedback.satisfaction, 4.5)
        let listed = try fixture.read { try EventsQueries.events(EventFilter(), in: $0) }
        XCTAssertEqual(listed.items.first?.feedback?.surveyId, surveyId)
    }
}
