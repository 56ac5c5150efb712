import CZeroMQ

/// A libzmq context: one per process. Terminated once every socket is closed.
public final class ZMQContext: @unchecked Sendable {
    let handle: UnsafeMutableRawPointer

    public init() {
        handle = zmq_ctx_new()
    }

    /// Whether this libzmq was built with CURVE security.
    public static var hasCurve: Bool { zmq_has("curve") != 0 }

    public static var version: String {
        var major: Int32 = 0
        var minor: Int32 = 0
        var patch: Int32 = 0
        zmq_version(&major, &minor, &patch)
        return "\(major).\(minor).\(patch)"
    }

    /// Makes every blocking call on this context's sockets return, then waits
    /// for the sockets to be closed.
    public func terminate() {
        _ = zmq_ctx_shutdown(handle)
        while zmq_ctx_term(handle) == -1, zmq_errno() == EINTR {}
    }
}
