import CZeroMQ

/// A failed libzmq call, with libzmq's own words for it.
public struct ZMQError: Error, CustomStringConvertible, Sendable {
    public let code: Int32
    public let operation: String

    public init(_ operation: String, code: Int32 = zmq_errno()) {
        self.operation = operation
        self.code = code
    }

    public var description: String {
        "\(operation): \(String(cString: zmq_strerror(code)))"
    }

    static func check(_ result: Int32, _ operation: @autoclosure () -> String) throws {
        if result == -1 { throw ZMQError(operation()) }
    }
}
