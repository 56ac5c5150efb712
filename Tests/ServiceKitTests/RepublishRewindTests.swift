import XCTest

@testable import ServiceKit

/// `komunikactl replay` asks a source to republish from a `seq`; two
/// requests before the relay gets to them keep the lower (issue 9, defect 8).
final class RepublishRewindTests: XCTestCase {
    func testASecondRequestNeverRaisesAPendingRewind() {
        // From 3 first (the cursor goes back to 2), then from 8: still 2.
        let first = OutboxRelay.rewind(pending: nil, cursor: 10, from: 3)
        XCTAssertEqual(first, 2)
        XCTAssertEqual(OutboxRelay.rewind(pending: first, cursor: 10, from: 8), 2)
        // A lower second request moves it further back.
        XCTAssertEqual(OutboxRelay.rewind(pending: 7, cursor: 10, from: 3), 2)
    }

    func testARewindNeverMovesTheCursorForward() {
        XCTAssertEqual(OutboxRelay.rewind(pending: nil, cursor: 5, from: 9), 5)
        XCTAssertEqual(OutboxRelay.rewind(pending: nil, cursor: 5, from: 0), 0)
    }
}
