import Foundation

public enum RequestError: Error, CustomStringConvertible, Sendable, Equatable {
    case timedOut(endpoint: String, attempts: Int)
    case closed

    public var description: String {
        switch self {
        case .timedOut(let endpoint, let attempts): "no answer from \(endpoint) after \(attempts) attempt(s)"
        case .closed: "the request client is closed"
        }
    }
}

/// A DEALER socket asking one ROUTER. Each request has an id; an unanswered
/// request is sent again with the same id until its attempts run out, so the
/// server must treat a repeat as the same request: a service's ROUTER joins a
/// repeat to the copy it is still answering (`ServiceRouter`), and commands
/// carry idempotency keys for a repeat that comes after. A request that runs
/// out of attempts (`RequestError.timedOut`) may still be answered, and
/// applied, later: its outcome is unknown, not failed.
public final class RequestClient: @unchecked Sendable {
    private struct Pending {
        var frames: [Data]
        var deadline: ContinuousClock.Instant
        var timeout: Duration
        var attemptsLeft: Int
        var attempts: Int
        var waitingForConnection = false
        var continuation: CheckedContinuation<[Data], any Error>
    }

    public let endpoint: String
    private let lock = NSLock()
    private var pending: [Data: Pending] = [:]
    private var isClosed = false
    private var refusedCount = 0
    private var lastCheck = ContinuousClock.now
    private var thread: SocketThread!

    public init(context: ZMQContext, connect endpoint: String, options: [SocketOption] = []) throws {
        self.endpoint = endpoint
        let socket = try ZMQSocket(context: context, kind: .dealer)
        // `immediate`: nothing waits in libzmq's queue for a server that is
        // down, so a request never reaches it after its caller gave up. A
        // request refused for want of a connection is sent again on the next
        // tick, until its deadline.
        try socket.set(.immediate(true))
        try socket.set(.reconnectInterval(milliseconds: 100))
        try socket.set(.heartbeat(interval: 1_000, timeout: 3_000))
        try socket.set(.sendHighWaterMark(100_000))
        try socket.set(.receiveHighWaterMark(100_000))
        for option in options { try socket.set(option) }
        try socket.connect(endpoint)
        thread = try SocketThread(
            name: "zmq-dealer", socket: socket, tickMilliseconds: 20,
            onMessage: { [weak self] frames in self?.received(frames) },
            onTick: { [weak self] in self?.checkDeadlines() },
            onRefused: { [weak self] frames in self?.refused(frames) }
        )
        thread.start()
    }

    /// Sends `frames` and waits for the answer's frames. Waits `timeout` for
    /// each of `attempts` tries.
    public func request(_ frames: [Data], timeout: Duration = .seconds(5), attempts: Int = 3) async throws -> [Data] {
        let requestId = Data(UUID().uuidString.utf8)
        return try await withCheckedThrowingContinuation { continuation in
            let accepted = lock.withLock { () -> Bool in
                guard !isClosed else { return false }
                pending[requestId] = Pending(
                    frames: frames, deadline: .now + timeout, timeout: timeout,
                    attemptsLeft: max(attempts, 1) - 1, attempts: 1, continuation: continuation)
                return true
            }
            guard accepted else {
                continuation.resume(throwing: RequestError.closed)
                return
            }
            thread.send([requestId] + frames)
        }
    }

    public func close() {
        let waiting = lock.withLock { () -> [Pending] in
            isClosed = true
            defer { pending.removeAll() }
            return Array(pending.values)
        }
        for request in waiting { request.continuation.resume(throwing: RequestError.closed) }
        thread.stop()
    }

    private func received(_ frames: [Data]) {
        guard let requestId = frames.first else { return }
        let request = lock.withLock { pending.removeValue(forKey: requestId) }
        // An answer to a request already answered or given up on is dropped.
        request?.continuation.resume(returning: Array(frames.dropFirst()))
    }

    private func refused(_ frames: [Data]) {
        guard let requestId = frames.first else { return }
        lock.withLock {
            guard pending[requestId] != nil, pending[requestId]?.waitingForConnection == false else { return }
            pending[requestId]?.waitingForConnection = true
            refusedCount += 1
        }
    }

    /// Runs on the socket's thread after every poll; looks at the pending
    /// requests at most every 10 ms, so its cost does not grow with traffic.
    private func checkDeadlines() {
        let now = ContinuousClock.now
        var resend: [(Data, [Data])] = []
        var expired: [Pending] = []
        lock.withLock {
            guard now - lastCheck >= .milliseconds(10) else { return }
            lastCheck = now
            if refusedCount > 0 {
                for id in pending.keys where pending[id]?.waitingForConnection == true {
                    pending[id]?.waitingForConnection = false
                    if let frames = pending[id]?.frames { resend.append((id, frames)) }
                }
                refusedCount = 0
            }
            let due = pending.filter { $0.value.deadline <= now }
            for (id, request) in due {
                if request.attemptsLeft > 0 {
                    pending[id]?.attemptsLeft -= 1
                    pending[id]?.attempts += 1
                    pending[id]?.deadline = now + request.timeout
                    resend.append((id, request.frames))
                } else {
                    pending.removeValue(forKey: id)
                    expired.append(request)
                }
            }
        }
        for (id, frames) in resend { thread.send([id] + frames) }
        for request in expired {
            request.continuation.resume(throwing: RequestError.timedOut(endpoint: endpoint, attempts: request.attempts))
        }
    }
}
