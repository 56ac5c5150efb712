import Foundation

/// A SUB socket connected to one or more publishers, filtering by topic
/// prefix. `onMessage` runs on the socket's own thread with every frame.
/// `endpointOptions` are set just before connecting to their endpoint (a
/// CURVE server key differs per publisher; libzmq takes options per connect).
public final class Subscriber: @unchecked Sendable {
    private let thread: SocketThread

    public init(
        context: ZMQContext, connect endpoints: [String], prefixes: [String], options: [SocketOption] = [],
        endpointOptions: [String: [SocketOption]] = [:], onMessage: @escaping @Sendable ([Data]) -> Void
    ) throws {
        let socket = try ZMQSocket(context: context, kind: .sub)
        try socket.set(.receiveHighWaterMark(100_000))
        try socket.set(.reconnectInterval(milliseconds: 100))
        for option in options { try socket.set(option) }
        for prefix in prefixes { try socket.set(.subscribe(prefix)) }
        for endpoint in endpoints {
            for option in endpointOptions[endpoint] ?? [] { try socket.set(option) }
            try socket.connect(endpoint)
        }
        thread = try SocketThread(name: "zmq-sub", socket: socket, onMessage: onMessage)
        thread.start()
    }

    public func close() { thread.stop() }
}
