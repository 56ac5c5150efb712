import Foundation

/// A count that any thread may raise and read: commits a handler reported,
/// messages a subscriber received.
public final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0

    public init() {}

    public func increment() { lock.withLock { count += 1 } }
    public var value: Int { lock.withLock { count } }
}
