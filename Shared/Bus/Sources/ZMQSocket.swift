import CZeroMQ
import Foundation

/// One libzmq socket. Not thread-safe: a socket is used by the one thread that
/// owns it (see `SocketThread`), as libzmq requires.
public final class ZMQSocket: @unchecked Sendable {
    public enum Kind: Sendable {
        case pub, sub, dealer, router, rep, req

        var raw: Int32 {
            switch self {
            case .pub: ZMQ_PUB
            case .sub: ZMQ_SUB
            case .dealer: ZMQ_DEALER
            case .router: ZMQ_ROUTER
            case .rep: ZMQ_REP
            case .req: ZMQ_REQ
            }
        }
    }

    let handle: UnsafeMutableRawPointer
    public let kind: Kind
    private var closed = false

    public init(context: ZMQContext, kind: Kind) throws {
        guard let handle = zmq_socket(context.handle, kind.raw) else {
            throw ZMQError("zmq_socket")
        }
        self.handle = handle
        self.kind = kind
    }

    deinit { close() }

    public func close() {
        guard !closed else { return }
        closed = true
        var linger: Int32 = 0
        _ = zmq_setsockopt(handle, ZMQ_LINGER, &linger, MemoryLayout<Int32>.size)
        zmq_close(handle)
    }

    public func bind(_ endpoint: String) throws {
        try ZMQError.check(zmq_bind(handle, endpoint), "bind \(endpoint)")
    }

    public func connect(_ endpoint: String) throws {
        try ZMQError.check(zmq_connect(handle, endpoint), "connect \(endpoint)")
    }

    /// The endpoint actually bound (useful after binding `tcp://127.0.0.1:*`).
    public var lastEndpoint: String {
        var buffer = [CChar](repeating: 0, count: 1024)
        var size = buffer.count
        _ = zmq_getsockopt(handle, ZMQ_LAST_ENDPOINT, &buffer, &size)
        return String(cString: buffer)
    }

    public func set(_ option: SocketOption) throws {
        try option.apply(to: handle)
    }

    /// Sends all frames as one message without blocking. Returns `false` when
    /// libzmq cannot take it now (no peer, or the high-water mark is reached).
    @discardableResult
    public func send(_ frames: [Data]) throws -> Bool {
        for (index, frame) in frames.enumerated() {
            let more = index < frames.count - 1
            let flags = ZMQ_DONTWAIT | (more ? ZMQ_SNDMORE : 0)
            let result = frame.withUnsafeBytes { buffer in
                zmq_send(handle, buffer.baseAddress, buffer.count, flags)
            }
            if result == -1 {
                let code = zmq_errno()
                if code == EAGAIN, index == 0 { return false }
                if code == EHOSTUNREACH { return false }
                throw ZMQError("zmq_send", code: code)
            }
        }
        return true
    }

    /// Receives one whole message if one is waiting, without blocking.
    public func receive() throws -> [Data]? { try receiveMessage()?.frames }

    /// Receives one whole message if one is waiting, without blocking, with
    /// the user id the context's ZAP handler gave its sender.
    public func receiveMessage() throws -> ReceivedMessage? {
        var frames: [Data] = []
        var userId: String?
        while true {
            var message = zmq_msg_t()
            zmq_msg_init(&message)
            defer { zmq_msg_close(&message) }
            let size = zmq_msg_recv(&message, handle, frames.isEmpty ? ZMQ_DONTWAIT : 0)
            if size == -1 {
                let code = zmq_errno()
                if code == EAGAIN, frames.isEmpty { return nil }
                if code == EINTR, frames.isEmpty { return nil }
                throw ZMQError("zmq_msg_recv", code: code)
            }
            // A ROUTER's first frame is the identity it made up, which carries no
            // metadata: the User-Id comes with the frames the peer sent.
            if userId == nil, let value = zmq_msg_gets(&message, "User-Id") { userId = String(cString: value) }
            frames.append(Data(bytes: zmq_msg_data(&message), count: Int(size)))
            if zmq_msg_more(&message) == 0 { return ReceivedMessage(frames: frames, userId: userId) }
        }
    }

    /// A message is waiting to be read, or the socket can take one.
    var events: Int32 {
        var value: Int32 = 0
        var size = MemoryLayout<Int32>.size
        _ = zmq_getsockopt(handle, ZMQ_EVENTS, &value, &size)
        return value
    }
}

/// One message as a socket received it.
public struct ReceivedMessage: Sendable {
    public let frames: [Data]
    /// The user id the ZAP handler answered for the sender's key (RFC 27,
    /// libzmq's `User-Id` property); `nil` when the socket asks no ZAP handler.
    public let userId: String?
}
