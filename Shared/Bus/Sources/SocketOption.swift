import CZeroMQ
import Foundation

/// The socket options Komunika sets. libzmq's macros are re-published here
/// as Swift values, so no other module needs `zmq.h`.
public enum SocketOption: Sendable {
    /// Messages kept per peer before a PUB drops and a DEALER refuses.
    case sendHighWaterMark(Int32)
    case receiveHighWaterMark(Int32)
    /// How long a closing socket may still try to deliver, in milliseconds.
    case linger(milliseconds: Int32)
    /// ZMTP heartbeats: a dead peer is noticed after `timeout` without an answer.
    case heartbeat(interval: Int32, timeout: Int32)
    case reconnectInterval(milliseconds: Int32)
    /// Queue only to completed connections, so a send to a peer that is down fails at once.
    case immediate(Bool)
    case subscribe(String)
    case unsubscribe(String)
    /// This socket is a CURVE server with this secret key (Z85, 40 characters).
    case curveServer(secretKey: String)
    /// This socket is a CURVE client of the server with `serverKey`, with its own key pair.
    case curveClient(serverKey: String, publicKey: String, secretKey: String)
    /// The ZAP domain, which lets the ZAP handler tell sockets apart.
    case zapDomain(String)
    /// Ask the ZAP handler about every client and refuse them all when the
    /// context has none (libzmq otherwise admits any CURVE key then).
    case zapEnforceDomain(Bool)

    func apply(to handle: UnsafeMutableRawPointer) throws {
        switch self {
        case .sendHighWaterMark(let value): try setInt(handle, ZMQ_SNDHWM, value, "ZMQ_SNDHWM")
        case .receiveHighWaterMark(let value): try setInt(handle, ZMQ_RCVHWM, value, "ZMQ_RCVHWM")
        case .linger(let value): try setInt(handle, ZMQ_LINGER, value, "ZMQ_LINGER")
        case .heartbeat(let interval, let timeout):
            try setInt(handle, ZMQ_HEARTBEAT_IVL, interval, "ZMQ_HEARTBEAT_IVL")
            try setInt(handle, ZMQ_HEARTBEAT_TIMEOUT, timeout, "ZMQ_HEARTBEAT_TIMEOUT")
        case .reconnectInterval(let value): try setInt(handle, ZMQ_RECONNECT_IVL, value, "ZMQ_RECONNECT_IVL")
        case .immediate(let value): try setInt(handle, ZMQ_IMMEDIATE, value ? 1 : 0, "ZMQ_IMMEDIATE")
        case .subscribe(let prefix): try setString(handle, ZMQ_SUBSCRIBE, prefix, "ZMQ_SUBSCRIBE")
        case .unsubscribe(let prefix): try setString(handle, ZMQ_UNSUBSCRIBE, prefix, "ZMQ_UNSUBSCRIBE")
        case .curveServer(let secretKey):
            try setInt(handle, ZMQ_CURVE_SERVER, 1, "ZMQ_CURVE_SERVER")
            try setString(handle, ZMQ_CURVE_SECRETKEY, secretKey, "ZMQ_CURVE_SECRETKEY")
        case .curveClient(let serverKey, let publicKey, let secretKey):
            try setString(handle, ZMQ_CURVE_SERVERKEY, serverKey, "ZMQ_CURVE_SERVERKEY")
            try setString(handle, ZMQ_CURVE_PUBLICKEY, publicKey, "ZMQ_CURVE_PUBLICKEY")
            try setString(handle, ZMQ_CURVE_SECRETKEY, secretKey, "ZMQ_CURVE_SECRETKEY")
        case .zapDomain(let domain): try setString(handle, ZMQ_ZAP_DOMAIN, domain, "ZMQ_ZAP_DOMAIN")
        case .zapEnforceDomain(let value):
            try setInt(handle, Self.zapEnforceDomainOption, value ? 1 : 0, "ZMQ_ZAP_ENFORCE_DOMAIN")
        }
    }

    /// `ZMQ_ZAP_ENFORCE_DOMAIN` (93): zmq.h lists it among its draft options, so
    /// Swift does not see the macro; libzmq 4.3 takes it (and refuses it, failing
    /// the service's start, where it does not).
    static let zapEnforceDomainOption: Int32 = 93

    private func setInt(_ handle: UnsafeMutableRawPointer, _ option: Int32, _ value: Int32, _ name: String) throws {
        var value = value
        try ZMQError.check(zmq_setsockopt(handle, option, &value, MemoryLayout<Int32>.size), "set \(name)")
    }

    private func setString(_ handle: UnsafeMutableRawPointer, _ option: Int32, _ value: String, _ name: String) throws {
        let bytes = Array(value.utf8)
        try ZMQError.check(zmq_setsockopt(handle, option, bytes, bytes.count), "set \(name)")
    }
}

/// A CURVE key pair in Z85 text (40 characters each).
public struct CurveKeyPair: Sendable, Equatable, Codable {
    public var publicKey: String
    public var secretKey: String

    public init(publicKey: String, secretKey: String) {
        self.publicKey = publicKey
        self.secretKey = secretKey
    }

    public static func generate() throws -> CurveKeyPair {
        var publicKey = [CChar](repeating: 0, count: 41)
        var secretKey = [CChar](repeating: 0, count: 41)
        try ZMQError.check(zmq_curve_keypair(&publicKey, &secretKey), "zmq_curve_keypair")
        return CurveKeyPair(publicKey: String(cString: publicKey), secretKey: String(cString: secretKey))
    }
}
