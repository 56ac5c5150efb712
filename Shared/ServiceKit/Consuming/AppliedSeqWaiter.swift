import Foundation

/// Lets a request wait until the consumer has applied a given `seq` of a
/// source: how the gateway reads its own writes.
public actor AppliedSeqWaiter {
    private var applied: [String: Int64] = [:]
    private var waiters: [String: [(seq: Int64, id: UUID, continuation: CheckedContinuation<Bool, Never>)]] = [:]
    /// The timer of each wait still waiting, cancelled when the wait ends.
    private var timers: [UUID: Task<Void, Never>] = [:]

    public init() {}

    /// Returns `true` once `seq` of `source` is applied, `false` after
    /// `timeout`. The wait's timer ends with the wait: a satisfied wait
    /// leaves no task sleeping.
    public func wait(source: String, seq: Int64, timeout: Duration = .seconds(10)) async -> Bool {
        if applied[source, default: 0] >= seq { return true }
        let id = UUID()
        timers[id] = Task { [weak self] in
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            await self?.expire(source: source, id: id)
        }
        return await withCheckedContinuation { continuation in
            waiters[source, default: []].append((seq, id, continuation))
        }
    }

    /// How many waits have a timer running (each still waiting).
    public var runningTimers: Int { timers.count }

    /// Called by the consumer after each commit.
    public func advanced(source: String, to seq: Int64) {
        guard seq > applied[source, default: 0] else { return }
        applied[source] = seq
        guard let list = waiters[source] else { return }
        var remaining: [(seq: Int64, id: UUID, continuation: CheckedContinuation<Bool, Never>)] = []
        for waiter in list {
            if waiter.seq <= seq {
                timers.removeValue(forKey: waiter.id)?.cancel()
                waiter.continuation.resume(returning: true)
            } else {
                remaining.append(waiter)
            }
        }
        waiters[source] = remaining
    }

    public func appliedSeq(source: String) -> Int64 { applied[source, default: 0] }

    private func expire(source: String, id: UUID) {
        guard let index = waiters[source]?.firstIndex(where: { $0.id == id }) else { return }
        let waiter = waiters[source]!.remove(at: index)
        timers[id] = nil
        waiter.continuation.resume(returning: false)
    }
}
