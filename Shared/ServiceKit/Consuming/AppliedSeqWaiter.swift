import Foundation

/// Lets a request wait until the consumer has applied a given `seq` of a
/// source: how the gateway reads its own writes.
///
/// A `seq` counts within one history of the source's database (its epoch):
/// a wait for a `seq` of another epoch than the one applied, or on a source
/// the consumer stopped (a restored backup), ends at once, unseen — the old
/// history's higher `seq` must not pass for the new write.
public actor AppliedSeqWaiter {
    private var applied: [String: Int64] = [:]
    /// Per source: the epoch of what is applied, once known.
    private var epochs: [String: UUID] = [:]
    /// The sources the consumer stopped applying until the operator reconciles.
    private var stopped: Set<String> = []
    private var waiters: [String: [(seq: Int64, id: UUID, continuation: CheckedContinuation<Bool, Never>)]] = [:]
    /// The timer of each wait still waiting, cancelled when the wait ends.
    private var timers: [UUID: Task<Void, Never>] = [:]

    public init() {}

    /// Returns `true` once `seq` of `source` (written in `epoch`, when the
    /// writer said) is applied, `false` after `timeout`, and at once for a
    /// stopped source or another epoch than the one applied. The wait's
    /// timer ends with the wait: a satisfied wait leaves no task sleeping.
    public func wait(source: String, seq: Int64, epoch: UUID? = nil, timeout: Duration = .seconds(10)) async -> Bool {
        if stopped.contains(source) { return false }
        if let epoch, let applying = epochs[source], epoch != applying { return false }
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

    /// Called by the consumer after each commit, with the epoch it applies when known.
    public func advanced(source: String, to seq: Int64, epoch: UUID? = nil) {
        if let epoch { epochs[source] = epoch }
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

    /// Called by the consumer when it stops applying `source`: every wait on
    /// it ends unseen, and so does every new one until `restarted`.
    public func stopped(source: String) {
        stopped.insert(source)
        for waiter in waiters.removeValue(forKey: source) ?? [] {
            timers.removeValue(forKey: waiter.id)?.cancel()
            waiter.continuation.resume(returning: false)
        }
    }

    /// Called by the consumer after the operator's reconcile: `source` is
    /// applied again from `seq`, in `epoch`.
    public func restarted(source: String, at seq: Int64, epoch: UUID?) {
        stopped.remove(source)
        applied[source] = seq
        epochs[source] = epoch
    }

    public func appliedSeq(source: String) -> Int64 { applied[source, default: 0] }

    private func expire(source: String, id: UUID) {
        guard let index = waiters[source]?.firstIndex(where: { $0.id == id }) else { return }
        let waiter = waiters[source]!.remove(at: index)
        timers[id] = nil
        waiter.continuation.resume(returning: false)
    }
}
