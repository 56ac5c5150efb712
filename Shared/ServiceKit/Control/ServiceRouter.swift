import Bus
import Foundation
import Logging
import MessageSchema
import ServiceLifecycle

/// A service's ROUTER socket: commands go to the service's `CommandHandler`,
/// control requests (status, fetch, backup, dead letters …) to `ControlHandler`.
/// The socket's thread never waits: it queues each request for a fixed pool
/// of workers, so a flood of requests cannot start unbounded work. A request
/// that finds the queue full is answered at once as unavailable (the client
/// retries with the same idempotency key). A resend of a request still queued
/// or running (the same request id and frames) is never queued again: it
/// waits for that request's one answer (`InFlightRequests`).
public final class ServiceRouter: Service, Sendable {
    /// Requests answered at the same time.
    private let workers: Int
    private let server: RequestServer
    private let requests: AsyncStream<IncomingRequest>
    private let queue: AsyncStream<IncomingRequest>.Continuation
    private let commands: (any CommandHandler)?
    private let control: ControlHandler
    private let logger: Logger
    private let inFlight: InFlightRequests

    public init(
        context: ZMQContext, bind endpoint: String, commands: (any CommandHandler)?, control: ControlHandler,
        logger: Logger, options: [SocketOption] = [], workers: Int = 64, queueLimit: Int = 10_000
    ) throws {
        let (requests, queue) = AsyncStream<IncomingRequest>.makeStream(bufferingPolicy: .bufferingOldest(queueLimit))
        let box = ServerBox()
        let inFlight = InFlightRequests()
        let server = try RequestServer(context: context, bind: endpoint, options: options) { request in
            Self.enqueue(request, inFlight: inFlight, queue: queue, server: box)
        }
        box.server = server
        self.inFlight = inFlight
        self.server = server
        self.requests = requests
        self.queue = queue
        self.commands = commands
        self.control = control
        self.logger = logger
        self.workers = workers
    }

    public var endpoint: String { server.endpoint }

    /// Answers requests until graceful shutdown, then answers those already
    /// queued and closes the socket.
    public func run() async throws {
        await withTaskGroup(of: Void.self) { group in
            for _ in 0..<workers {
                group.addTask {
                    for await request in self.requests {
                        let reply = await Self.answer(
                            request, commands: self.commands, control: self.control, logger: self.logger)
                        for copy in self.inFlight.finish(request) { self.server.reply(to: copy, frames: [reply]) }
                    }
                }
            }
            try? await gracefulShutdown()
            queue.finish()
        }
        close()
    }

    /// Queues `request` unless a copy of it is in flight (then it waits for
    /// that copy's answer); a request that finds the queue full is answered busy.
    private static func enqueue(
        _ request: IncomingRequest, inFlight: InFlightRequests, queue: AsyncStream<IncomingRequest>.Continuation,
        server: ServerBox
    ) {
        guard inFlight.admit(request) else { return }
        switch queue.yield(request) {
        case .dropped:
            for copy in inFlight.finish(request) { server.server?.reply(to: copy, frames: [busyReply(for: copy)]) }
        case .terminated:
            // Shutting down: nothing will answer it; the client's retry reaches the next start.
            _ = inFlight.finish(request)
        default:
            break
        }
    }

    private static func busyReply(for request: IncomingRequest) -> Data {
        let kind = request.frames.first.map { String(decoding: $0, as: UTF8.self) }
        if kind == RequestKind.command.rawValue {
            let reply = CommandReply.failed(CommandFailure(.unavailable, "the service is busy; try again"))
            return (try? MessageCoding.encode(reply)) ?? Data()
        }
        return (try? MessageCoding.encode(ControlReply.failed("the service is busy; try again"))) ?? Data()
    }

    /// Closes the ROUTER socket (done by `run` on graceful shutdown).
    public func close() { server.close() }

    private static func answer(
        _ request: IncomingRequest, commands: (any CommandHandler)?, control: ControlHandler, logger: Logger
    ) async -> Data {
        if let refused = refusal(of: request, logger: logger) { return refused }
        let kind = request.frames.first.map { String(decoding: $0, as: UTF8.self) }
        let body = request.frames.count > 1 ? request.frames[1] : Data()
        switch kind.flatMap(RequestKind.init(rawValue:)) {
        case .command:
            let reply: CommandReply
            if let commands {
                do {
                    reply = await commands.handle(try MessageCoding.decode(CommandRequest.self, from: body))
                } catch {
                    reply = .failed(CommandFailure(.invalid, "the command cannot be decoded: \(error)"))
                }
            } else {
                reply = .failed(CommandFailure(.unknownCommand, "this service takes no commands"))
            }
            return (try? MessageCoding.encode(reply)) ?? Data()
        case .control:
            let reply: ControlReply
            do {
                reply = await control.handle(
                    try MessageCoding.decode(ControlRequest.self, from: body), from: BusIdentity(userId: request.userId))
            } catch {
                reply = .failed("the control request cannot be decoded: \(error)")
            }
            return (try? MessageCoding.encode(reply)) ?? Data()
        case nil:
            logger.warning("a request of unknown kind '\(kind ?? "")' was refused")
            return (try? MessageCoding.encode(ControlReply.failed("unknown request kind '\(kind ?? "")'"))) ?? Data()
        }
    }
}

extension ServiceRouter {
    /// The reply refusing `request` when its sender's key may not make it
    /// (`BusAccess`, by the ZAP user id); `nil` when it may. Asked before a
    /// request is handed on.
    static func refusal(of request: IncomingRequest, logger: Logger) -> Data? {
        guard let kind = request.frames.first.flatMap({ RequestKind(rawValue: String(decoding: $0, as: UTF8.self)) })
        else { return nil }
        let body = request.frames.count > 1 ? request.frames[1] : Data()
        let operation = kind == .control ? (try? MessageCoding.decode(ControlRequest.self, from: body))?.operation : nil
        guard let reason = BusAccess.refusal(kind, operation: operation, from: BusIdentity(userId: request.userId))
        else { return nil }
        logger.warning("refused a request: \(reason)")
        if kind == .command { return (try? MessageCoding.encode(CommandReply.failed(CommandFailure(.forbidden, reason)))) ?? Data() }
        return (try? MessageCoding.encode(ControlReply.failed(reason))) ?? Data()
    }
}

/// Lets the socket's callback reach the server it belongs to once it exists.
private final class ServerBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: RequestServer?

    var server: RequestServer? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
