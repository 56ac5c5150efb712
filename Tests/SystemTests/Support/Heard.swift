import Foundation

/// What a test's own SUB socket heard on the bus, frame by frame, as a
/// listener in any language would receive it.
final class Heard: @unchecked Sendable {
    private let lock = NSLock()
    private var messages: [[Data]] = []

    func add(_ frames: [Data]) { lock.withLock { messages.append(frames) } }

    var count: Int { lock.withLock { messages.count } }

    /// The second frames (the envelopes) of the messages heard on `topic`, in order.
    func bodies(onTopic topic: String) -> [Data] {
        lock.withLock { messages }.filter { $0.count == 2 && $0[0] == Data(topic.utf8) }.map { $0[1] }
    }
}
