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
    private var waiters: [String: [Waiter]] = [:]
    /// The timer of each wait still waiting, cancelled when the wait ends.
    private var timers: [UUID: Task<Void, Never>] = [:]

    /// A wait: for `seq` of `source`, written in `epoch` when the writer said.
    private struct Waiter {
        let seq: Int64
        let epoch: UUID?
        let id: UUID
        let continuation: CheckedContinuation<Bool, Never>
    }

    public init() {}

    /// Returns `true` once `seq` of `source` (written in `epoch`, when the
    /// writer said) is applied, `false` after `timeout`, and at once for a
    /// stopped source or another epoch than the one applied. The wait's
    /// timer ends with the wait: a satisfied wait leaves no task sleeping.
    public func wait(source: String, seq: Int64, epoch: UUID? = nil, timeout: Duration = .seconds(10)) async -> Bool {
        if stopped.contains(source) { return false }
        if let epoch, let applying = epochs[source], epoch != applying { return false }
        // With the writer's epoch not yet known here, the applied `seq` may be another history's: wait to learn it.
        if applied[source, default: 0] >= seq, epoch == nil || epochs[source] != nil { return true }
        let id = UUID()
        timers[id] = Task { [weak self] in
            guard (try? await Task.sleep(for: timeout)) != nil else { return }
            await self?.expire(source: source, id: id)
        }
        return await withCheckedContinuation { continuation in
            waiters[source, default: []].append(Waiter(seq: seq, epoch: epoch, id: id, continuation: continuation))
        }
    }

    /// How many waits have a timer running (each still waiting).
    public var runningTimers: Int { timers.count }

    /// Called by the consumer after each commit, with the epoch it applies when known.
    public func advanced(source: String, to seq: Int64, epoch: UUID? = nil) {
        if let epoch { epochs[source] = epoch }
        applied[source] = max(applied[source, default: 0], seq)
        guard let list = waiters[source] else { return }
        let applying = epochs[source]
        var remaining: [Waiter] = []
        for waiter in list {
            if waiter.epoch != nil, let applying, waiter.epoch != applying {
                // Written in another history than the one applied: never seen here.
                timers.removeValue(forKey: waiter.id)?.cancel()
                waiter.continuation.resume(returning: false)
            } else if waiter.seq <= applied[source, default: 0], waiter.epoch == nil || applying != nil {
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
