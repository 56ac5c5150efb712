import Bus
import Foundation
import Logging
import MessageSchema
import ServiceKit
import Store
import XCTest

/// The ROUTER answers every request: those beyond its workers and queue at
/// once as busy, the rest with the handler's answer. Nothing is left hanging.
final class ServiceRouterTests: XCTestCase {
    /// Answers every command after a pause, and counts them.
    final class SlowHandler: CommandHandler, @unchecked Sendable {
        private let lock = NSLock()
        private var handled = 0
        var count: Int { lock.withLock { handled } }

        func handle(_ request: CommandRequest) async -> CommandReply {
            try? await Task.sleep(for: .milliseconds(300))
            lock.withLock { handled += 1 }
            return .success(seq: nil, result: .string(request.idempotencyKey))
        }
    }

    func testRequestsBeyondWorkersAndQueueAreAnsweredBusyAndTheOthersAnswered() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("router-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try ServiceDatabase(path: folder.appendingPathComponent("test.sqlite").path)
        let context = ZMQContext()
        let keys = folder.appendingPathComponent("keys")
        try BusKeyring.create(BusKeyring.initialRoles(services: ["events"]), in: keys)
        let server = try BusSecurity(keyring: BusKeyring(folder: keys), name: "events")
        let zap = try server.startZAPHandler(in: context)
        let endpoint = "ipc://\(folder.path)/router.sock"
        let handler = SlowHandler()
        let router = try ServiceRouter(
            context: context, bind: endpoint, commands: handler,
            control: ControlHandler(service: .events, database: database, relay: nil, consumer: nil),
            logger: Logger(label: "test"), options: server.serverOptions, workers: 1, queueLimit: 2)
        let running = Task { try await router.run() }
        let client = try ControlClient(
            context: context, connect: endpoint,
            options: try BusSecurity(keyring: server.keyring, name: "operator").clientOptions(to: .events))

        let replies = try await withThrowingTaskGroup(of: CommandReply.self) { group in
            for index in 0..<8 {
                group.addTask {
                    let request = CommandRequest(name: "test.slow", idempotencyKey: "key-\(index)", payload: .null)
                    return try await client.command(request, timeout: .seconds(10), attempts: 1)
                }
            }
            var all: [CommandReply] = []
            for try await reply in group { all.append(reply) }
            return all
        }

        XCTAssertEqual(replies.count, 8)
        let busy = replies.filter { $0.failure?.code == .unavailable }
        let answered = replies.filter(\.ok)
        XCTAssertEqual(busy.count + answered.count, 8)
        XCTAssertGreaterThanOrEqual(busy.count, 1, "8 requests at once for 1 worker and 2 places should turn some away")
        XCTAssertGreaterThanOrEqual(answered.count, 1)
        XCTAssertEqual(handler.count, answered.count, "a request turned away must not run")
        XCTAssertTrue(busy.allSatisfy { $0.failure?.message.contains("busy") == true })

        client.close()
        running.cancel()
        _ = try? await running.value
        zap.close()
        context.terminate()
    }

    /// A resend (the same request id and frames) of a request still queued or
    /// running is not run again and not turned away as busy: it gets the one
    /// answer of the request in flight.
    func testAResendOfARequestInFlightSharesItsOneAnswer() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("router-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try ServiceDatabase(path: folder.appendingPathComponent("test.sqlite").path)
        let context = ZMQContext()
        let keys = folder.appendingPathComponent("keys")
        try BusKeyring.create(BusKeyring.initialRoles(services: ["events"]), in: keys)
        let server = try BusSecurity(keyring: BusKeyring(folder: keys), name: "events")
        let zap = try server.startZAPHandler(in: context)
        let endpoint = "ipc://\(folder.path)/router.sock"
        let handler = SlowHandler()
        // One worker and one place in the queue: "a" runs, "b" waits in the queue.
        let router = try ServiceRouter(
            context: context, bind: endpoint, commands: handler,
            control: ControlHandler(service: .events, database: database, relay: nil, consumer: nil),
            logger: Logger(label: "test"), options: server.serverOptions, workers: 1, queueLimit: 1)
        let running = Task { try await router.run() }
        let dealer = try ZMQSocket(context: context, kind: .dealer)
        for option in try BusSecurity(keyring: server.keyring, name: "operator").clientOptions(to: .events) {
            try dealer.set(option)
        }
        try dealer.connect(endpoint)

        func frames(_ id: String) throws -> [Data] {
            let request = CommandRequest(name: "test.slow", idempotencyKey: "key-\(id)", payload: .null)
            return [Data(id.utf8)] + (try ControlClient.frames(.command, request))
        }
        XCTAssertTrue(try dealer.send(try frames("a")))
        try await Task.sleep(for: .milliseconds(50))
        XCTAssertTrue(try dealer.send(try frames("b")))
        for _ in 0..<3 {
            try await Task.sleep(for: .milliseconds(50))
            XCTAssertTrue(try dealer.send(try frames("a")))
            XCTAssertTrue(try dealer.send(try frames("b")))
        }

        var answers: [String: [CommandReply]] = [:]
        let deadline = ContinuousClock.now + .seconds(2)
        while ContinuousClock.now < deadline {
            if let reply = try dealer.receive(), reply.count == 2 {
                answers[String(decoding: reply[0], as: UTF8.self), default: []].append(
                    try MessageCoding.decode(CommandReply.self, from: reply[1]))
            } else {
                try await Task.sleep(for: .milliseconds(10))
            }
        }

        XCTAssertEqual(answers["a"], [.success(seq: nil, result: .string("key-a"))])
        XCTAssertEqual(answers["b"], [.success(seq: nil, result: .string("key-b"))])
        XCTAssertEqual(handler.count, 2, "each request runs once, however often it was sent")

        dealer.close()
        running.cancel()
        _ = try? await running.value
        zap.close()
        context.terminate()
    }
}

/// A request whose sender the ZAP handler does not vouch for (a socket
/// without CURVE) is refused before any handler sees it.
final class ServiceRouterAccessTests: XCTestCase {
    func testARequestWithoutABusIdentityIsRefusedBeforeItsHandler() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("router-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try ServiceDatabase(path: folder.appendingPathComponent("test.sqlite").path)
        let context = ZMQContext()
        let endpoint = "ipc://\(folder.path)/router.sock"
        let handler = ServiceRouterTests.SlowHandler()
        let router = try ServiceRouter(
            context: context, bind: endpoint, commands: handler,
            control: ControlHandler(service: .events, database: database, relay: nil, consumer: nil),
            logger: Logger(label: "test"))
        let running = Task { try await router.run() }
        let client = try ControlClient(context: context, connect: endpoint)

        let request = CommandRequest(name: "test.slow", idempotencyKey: "key-1", payload: .null)
        let reply = try await client.command(request, timeout: .seconds(5), attempts: 1)
        XCTAssertEqual(reply.failure?.code, .forbidden)
        XCTAssertEqual(
            reply.failure?.message, "the request came with no bus identity: this service answers only keys its ZAP handler admits")
        XCTAssertEqual(handler.count, 0)
        let status = try await client.control(ControlRequest(.status), timeout: .seconds(5), attempts: 1)
        XCTAssertEqual(status.error, "the request came with no bus identity: this service answers only keys its ZAP handler admits")

        client.close()
        running.cancel()
        _ = try? await running.value
        context.terminate()
    }
}
