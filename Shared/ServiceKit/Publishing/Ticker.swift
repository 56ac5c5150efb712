import Foundation
import ServiceLifecycle

/// A stream of wake-ups: one on every `poke()`, and one every `interval`.
/// Several pokes before the reader wakes count as one.
public final class Ticker: Sendable {
    public let wakeups: AsyncStream<Void>
    private let continuation: AsyncStream<Void>.Continuation
    private let timer: Task<Void, Never>

    public init(interval: Duration) {
        let (stream, continuation) = AsyncStream<Void>.makeStream(bufferingPolicy: .bufferingNewest(1))
        self.wakeups = stream
        self.continuation = continuation
        self.timer = Task {
            while !Task.isCancelled {
                try? await Task.sleep(for: interval)
                continuation.yield()
            }
        }
    }

    public func poke() { continuation.yield() }

    public func finish() {
        timer.cancel()
        continuation.finish()
    }
}

extension Ticker {
    /// What a periodic `Service` runs: `body` at once (unless `atStart` is
    /// false) and on every wake-up, until graceful shutdown; then the ticker stops.
    public func repeatUntilShutdown(atStart: Bool = true, _ body: @escaping @Sendable () async -> Void) async {
        await cancelWhenGracefulShutdown {
            if atStart { await body() }
            for await _ in self.wakeups { await body() }
        }
        finish()
    }
}
