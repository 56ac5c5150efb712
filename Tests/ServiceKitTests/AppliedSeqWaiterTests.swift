import ServiceKit
import XCTest

/// A request reading its own write waits for the consumer; the wait's
/// 10-second timer ends with the wait (issue 9, defect 8).
final class AppliedSeqWaiterTests: XCTestCase {
    func testASatisfiedWaitLeavesNoTimerRunning() async {
        let waiter = AppliedSeqWaiter()
        async let first = waiter.wait(source: "events", seq: 3)
        async let second = waiter.wait(source: "events", seq: 2)
        while await waiter.runningTimers < 2 { await Task.yield() }
        await waiter.advanced(source: "events", to: 3)
        let answers = await [first, second]
        XCTAssertEqual(answers, [true, true])
        let running = await waiter.runningTimers
        XCTAssertEqual(running, 0)
        // Already applied: no timer at all.
        let applied = await waiter.wait(source: "events", seq: 1)
        XCTAssertTrue(applied)
        let afterApplied = await waiter.runningTimers
        XCTAssertEqual(afterApplied, 0)
    }

    func testAWaitThatTimesOutAnswersFalseAndEndsItsTimer() async {
        let waiter = AppliedSeqWaiter()
        let started = ContinuousClock.now
        let answer = await waiter.wait(source: "events", seq: 1, timeout: .milliseconds(200))
        XCTAssertFalse(answer)
        XCTAssertGreaterThanOrEqual(ContinuousClock.now - started, .milliseconds(200))
        let running = await waiter.runningTimers
        XCTAssertEqual(running, 0)
    }
}
