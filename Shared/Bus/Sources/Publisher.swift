import Foundation

/// A PUB socket: `[topic, body]` messages to every subscriber whose prefix
/// matches. PUB never blocks and drops at the high-water mark; consumers
/// repair what is lost by asking the source for a replay.
public final class Publisher: @unchecked Sendable {
    private let thread: SocketThread
    public let endpoint: String

    public init(context: ZMQContext, bind endpoint: String, options: [SocketOption] = []) throws {
        let socket = try ZMQSocket(context: context, kind: .pub)
        try socket.set(.sendHighWaterMark(100_000))
        for option in options { try socket.set(option) }
        try socket.bind(endpoint)
        self.endpoint = socket.lastEndpoint
        thread = try SocketThread(name: "zmq-pub", socket: socket, onMessage: { _ in })
        thread.start()
    }

    public func publish(topic: String, body: Data) {
        thread.send([Data(topic.utf8), body])
    }

    /// Sends raw frames as they are; for tests that put malformed input on the bus.
    public func publishFrames(_ frames: [Data]) {
        thread.send(frames)
    }

    public func close() { thread.stop() }
}
