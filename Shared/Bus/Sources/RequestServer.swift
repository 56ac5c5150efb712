import Foundation

/// A request as a ROUTER received it: who sent it, its id, and its frames.
public struct IncomingRequest: Sendable {
    public let peer: Data
    public let requestId: Data
    public let frames: [Data]
    /// Who the ZAP handler says the sender is (its user id); `nil` on a
    /// socket without CURVE, where nobody vouches for the sender.
    public let userId: String?

    public init(peer: Data, requestId: Data, frames: [Data], userId: String? = nil) {
        self.peer = peer
        self.requestId = requestId
        self.frames = frames
        self.userId = userId
    }
}

/// A ROUTER socket answering DEALER clients. Requests reach `onRequest` on
/// the socket's thread; `reply` may be called from anywhere, at any time.
public final class RequestServer: @unchecked Sendable {
    private var thread: SocketThread!
    public let endpoint: String

    public init(
        context: ZMQContext, bind endpoint: String, options: [SocketOption] = [],
        onRequest: @escaping @Sendable (IncomingRequest) -> Void
    ) throws {
        let socket = try ZMQSocket(context: context, kind: .router)
        try socket.set(.sendHighWaterMark(100_000))
        try socket.set(.receiveHighWaterMark(100_000))
        try socket.set(.heartbeat(interval: 1_000, timeout: 3_000))
        for option in options { try socket.set(option) }
        try socket.bind(endpoint)
        self.endpoint = socket.lastEndpoint
        thread = try SocketThread(
            name: "zmq-router", socket: socket,
            onReceived: { message in
                // [peer, requestId, body…]; anything shorter is not a request.
                let frames = message.frames
                guard frames.count >= 3 else { return }
                onRequest(
                    IncomingRequest(
                        peer: frames[0], requestId: frames[1], frames: Array(frames[2...]), userId: message.userId))
            })
        thread.start()
    }

    public func reply(to request: IncomingRequest, frames: [Data]) {
        thread.send([request.peer, request.requestId] + frames)
    }

    public func close() { thread.stop() }
}
