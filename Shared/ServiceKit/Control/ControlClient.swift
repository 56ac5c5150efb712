import Bus
import Foundation
import MessageSchema

/// Asks one service's ROUTER in the framing it reads: the request goes as
/// `[kind, body]` (the `RequestClient` under it puts the request id in front
/// and resends on a timeout), the answer comes back as `[body]`. A
/// `ControlRequest` is answered by a `ControlReply`, a `CommandRequest` by a
/// `CommandReply` (see `RequestKind`). The one place this framing is written:
/// the consumer's fetches, `CommandClient`, `komunikactl` and the tests use it.
public final class ControlClient: Sendable {
    /// The DEALER under it; only this type writes frames to it.
    private let requests: RequestClient

    /// The ROUTER's address.
    public var endpoint: String { requests.endpoint }

    /// Connects to the ROUTER at `endpoint`; `options` are the socket's (its CURVE keys).
    public init(context: ZMQContext, connect endpoint: String, options: [SocketOption] = []) throws {
        requests = try RequestClient(context: context, connect: endpoint, options: options)
    }

    /// Sends an operator's or a consumer's control request and decodes the reply.
    public func control(_ request: ControlRequest, timeout: Duration, attempts: Int) async throws -> ControlReply {
        try await ask(.control, request, as: ControlReply.self, timeout: timeout, attempts: attempts)
    }

    /// Sends a command and decodes the reply. A repeated attempt is the same
    /// request (the same request id and idempotency key).
    public func command(_ request: CommandRequest, timeout: Duration, attempts: Int) async throws -> CommandReply {
        try await ask(.command, request, as: CommandReply.self, timeout: timeout, attempts: attempts)
    }

    /// The frames of a request of `kind` before the request id: `[kind, body as JSON]`.
    public static func frames(_ kind: RequestKind, _ request: some Encodable) throws -> [Data] {
        [Data(kind.rawValue.utf8), try MessageCoding.encode(request)]
    }

    /// Closes the socket; requests still waiting throw `RequestError.closed`.
    public func close() { requests.close() }

    /// Throws `RequestError` when no answer came, `ControlClientError.emptyReply`
    /// for an answer without a body, and the decoding error for a body that is not a `Reply`.
    private func ask<Reply: Decodable>(
        _ kind: RequestKind, _ request: some Encodable, as reply: Reply.Type, timeout: Duration, attempts: Int
    ) async throws -> Reply {
        let frames = try await requests.request(try Self.frames(kind, request), timeout: timeout, attempts: attempts)
        guard let body = frames.first else { throw ControlClientError.emptyReply(endpoint: endpoint) }
        return try MessageCoding.decode(Reply.self, from: body)
    }
}

public enum ControlClientError: Error, CustomStringConvertible, Equatable {
    /// The ROUTER answered with no frame after the request id.
    case emptyReply(endpoint: String)

    public var description: String {
        switch self {
        case .emptyReply(let endpoint): "\(endpoint) sent an empty reply"
        }
    }
}
