import Foundation
import ServiceKit
import XCTest

/// A request reading its own write waits for the consumer; the wait's
/// 10-second timer ends with the wait (issue 9, defect 8), and a `seq` of
/// another history than the one applied is never taken for applied.
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

    func testASeqOfAnotherHistoryOrAStoppedSourceIsNotTakenForApplied() async {
        let waiter = AppliedSeqWaiter()
        let applying = UUID()
        let restored = UUID()
        await waiter.advanced(source: "events", to: 8, epoch: applying)
        // Seq 6 of the restored database's history is not the applied history's seq 6.
        let otherHistory = await waiter.wait(source: "events", seq: 6, epoch: restored)
        XCTAssertFalse(otherHistory)
        let sameHistory = await waiter.wait(source: "events", seq: 6, epoch: applying)
        XCTAssertTrue(sameHistory)

        // A wait in progress ends unseen when the consumer stops the source, and so does a new one.
        async let waiting = waiter.wait(source: "events", seq: 9, epoch: applying)
        while await waiter.runningTimers < 1 { await Task.yield() }
        await waiter.stopped(source: "events")
        let ended = await waiting
        XCTAssertFalse(ended)
        let whileStopped = await waiter.wait(source: "events", seq: 1)
        XCTAssertFalse(whileStopped)
        let running = await waiter.runningTimers
        XCTAssertEqual(running, 0)

        // After the reconcile the restored history is the one applied.
        await waiter.restarted(source: "events", at: 8, epoch: restored)
        let reconciled = await waiter.wait(source: "events", seq: 8, epoch: restored)
        XCTAssertTrue(reconciled)
    }

    func testAWaitForAnEpochNotYetKnownHereWaitsToLearnIt() async {
        let waiter = AppliedSeqWaiter()
        let written = UUID()
        // Applied up to 8 from offsets kept before epochs: the epoch is not known yet.
        await waiter.advanced(source: "events", to: 8)
        async let same = waiter.wait(source: "events", seq: 5, epoch: written)
        async let other = waiter.wait(source: "events", seq: 5, epoch: UUID())
        while await waiter.runningTimers < 2 { await Task.yield() }
        // The consumer learns the epoch it applies: the wait of that history is seen, the other's never.
        await waiter.advanced(source: "events", to: 8, epoch: written)
        let answers = await [same, other]
        XCTAssertEqual(answers, [true, false])
        let running = await waiter.runningTimers
        XCTAssertEqual(running, 0)
    }
}
