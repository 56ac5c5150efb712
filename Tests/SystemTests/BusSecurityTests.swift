import Bus
import Foundation
import KomunikaTesting
import MessageSchema
import ServiceKit
import XCTest

/// Every socket of a running service speaks CURVE and admits only the keys
/// of its keys folder: a stranger's key and a plaintext client get nothing.
final class BusSecurityTests: XCTestCase {
    func testOnlyKnownKeysAreAnsweredOrFedMessages() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let created = try await system.http.send(.post, "/api/v1/events", json: Fixtures.event(title: "Saugumo diena", day: 3))
        XCTAssertEqual(created.status, 201, created.text)

        let context = ZMQContext()
        defer { context.terminate() }
        let router = system.endpoint("events", "ROUTER")
        let statusRequest = ControlRequest(.status)
        let eventsKey = try system.security(as: "events").pair.publicKey

        let operatorClient = try ControlClient(
            context: context, connect: router, options: try system.security(as: "operator").clientOptions(to: .events))
        let answer = try await operatorClient.control(statusRequest, timeout: .seconds(5), attempts: 2)
        XCTAssertEqual(answer.status?.latestSeq, 1)
        operatorClient.close()

        let stranger = try CurveKeyPair.generate()
        let strangerClient = try ControlClient(
            context: context, connect: router,
            options: [.curveClient(serverKey: eventsKey, publicKey: stranger.publicKey, secretKey: stranger.secretKey)])
        do {
            _ = try await strangerClient.control(statusRequest, timeout: .milliseconds(1_500), attempts: 1)
            XCTFail("a key outside the keys folder was answered")
        } catch is RequestError {}
        strangerClient.close()

        let plainClient = try ControlClient(context: context, connect: router)
        do {
            _ = try await plainClient.control(statusRequest, timeout: .milliseconds(1_500), attempts: 1)
            XCTFail("a plaintext client was answered")
        } catch is RequestError {}
        plainClient.close()

        // A stranger subscribing to the events PUB receives nothing, not even heartbeats.
        let received = Counter()
        let eavesdropper = try Subscriber(
            context: context, connect: [system.endpoint("events", "PUB")], prefixes: [""],
            options: [.curveClient(serverKey: eventsKey, publicKey: stranger.publicKey, secretKey: stranger.secretKey)],
            onMessage: { _ in received.increment() })
        try await Task.sleep(for: .seconds(2.5))
        eavesdropper.close()
        XCTAssertEqual(received.value, 0)

        // komunikactl without the operator's key says what is missing and exits 1.
        try FileManager.default.removeItem(at: system.dataFolder.appendingPathComponent("keys/secret/operator/operator.secret"))
        let refused = try system.komunikactl(["status", "events"])
        XCTAssertEqual(refused.status, 1)
        XCTAssertTrue((refused.output + refused.error).contains("operator.secret"), refused.output + refused.error)
        system.removeFolder()
    }
}
