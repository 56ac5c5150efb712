import Bus
import Foundation
import XCTest

/// Real libzmq sockets over ipc paths of the test's own.
final class PubSubTests: XCTestCase {
    func testSubscriberReceivesOnlyItsPrefixesInOrder() async throws {
        let context = ZMQContext()
        let endpoint = "ipc://\(NSTemporaryDirectory())bus-\(UUID().uuidString.prefix(8)).sock"
        let publisher = try Publisher(context: context, bind: endpoint)
        let received = Collected<String>()
        let subscriber = try Subscriber(context: context, connect: [endpoint], prefixes: ["events."]) { frames in
            received.append(frames.map { String(decoding: $0, as: UTF8.self) }.joined(separator: "|"))
        }
        // A subscription takes a moment to reach the publisher (the slow joiner).
        let joined = await waitFor { () -> Bool in
            publisher.publish(topic: "events.probe", body: Data())
            return received.values.contains("events.probe|")
        }
        XCTAssertTrue(joined)
        for index in 1...1_000 {
            publisher.publish(topic: "events.event.proposed", body: Data("\(index)".utf8))
            publisher.publish(topic: "campaigns.campaign.approved", body: Data("\(index)".utf8))
        }
        let all = await waitFor { received.values.filter { $0.hasPrefix("events.event.proposed") }.count == 1_000 }
        XCTAssertTrue(all)
        let bodies = received.values.filter { $0.hasPrefix("events.event.proposed") }.map { Int($0.split(separator: "|")[1])! }
        XCTAssertEqual(bodies, Array(1...1_000))
        XCTAssertFalse(received.values.contains { $0.hasPrefix("campaigns.") })
        subscriber.close()
        publisher.close()
        context.terminate()
    }

    func testCurveEncryptedPubSubDeliversWithTheServersKey() async throws {
        try XCTSkipUnless(ZMQContext.hasCurve, "libzmq without CURVE")
        let context = ZMQContext()
        let server = try CurveKeyPair.generate()
        let client = try CurveKeyPair.generate()
        XCTAssertEqual(server.publicKey.count, 40)
        let endpoint = "ipc://\(NSTemporaryDirectory())curve-\(UUID().uuidString.prefix(8)).sock"
        let publisher = try Publisher(context: context, bind: endpoint, options: [.curveServer(secretKey: server.secretKey)])
        let received = Collected<String>()
        let subscriber = try Subscriber(
            context: context, connect: [endpoint], prefixes: [""],
            options: [.curveClient(serverKey: server.publicKey, publicKey: client.publicKey, secretKey: client.secretKey)]
        ) { frames in
            received.append(String(decoding: frames.last ?? Data(), as: UTF8.self))
        }
        let delivered = await waitFor {
            publisher.publish(topic: "events.secret", body: Data("slapta žinutė".utf8))
            return received.values.contains("slapta žinutė")
        }
        XCTAssertTrue(delivered)
        subscriber.close()
        publisher.close()
        context.terminate()
    }
}

/// Values appended from a socket's thread, read from the test.
final class Collected<Value: Sendable>: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: [Value] = []

    func append(_ value: Value) { lock.withLock { stored.append(value) } }
    var values: [Value] { lock.withLock { stored } }
}

func waitFor(timeout: Duration = .seconds(10), _ condition: () async -> Bool) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if await condition() { return true }
        try? await Task.sleep(for: .milliseconds(50))
    }
    return await condition()
}

final class ZAPTests: XCTestCase {
    func testZAPHandlerAdmitsOnlyKnownClientKeys() async throws {
        try XCTSkipUnless(ZMQContext.hasCurve, "libzmq without CURVE")
        let context = ZMQContext()
        let server = try CurveKeyPair.generate()
        let known = try CurveKeyPair.generate()
        let stranger = try CurveKeyPair.generate()
        let zap = try ZAPHandler(context: context, allowed: [known.publicKey: "operator"])
        let address = "ipc://\(NSTemporaryDirectory())zap-\(UUID().uuidString.prefix(8)).sock"
        let box = ServerHolder()
        box.server = try RequestServer(
            context: context, bind: address, options: [.curveServer(secretKey: server.secretKey), .zapDomain("komunika")]
        ) { request in
            box.server?.reply(to: request, frames: [Data("įleistas".utf8)])
        }
        func client(_ keys: CurveKeyPair) throws -> RequestClient {
            try RequestClient(
                context: context, connect: address,
                options: [.curveClient(serverKey: server.publicKey, publicKey: keys.publicKey, secretKey: keys.secretKey)])
        }
        let admitted = try client(known)
        let reply = try await admitted.request([Data("labas".utf8)], timeout: .seconds(2), attempts: 3)
        XCTAssertEqual(String(decoding: reply[0], as: UTF8.self), "įleistas")

        let refused = try client(stranger)
        do {
            _ = try await refused.request([Data("labas".utf8)], timeout: .milliseconds(500), attempts: 2)
            XCTFail("a client with an unknown key was answered")
        } catch let error as RequestError {
            XCTAssertEqual(error, .timedOut(endpoint: address, attempts: 2))
        }
        admitted.close()
        refused.close()
        box.server?.close()
        zap.close()
        context.terminate()
    }
}
