import Foundation
import XCTest

extension SystemUnderTest {
    /// What a test of surveys runs with: the gateway consumes events and
    /// surveys, and surveys only events (no training service runs).
    static let surveysEnvironment = ["KOMUNIKA_GATEWAY_SOURCES": "events,surveys", "KOMUNIKA_SURVEYS_SOURCES": "events"]

    /// Starts events, surveys and the gateway and waits until the gateway is ready.
    func startEventsSurveysAndGateway() async throws {
        try start("komunika-events")
        try start("komunika-surveys")
        try start("komunika-gateway")
        try await waitUntilReady()
    }
}

extension HTTP {
    /// Creates and opens an anonymous public-opinion poll of one required
    /// star rating (`stars`, asking `question`); its id.
    func openPoll(_ title: String, question: String = "Kaip vertinate?") async throws -> String {
        let created = try await send(
            .post, "/api/v1/surveys",
            json: [
                "titleLt": title, "purpose": "public-opinion", "anonymous": true,
                "questions": [["id": "stars", "type": "star-rating", "textLt": question, "required": true]],
            ])
        XCTAssertEqual(created.status, 201, created.text)
        let id = try XCTUnwrap(created.json?["id"] as? String, created.text)
        let opened = try await send(.post, "/api/v1/surveys/\(id)/transitions", json: ["to": "open"])
        XCTAssertEqual(opened.status, 200, opened.text)
        return id
    }
}
