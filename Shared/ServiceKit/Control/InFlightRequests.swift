import Bus
import Foundation

/// The requests a `ServiceRouter` has queued or is answering, by request id
/// and contents. A client sends an unanswered request again with the same id
/// (`RequestClient`); such a resend joins the copy already in flight and is
/// answered with its one outcome, instead of being queued and run a second
/// time, or turned away as busy while the first still runs.
final class InFlightRequests: Sendable {
    /// A request id with the frames it came with: a resend has both the same.
    private struct Identity: Hashable {
        var requestId: Data
        var frames: [Data]
    }

    private let lock = NSLock()
    nonisolated(unsafe) private var waiting: [Identity: [IncomingRequest]] = [:]

    /// `true` when `request` is new and is to be queued; `false` when a copy
    /// of it is in flight already, which it now waits for.
    func admit(_ request: IncomingRequest) -> Bool {
        let identity = Identity(requestId: request.requestId, frames: request.frames)
        return lock.withLock {
            if waiting[identity] != nil {
                waiting[identity]?.append(request)
                return false
            }
            waiting[identity] = [request]
            return true
        }
    }

    /// Ends `request`'s flight: every copy that waited for it, to be answered
    /// with its outcome (one answer to each peer that asked).
    func finish(_ request: IncomingRequest) -> [IncomingRequest] {
        let identity = Identity(requestId: request.requestId, frames: request.frames)
        let copies = lock.withLock { waiting.removeValue(forKey: identity) ?? [request] }
        var peers = Set<Data>()
        return copies.filter { peers.insert($0.peer).inserted }
    }

    /// How many distinct requests are in flight.
    var count: Int { lock.withLock { waiting.count } }
}
