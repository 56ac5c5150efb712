import CZeroMQ
import Foundation

/// The ZAP handler (ZeroMQ RFC 27) of a context: CURVE server sockets in the
/// context ask it about every client, and it admits only the public keys it
/// knows, answering with the user id it holds for the key; libzmq hands that
/// id to the server with each of the client's messages (`ReceivedMessage.userId`).
/// Without a handler a CURVE server accepts any client key, unless the socket
/// sets `SocketOption.zapEnforceDomain`.
public final class ZAPHandler: @unchecked Sendable {
    private var thread: SocketThread!
    private let lock = NSLock()
    private var allowed: [String: String]

    /// `allowed` maps Z85 public keys to the user id the peer is known by.
    public init(context: ZMQContext, allowed: [String: String]) throws {
        self.allowed = allowed
        let socket = try ZMQSocket(context: context, kind: .router)
        try socket.bind("inproc://zeromq.zap.01")
        thread = try SocketThread(
            name: "zmq-zap", socket: socket,
            onMessage: { [weak self] frames in
                self?.answer(frames)
            })
        thread.start()
    }

    public func allow(publicKey: String, userId: String) {
        lock.withLock { allowed[publicKey] = userId }
    }

    public func close() { thread.stop() }

    /// `[peer, "", version, requestId, domain, address, identity, mechanism, credentials…]`
    private func answer(_ frames: [Data]) {
        guard frames.count >= 8 else { return }
        let requestId = frames[3]
        let mechanism = String(decoding: frames[7], as: UTF8.self)
        var status = ("400", "unknown client key", "")
        if mechanism == "CURVE", frames.count >= 9, frames[8].count == 32 {
            let key = Self.z85(frames[8])
            if let userId = lock.withLock({ allowed[key] }) { status = ("200", "OK", userId) }
        } else if mechanism != "CURVE" {
            status = ("400", "only CURVE is admitted", "")
        }
        thread.send([
            frames[0], Data(), Data("1.0".utf8), requestId, Data(status.0.utf8), Data(status.1.utf8),
            Data(status.2.utf8), Data(),
        ])
    }

    static func z85(_ key: Data) -> String {
        var text = [CChar](repeating: 0, count: 41)
        key.withUnsafeBytes { buffer in
            _ = zmq_z85_encode(&text, buffer.bindMemory(to: UInt8.self).baseAddress, 32)
        }
        return String(cString: text)
    }
}
