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
        let handler = SlowHandler()
        let router = try RouterUnderTest.started(handler: handler, workers: 1, queueLimit: 2)
        let client = try ControlClient(context: router.context, connect: router.endpoint, options: try router.clientOptions())

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
        await router.close()
    }

    /// A resend (the same request id and frames) of a request still queued or
    /// running is not run again and not turned away as busy: it gets the one
    /// answer of the request in flight.
    func testAResendOfARequestInFlightSharesItsOneAnswer() async throws {
        let handler = SlowHandler()
        // One worker and one place in the queue: "a" runs, "b" waits in the queue.
        let router = try RouterUnderTest.started(handler: handler, workers: 1, queueLimit: 1)
        let dealer = try ZMQSocket(context: router.context, kind: .dealer)
        for option in try router.clientOptions() { try dealer.set(option) }
        try dealer.connect(router.endpoint)

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
        await router.close()
    }
}

/// A request whose sender the ZAP handler does not vouch for (a socket
/// without CURVE) is refused before any handler sees it.
final class ServiceRouterAccessTests: XCTestCase {
    func testARequestWithoutABusIdentityIsRefusedBeforeItsHandler() async throws {
        let handler = ServiceRouterTests.SlowHandler()
        let router = try RouterUnderTest.started(handler: handler, curve: false)
        let client = try ControlClient(context: router.context, connect: router.endpoint)

        let request = CommandRequest(name: "test.slow", idempotencyKey: "key-1", payload: .null)
        let reply = try await client.command(request, timeout: .seconds(5), attempts: 1)
        XCTAssertEqual(reply.failure?.code, .forbidden)
        XCTAssertEqual(
            reply.failure?.message, "the request came with no bus identity: this service answers only keys its ZAP handler admits")
        XCTAssertEqual(handler.count, 0)
        let status = try await client.control(ControlRequest(.status), timeout: .seconds(5), attempts: 1)
        XCTAssertEqual(status.error, "the request came with no bus identity: this service answers only keys its ZAP handler admits")

        client.close()
        await router.close()
    }
}

/// A real ROUTER on an ipc endpoint in a folder of its own, answering with
/// `handler`; over CURVE with keys made for the test (the events service's,
/// and the operator's for `clientOptions`), or without, for a client no ZAP
/// handler vouches for. `started` makes and runs it; `close()` stops it all.
final class RouterUnderTest {
    let folder: URL
    let context = ZMQContext()
    let endpoint: String
    private let server: BusSecurity?
    private let zap: ZAPHandler?
    private let router: ServiceRouter
    private var running: Task<Void, any Error>?

    static func started(
        handler: any CommandHandler, curve: Bool = true, workers: Int = 64, queueLimit: Int = 10_000
    ) throws -> RouterUnderTest {
        let started = try RouterUnderTest(handler: handler, curve: curve, workers: workers, queueLimit: queueLimit)
        let router = started.router
        started.running = Task { try await router.run() }
        return started
    }

    private init(handler: any CommandHandler, curve: Bool, workers: Int, queueLimit: Int) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("router-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let database = try ServiceDatabase(path: folder.appendingPathComponent("test.sqlite").path)
        if curve {
            let keys = folder.appendingPathComponent("keys")
            try BusKeyring.create(BusKeyring.initialRoles(services: ["events"]), in: keys)
            let server = try BusSecurity(keyring: BusKeyring(folder: keys), name: "events")
            self.server = server
            zap = try server.startZAPHandler(in: context)
        } else {
            server = nil
            zap = nil
        }
        endpoint = "ipc://\(folder.path)/router.sock"
        router = try ServiceRouter(
            context: context, bind: endpoint, commands: handler,
            control: ControlHandler(service: .events, database: database, relay: nil, consumer: nil),
            logger: Logger(label: "test"), options: server?.serverOptions ?? [], workers: workers, queueLimit: queueLimit)
    }

    /// The operator's CURVE options for a client of this router; none without CURVE.
    func clientOptions() throws -> [SocketOption] {
        guard let server else { return [] }
        return try BusSecurity(keyring: server.keyring, name: "operator").clientOptions(to: .events)
    }

    func close() async {
        running?.cancel()
        _ = try? await running?.value
        zap?.close()
        context.terminate()
        try? FileManager.default.removeItem(at: folder)
    }
}
