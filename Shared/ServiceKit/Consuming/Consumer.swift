import Bus
import Foundation
import GRDB
import Logging
import MessageSchema
import ServiceLifecycle
import Store

/// Consumes other services' messages: applies each source's messages in
/// `seq` order, exactly once, recording the `seq` in the effect's own
/// transaction. A gap, a heartbeat announcing more than it has, or a start
/// makes it fetch the missing messages from the source's ROUTER.
///
/// It also keeps the epoch of the source's database it applied from. A
/// message, heartbeat or fetch answer with another epoch, or a fetch answer
/// whose latest `seq` is below the one applied, means the source started
/// another history (a restored backup): the consumer stops applying that
/// source (`ConsumerStatus.stopped`, kept across restarts) until the
/// operator's `reconcile(source:)`.
public actor Consumer: Service {
    enum Input: Sendable {
        case frames([Data])
        case tick
    }

    let sources: [ServiceName]
    let database: ServiceDatabase
    let applier: any MessageApplier
    let waiter: AppliedSeqWaiter
    let onCommit: @Sendable () -> Void
    let logger: Logger
    let subscriber: Subscriber
    let fetchers: [String: ControlClient]
    let inputs: AsyncStream<Input>
    let continuation: AsyncStream<Input>.Continuation

    var applied: [String: Int64] = [:]
    /// Per source: the epoch of what was applied; absent while not known.
    var epochs: [String: UUID] = [:]
    /// Sources no longer applied, and why; until the operator reconciles.
    var stops: [String: SourceStop] = [:]
    var announced: [String: Int64] = [:]
    var synced: Set<String> = []
    var nextFetchAllowed: [String: ContinuousClock.Instant] = [:]
    /// Sources with a fetch on its way.
    var fetching: Set<String> = []
    /// Per source: bumped by each reconcile, so that a fetch answer or an
    /// applied batch begun before it does not set the state it replaced.
    var generations: [String: Int] = [:]
    /// Per source: what the consumer last said of where it may still need
    /// the log from (`keep-from`), which lets the source prune what is
    /// before it, and when: again once it changed (at most every 5 s), and
    /// every minute in any case (a source restarted forgets nothing, but
    /// its database may have been replaced).
    var keepFromSaid: [String: (from: Int64, at: ContinuousClock.Instant)] = [:]
    static let keepFromInterval: Duration = .seconds(60)
    static let keepFromChangeInterval: Duration = .seconds(5)
    var paused = false

    static let fetchLimit = 500

    public init(
        sources: [ServiceName], context: ZMQContext, topology: Topology, database: ServiceDatabase,
        applier: any MessageApplier, waiter: AppliedSeqWaiter, logger: Logger,
        clientOptions: (ServiceName) throws -> [SocketOption] = { _ in [] },
        onCommit: @escaping @Sendable () -> Void = {}
    ) throws {
        self.sources = sources
        self.database = database
        self.applier = applier
        self.waiter = waiter
        self.onCommit = onCommit
        self.logger = logger
        // Bounded: what a flood pushes out is a gap, repaired by a fetch.
        let (stream, continuation) = AsyncStream<Input>.makeStream(bufferingPolicy: .bufferingOldest(100_000))
        self.inputs = stream
        self.continuation = continuation
        var endpointOptions: [String: [SocketOption]] = [:]
        for source in sources { endpointOptions[topology[source].publish] = try clientOptions(source) }
        subscriber = try Subscriber(
            context: context, connect: sources.map { topology[$0].publish },
            prefixes: sources.map { Topic.prefix(source: $0.rawValue) }, endpointOptions: endpointOptions,
            onMessage: { frames in continuation.yield(.frames(frames)) })
        var fetchers: [String: ControlClient] = [:]
        for source in sources {
            fetchers[source.rawValue] = try ControlClient(
                context: context, connect: topology[source].router, options: try clientOptions(source))
        }
        self.fetchers = fetchers
    }

    public func run() async throws {
        let states = try await database.writer.read { try ConsumerEpochs.all(in: $0) }
        for source in sources {
            let state = states[source.rawValue]
            let seq = state?.appliedSeq ?? 0
            applied[source.rawValue] = seq
            epochs[source.rawValue] = state?.epoch
            stops[source.rawValue] = state?.stopped
            await waiter.advanced(source: source.rawValue, to: seq, epoch: state?.epoch)
            if state?.stopped != nil { await waiter.stopped(source: source.rawValue) }
        }
        let ticks = Task { [continuation] in
            while !Task.isCancelled {
                try? await Task.sleep(for: .milliseconds(500))
                continuation.yield(.tick)
            }
        }
        continuation.yield(.tick)
        await cancelWhenGracefulShutdown {
            for await input in self.inputs {
                await self.handle(input)
            }
        }
        ticks.cancel()
        continuation.finish()
        subscriber.close()
        for fetcher in fetchers.values { fetcher.close() }
    }

    // MARK: State for status and readiness

    public func status() -> [ConsumerStatus] {
        sources.map { source in
            let name = source.rawValue
            let seq = applied[name] ?? 0
            if let stop = stops[name] {
                return ConsumerStatus(
                    source: name, appliedSeq: seq, sourceLatestSeq: stop.sourceLatestSeq, epoch: epochs[name], stopped: stop)
            }
            return ConsumerStatus(
                source: name, appliedSeq: seq, sourceLatestSeq: max(announced[name] ?? 0, seq), epoch: epochs[name])
        }
    }

    /// Caught up with every source: each answered a fetch, and nothing announced is missing.
    /// A stopped source counts as caught up: it waits for the operator, and says so in status.
    public func isCaughtUp() -> Bool {
        sources.allSatisfy { source in
            let name = source.rawValue
            return stops[name] != nil || (synced.contains(name) && (applied[name] ?? 0) >= (announced[name] ?? 0))
        }
    }

    public var isPaused: Bool { paused }

    public func pause() { paused = true }

    public func resume() {
        paused = false
        // What was announced while paused was dropped: ask every source again.
        synced.removeAll()
        continuation.yield(.tick)
    }

    // MARK: Input

    func handle(_ input: Input) async {
        switch input {
        case .tick:
            guard !paused else { return }
            for source in sources where needsFetch(source.rawValue) {
                catchUp(source.rawValue)
            }
            for source in sources where needsKeepFrom(source.rawValue) {
                sayKeepFrom(source.rawValue)
            }
        case .frames(let frames):
            guard !paused else { return }
            await receive(frames)
        }
    }

    func needsFetch(_ source: String) -> Bool {
        if stops[source] != nil { return false }
        if let allowed = nextFetchAllowed[source], allowed > .now { return false }
        return !synced.contains(source) || (applied[source] ?? 0) < (announced[source] ?? 0)
    }

    func receive(_ frames: [Data]) async {
        guard frames.count == 2 else {
            await deadLetter(frames: frames, reason: "expected 2 frames [topic, envelope], got \(frames.count)")
            return
        }
        let topic = String(decoding: frames[0], as: UTF8.self)
        if topic.hasSuffix("." + Heartbeat.type) {
            guard let heartbeat = try? MessageCoding.decode(Heartbeat.self, from: frames[1]) else {
                await deadLetter(frames: frames, reason: "a heartbeat that cannot be decoded")
                return
            }
            guard topic == Topic.heartbeat(source: heartbeat.source) else {
                await deadLetter(
                    frames: frames, reason: Self.topicMismatch(topic, source: heartbeat.source, expected: Topic.heartbeat(source: heartbeat.source)))
                return
            }
            await heard(heartbeat)
            return
        }
        let envelope: Envelope
        do {
            envelope = try Envelope.decode(frames[1])
        } catch {
            await deadLetter(frames: frames, reason: "the envelope cannot be decoded: \(Self.describe(error))")
            return
        }
        guard topic == envelope.topic else {
            await deadLetter(frames: frames, reason: Self.topicMismatch(topic, source: envelope.source, expected: envelope.topic))
            return
        }
        guard applied[envelope.source] != nil else {
            await deadLetter(frames: frames, reason: "source '\(envelope.source)' is not one this service consumes")
            return
        }
        guard await isSameHistory(envelope.source, epoch: envelope.epoch, seen: envelope.seq) else { return }
        announce(envelope.source, envelope.seq)
        let last = applied[envelope.source] ?? 0
        if envelope.seq <= last { return }
        if envelope.seq == last + 1 {
            await apply([envelope], raw: [envelope.seq: frames[1]], source: envelope.source)
        } else {
            logger.debug("gap from \(envelope.source): have \(last), got \(envelope.seq); fetching")
            if needsFetch(envelope.source) { catchUp(envelope.source) }
        }
    }

    func announce(_ source: String, _ seq: Int64) {
        guard applied[source] != nil else { return }
        announced[source] = max(announced[source] ?? 0, seq)
    }

    // MARK: Applying

    /// Applies the envelopes that continue `source`'s sequence, in one
    /// transaction, and records the epoch they came from when it is new to us.
    func apply(_ envelopes: [Envelope], raw: [Int64: Data], source: String) async {
        guard stops[source] == nil else { return }
        let applier = self.applier
        let generation = generations[source] ?? 0
        let adopted = envelopes.first?.epoch.flatMap { $0 == epochs[source] ? nil : $0 }
        do {
            let last = try await database.writer.write { db -> Int64 in
                if let adopted { try ConsumerEpochs.adopt(adopted, source: source, in: db) }
                var last = try ConsumerOffsets.appliedSeq(source: source, in: db)
                for envelope in envelopes where envelope.seq == last + 1 {
                    do {
                        try db.inSavepoint {
                            try applier.apply(envelope, in: db)
                            return .commit
                        }
                    } catch {
                        ServiceMetrics.deadLetters.increment()
                        try DeadLetters.add(
                            topic: envelope.topic, raw: raw[envelope.seq] ?? Data(), reason: Self.describe(error),
                            source: source, type: envelope.type, seq: envelope.seq, in: db)
                    }
                    last = envelope.seq
                }
                try ConsumerOffsets.markApplied(source: source, seq: last, in: db)
                return last
            }
            // A reconcile ran while this batch was written: its state stands (the offset in the database is right either way).
            guard generation == generations[source] ?? 0 else { return }
            ServiceMetrics.messagesApplied.increment(by: Int64(max(0, Int(last - (applied[source] ?? 0)))))
            // Batches from a fetch and from live messages may finish out of order.
            applied[source] = max(applied[source] ?? 0, last)
            if let adopted { epochs[source] = adopted }
            onCommit()
            await waiter.advanced(source: source, to: last, epoch: epochs[source])
        } catch {
            logger.error("applying messages from \(source) failed; will fetch again: \(error)")
            nextFetchAllowed[source] = .now + .seconds(1)
        }
    }

    func deadLetter(frames: [Data], reason: String) async {
        let topic = frames.first.map { String(decoding: $0, as: UTF8.self) } ?? ""
        let raw = frames.count >= 2 ? frames[1] : (frames.first ?? Data())
        logger.warning("dead letter on '\(topic)': \(reason)")
        ServiceMetrics.deadLetters.increment()
        do {
            try await database.writer.write { db in
                try DeadLetters.add(topic: topic, raw: raw, reason: reason, in: db)
            }
        } catch {
            logger.error("cannot store a dead letter (\(reason)): \(error)")
        }
    }
}
