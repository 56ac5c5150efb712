import Foundation

/// Lets a request wait until the consumer has applied a given `seq` of a
/// source: how the gateway reads its own writes.
public actor AppliedSeqWaiter {
    private var applied: [String: Int64] = [:]
    private var waiters: [String: [(seq: Int64, id: UUID, continuation: CheckedContinuation<Bool, Never>)]] = [:]

    public init() {}

    /// Returns `true` once `seq` of `source` is applied, `false` after `timeout`.
    public func wait(source: String, seq: Int64, timeout: Duration = .seconds(10)) async -> Bool {
        if applied[source, default: 0] >= seq { return true }
        let id = UUID()
        Task { [weak self] in
            try? await Task.sleep(for: timeout)
            await self?.expire(source: source, id: id)
        }
        return await withCheckedContinuation { continuation in
            waiters[source, default: []].append((seq, id, continuation))
        }
    }

    /// Called by the consumer after each commit.
    public func advanced(source: String, to seq: Int64) {
        guard seq > applied[source, default: 0] else { return }
        applied[source] = seq
        guard let list = waiters[source] else { return }
        var remaining: [(seq: Int64, id: UUID, continuation: CheckedContinuation<Bool, Never>)] = []
        for waiter in list {
            if waiter.seq <= seq { waiter.continuation.resume(returning: true) } else { remaining.append(waiter) }
        }
        waiters[source] = remaining
    }

    public func appliedSeq(source: String) -> Int64 { applied[source, default: 0] }

    private func expire(source: String, id: UUID) {
        guard let index = waiters[source]?.firstIndex(where: { $0.id == id }) else { return }
        let waiter = waiters[source]!.remove(at: index)
        waiter.continuation.resume(returning: false)
    }
}
