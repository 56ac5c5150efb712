import Bus
import Foundation
import Logging
import MessageSchema
import ServiceLifecycle

/// A service's ROUTER socket: commands go to the service's `CommandHandler`,
/// control requests (status, fetch, backup, dead letters …) to `ControlHandler`.
/// Each request is answered from its own task; the socket's thread never waits.
public final class ServiceRouter: Service, Sendable {
    private let server: RequestServer
    private let stop = AsyncStream<Void>.makeStream()

    public init(
        context: ZMQContext, bind endpoint: String, commands: (any CommandHandler)?, control: ControlHandler,
        logger: Logger, options: [SocketOption] = []
    ) throws {
        let box = ServerBox()
        let server = try RequestServer(context: context, bind: endpoint, options: options) { request in
            Task {
                let reply = await Self.answer(request, commands: commands, control: control, logger: logger)
                box.server?.reply(to: request, frames: [reply])
            }
        }
        box.server = server
        self.server = server
    }

    public var endpoint: String { server.endpoint }

    public func run() async throws {
        try? await gracefulShutdown()
        close()
    }

    /// Closes the ROUTER socket (done by `run` on graceful shutdown).
    public func close() { server.close() }

    private static func answer(
        _ request: IncomingRequest, commands: (any CommandHandler)?, control: ControlHandler, logger: Logger
    ) async -> Data {
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
                reply = await control.handle(try MessageCoding.decode(ControlRequest.self, from: body))
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

/// Lets the socket's callback reach the server it belongs to once it exists.
private final class ServerBox: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: RequestServer?

    var server: RequestServer? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
