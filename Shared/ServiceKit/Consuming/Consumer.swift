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

    private let sources: [ServiceName]
    private let database: ServiceDatabase
    private let applier: any MessageApplier
    private let waiter: AppliedSeqWaiter
    private let onCommit: @Sendable () -> Void
    private let logger: Logger
    private let subscriber: Subscriber
    private let fetchers: [String: ControlClient]
    private let inputs: AsyncStream<Input>
    private let continuation: AsyncStream<Input>.Continuation

    private var applied: [String: Int64] = [:]
    /// Per source: the epoch of what was applied; absent while not known.
    private var epochs: [String: UUID] = [:]
    /// Sources no longer applied, and why; until the operator reconciles.
    private var stops: [String: SourceStop] = [:]
    private var announced: [String: Int64] = [:]
    private var synced: Set<String> = []
    private var nextFetchAllowed: [String: ContinuousClock.Instant] = [:]
    /// Sources with a fetch on its way.
    private var fetching: Set<String> = []
    /// Per source: bumped by each reconcile, so that a fetch answer or an
    /// applied batch begun before it does not set the state it replaced.
    private var generations: [String: Int] = [:]
    /// Per source: what the consumer last said of where it may still need
    /// the log from (`keep-from`), which lets the source prune what is
    /// before it, and when: again once it changed (at most every 5 s), and
    /// every minute in any case (a source restarted forgets nothing, but
    /// its database may have been replaced).
    private var keepFromSaid: [String: (from: Int64, at: ContinuousClock.Instant)] = [:]
    static let keepFromInterval: Duration = .seconds(60)
    static let keepFromChangeInterval: Duration = .seconds(5)
    private var paused = false

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

    private func handle(_ input: Input) async {
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

    private func needsFetch(_ source: String) -> Bool {
        if stops[source] != nil { return false }
        if let allowed = nextFetchAllowed[source], allowed > .now { return false }
        return !synced.contains(source) || (applied[source] ?? 0) < (announced[source] ?? 0)
    }

    /// Caught up with `source` in a known epoch, and what to say changed or was not said for a minute.
    private func needsKeepFrom(_ source: String) -> Bool {
        guard synced.contains(source), stops[source] == nil, epochs[source] != nil else { return false }
        guard let said = keepFromSaid[source] else { return true }
        let since = ContinuousClock.now - said.at
        if since >= Self.keepFromInterval { return true }
        return since >= Self.keepFromChangeInterval && said.from != applier.keepFrom(source: source, applied: applied[source] ?? 0)
    }

    /// Tells `source` from which `seq` of its current epoch on this consumer
    /// may still need its log. A source that predates pruning refuses the
    /// request; nothing depends on its answer.
    private func sayKeepFrom(_ source: String) {
        guard let fetcher = fetchers[source], let epoch = epochs[source] else { return }
        let from = applier.keepFrom(source: source, applied: applied[source] ?? 0)
        keepFromSaid[source] = (from, .now)
        let request = ControlRequest(.keepFrom, from: from, epoch: epoch)
        let logger = self.logger
        Task {
            do {
                let reply = try await fetcher.control(request, timeout: .seconds(2), attempts: 1)
                if !reply.ok { logger.debug("\(source) did not take keep-from: \(reply.error ?? "no reason")") }
            } catch {
                logger.debug("cannot tell \(source) keep-from yet: \(error)")
            }
        }
    }

    private func receive(_ frames: [Data]) async {
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

    private func announce(_ source: String, _ seq: Int64) {
        guard applied[source] != nil else { return }
        announced[source] = max(announced[source] ?? 0, seq)
    }

    // MARK: Repair

    /// Asks `source` for the messages after the last applied one. The fetch
    /// runs in its own task, so a source that is down (each try waits for the
    /// timeout) never holds up the messages of the others; its answer comes
    /// back to `fetched`. One fetch per source at a time.
    private func catchUp(_ source: String) {
        guard let fetcher = fetchers[source], !paused, stops[source] == nil, !fetching.contains(source) else { return }
        fetching.insert(source)
        let from = (applied[source] ?? 0) + 1
        let generation = generations[source] ?? 0
        Task {
            let outcome: Result<ControlReply, any Error>
            do {
                let request = ControlRequest(.fetch, from: from, limit: Self.fetchLimit)
                outcome = .success(try await fetcher.control(request, timeout: .seconds(2), attempts: 1))
            } catch {
                outcome = .failure(error)
            }
            await self.fetched(source, from: from, generation: generation, outcome)
        }
    }

    /// Applies a fetched batch, and fetches again while more is missing.
    private func fetched(
        _ source: String, from: Int64, generation: Int, _ outcome: Result<ControlReply, any Error>
    ) async {
        guard generation == generations[source] ?? 0 else {
            // Asked before a reconcile: its `from` belongs to the state the reconcile replaced.
            fetching.remove(source)
            return
        }
        let reply: ControlReply
        switch outcome {
        case .failure(let error):
            fetching.remove(source)
            logger.debug("cannot fetch from \(source) yet: \(error)")
            nextFetchAllowed[source] = .now + .seconds(1)
            return
        case .success(let answer):
            reply = answer
        }
        if !reply.ok, let pruned = reply.prunedThrough, pruned >= from {
            fetching.remove(source)
            await stop(
                source,
                SourceStop(
                    reason: .pruned, appliedEpoch: epochs[source], sourceEpoch: reply.epoch, sourceLatestSeq: reply.count ?? 0,
                    prunedThrough: pruned))
            return
        }
        guard reply.ok, let messages = reply.messages else {
            fetching.remove(source)
            logger.warning("\(source) refused a fetch: \(reply.error ?? "no reason")")
            nextFetchAllowed[source] = .now + .seconds(1)
            return
        }
        guard !paused else {
            // Paused while the fetch was out: nothing is applied; `resume` fetches again.
            fetching.remove(source)
            return
        }
        if let stranger = messages.first(where: { $0.source != source }) {
            fetching.remove(source)
            logger.warning("\(source) answered a fetch with a message of '\(stranger.source)'; refused")
            nextFetchAllowed[source] = .now + .seconds(1)
            return
        }
        // The source's latest `seq` is at least what was applied when the fetch was asked, unless it went back.
        let latest = reply.count ?? (messages.last?.seq ?? from - 1)
        guard await isSameHistory(source, epoch: reply.epoch ?? messages.first?.epoch, seen: latest, atLeast: from - 1)
        else {
            fetching.remove(source)
            return
        }
        if let epoch = reply.epoch, epochs[source] == nil { await learn(epoch, of: source) }
        synced.insert(source)
        nextFetchAllowed[source] = nil
        if let latest = reply.count { announce(source, latest) }
        if !messages.isEmpty {
            var raw: [Int64: Data] = [:]
            for message in messages { raw[message.seq] = try? message.encoded() }
            await apply(messages, raw: raw, source: source)
        }
        fetching.remove(source)
        if !messages.isEmpty && (applied[source] ?? 0) < from {
            // Nothing applied: the batch does not continue our sequence, or
            // the database refused it. Try again after the backoff.
            logger.warning("fetched messages from \(source) at \(from) could not be applied; retrying later")
            nextFetchAllowed[source] = .now + .seconds(1)
            return
        }
        // More right away only after a batch that moved us on; an empty answer
        // (the source cannot serve what was announced yet) waits for the next tick.
        if !messages.isEmpty && (messages.count >= Self.fetchLimit || (applied[source] ?? 0) < (announced[source] ?? 0)) {
            catchUp(source)
        }
    }

    // MARK: Epochs: noticing a source that went back

    /// A heartbeat: the source's epoch, and the highest `seq` it published.
    /// Published below what was applied (a fetch from its outbox can run ahead
    /// of its relay) proves nothing yet: a fetch asks for its outbox's latest.
    private func heard(_ heartbeat: Heartbeat) async {
        let source = heartbeat.source
        guard applied[source] != nil else { return }
        guard await isSameHistory(source, epoch: heartbeat.epoch, seen: heartbeat.latestSeq) else { return }
        if heartbeat.latestSeq < (applied[source] ?? 0) { synced.remove(source) }
        announce(source, heartbeat.latestSeq)
        if needsFetch(source) { catchUp(source) }
    }

    /// Whether what `source` sent continues the history applied: the same
    /// epoch (or one not known yet), and, for a fetch answer (`seen` is the
    /// source's latest `seq`), no lower than `atLeast`, what was applied when
    /// it was asked. When not, the source is stopped. Nothing applied yet
    /// means nothing to contradict.
    private func isSameHistory(_ source: String, epoch: UUID?, seen: Int64, atLeast: Int64? = nil) async -> Bool {
        guard stops[source] == nil else { return false }
        let seq = applied[source] ?? 0
        guard seq > 0 else { return true }
        let known = epochs[source]
        if let epoch, let known, epoch != known {
            await stop(source, SourceStop(reason: .newEpoch, appliedEpoch: known, sourceEpoch: epoch, sourceLatestSeq: seen))
            return false
        }
        if let atLeast, seen < atLeast {
            await stop(source, SourceStop(reason: .seqBehind, appliedEpoch: known, sourceEpoch: epoch, sourceLatestSeq: seen))
            return false
        }
        return true
    }

    /// Records the epoch of a source whose epoch was not known (offsets
    /// written before epochs), once a fetch answer showed the same history.
    private func learn(_ epoch: UUID, of source: String) async {
        do {
            try await database.writer.write { try ConsumerEpochs.adopt(epoch, source: source, in: $0) }
            epochs[source] = epoch
            await waiter.advanced(source: source, to: applied[source] ?? 0, epoch: epoch)
        } catch {
            logger.error("cannot record the epoch of \(source): \(error)")
        }
    }

    /// Stops applying `source`, and records why, so that it stays stopped after a restart.
    private func stop(_ source: String, _ stop: SourceStop) async {
        stops[source] = stop
        await waiter.stopped(source: source)
        let what = stop.explanation(source: source, appliedSeq: applied[source] ?? 0)
        logger.error("stopped applying \(source): \(what); once understood: komunikactl reconcile <this service> \(source)")
        do {
            try await database.writer.write { try ConsumerEpochs.stop(stop, source: source, in: $0) }
        } catch {
            logger.error("cannot record that \(source) is stopped: \(error)")
        }
    }

    /// The operator's reconcile, in the epoch the source answers with now:
    /// an applier that forgets what it keeps of `source`
    /// (`MessageApplier.forget(source:in:)`, the gateway's read model) gets
    /// the source's whole log again from `seq` 1; one that keeps its state (a
    /// service's reactions) gets what follows the history both logs share —
    /// the restored backup's newest `seq` (`ControlReply.sharedSeq`), or for
    /// a `seq` that went back in the same epoch, the latest the source had
    /// when the consumer stopped. Returns that `seq` and the source's latest.
    public func reconcile(source: String) async throws -> (after: Int64, latest: Int64) {
        guard applied[source] != nil, let fetcher = fetchers[source] else { throw ConsumerError.notConsumed(source) }
        // Only a stopped source: on a live one a service would react to its whole log again.
        guard stops[source] != nil else { throw ConsumerError.notStopped(source) }
        let reply = try await fetcher.control(ControlRequest(.fetch, from: 1, limit: 1), timeout: .seconds(5), attempts: 1)
        let pruned = reply.prunedThrough ?? 0
        guard reply.ok || pruned > 0 else { throw ConsumerError.refused(source: source, reason: reply.error ?? "no reason") }
        let applier = self.applier
        if pruned > 0, applier.needsWholeLog { throw ConsumerError.logPruned(source: source, through: pruned) }
        // Read after the await: a second reconcile may have run meanwhile.
        guard let stop = stops[source], let seq = applied[source] else { throw ConsumerError.notStopped(source) }
        let shared = stop.reason == .seqBehind ? stop.sourceLatestSeq : reply.sharedSeq ?? 0
        let after = try await database.writer.write { db -> Int64 in
            // What was pruned is gone for every consumer: a service goes on after it.
            let after = try applier.forget(source: source, in: db) ? 0 : max(min(seq, shared), pruned)
            // A service's order guards come down to it, to 0 too (a new file shares nothing).
            try applier.rewind(source: source, to: after, in: db)
            try ConsumerEpochs.restart(source: source, epoch: reply.epoch, appliedSeq: after, in: db)
            return after
        }
        logger.notice("reconciled \(source): applying its log again after seq \(after) (latest \(reply.count ?? 0))")
        generations[source, default: 0] += 1
        applied[source] = after
        epochs[source] = reply.epoch
        stops[source] = nil
        await waiter.restarted(source: source, at: after, epoch: reply.epoch)
        announced[source] = reply.count ?? 0
        synced.remove(source)
        nextFetchAllowed[source] = nil
        onCommit()
        continuation.yield(.tick)
        return (after, reply.count ?? 0)
    }

    static func topicMismatch(_ topic: String, source: String, expected: String) -> String {
        "the topic '\(topic)' does not match the envelope's source '\(source)' (expected '\(expected)')"
    }

    // MARK: Applying

    /// Applies the envelopes that continue `source`'s sequence, in one
    /// transaction, and records the epoch they came from when it is new to us.
    private func apply(_ envelopes: [Envelope], raw: [Int64: Data], source: String) async {
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

    private func deadLetter(frames: [Data], reason: String) async {
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

    /// Applies unresolved dead letters again (one, or all), each source's in
    /// `seq` order; returns how many now succeeded. A retried letter is
    /// older than what the consumer applied since, so the appliers' per-row
    /// guards (`RowSeq`) decide: a letter that would overwrite a row a newer
    /// message wrote throws `StaleMessage` and stays dead with that reason;
    /// one whose rows nothing newer wrote is applied.
    public func retryDeadLetters(id: Int64?) async throws -> Int64 {
        let applier = self.applier
        let (stops, epochs) = (self.stops, self.epochs)
        let resolved = try await database.writer.write { db in
            var resolved: Int64 = 0
            for entry in try DeadLetters.unresolved(id: id, in: db) {
                do {
                    try db.inSavepoint {
                        let envelope = try Envelope.decode(entry.raw)
                        if let refusal = Self.retryRefusal(entry.info, envelope, stops: stops, epochs: epochs) {
                            throw RetryRefused(reason: refusal)
                        }
                        try applier.apply(envelope, in: db)
                        return .commit
                    }
                    try DeadLetters.markResolved(id: entry.info.id, in: db)
                    resolved += 1
                } catch {
                    try DeadLetters.recordFailedAttempt(id: entry.info.id, reason: Self.describe(error), in: db)
                }
            }
            return resolved
        }
        onCommit()
        return resolved
    }

    /// Why the dead letter `info` (holding `envelope`) may not be applied
    /// again; `nil` when it may. Only a message refused while it was applied
    /// in its source's sequence (it has a `seq`) is retried: one refused
    /// before it was read as such (its topic or frames were wrong) was never
    /// counted as applied, so its message, if genuine, came again and was
    /// applied in order. Nor one of a stopped source, nor one of another
    /// history (epoch) than the one applied now: after a restore and a
    /// reconcile it belongs to the lost history.
    static func retryRefusal(
        _ info: DeadLetterInfo, _ envelope: Envelope, stops: [String: SourceStop], epochs: [String: UUID]
    ) -> String? {
        guard let source = info.source, info.seq != nil else {
            return "refused before it was read as a message of its source (its topic or frames): not applied; if genuine, it came again in order"
        }
        if stops[source] != nil { return "\(source) is stopped until it is reconciled: not applied" }
        if let epoch = envelope.epoch, let applying = epochs[source], epoch != applying {
            return "from another history of \(source) (epoch \(epoch.uuidString)) than the one applied now (\(applying.uuidString)): not applied"
        }
        return nil
    }

    static func describe(_ error: any Error) -> String {
        if let error = error as? DecodingError { return DecodingErrorText.describe(error) }
        return String(describing: error)
    }
}

/// A dead letter that may not be applied again, with why (`Consumer.retryRefusal`).
struct RetryRefused: Error, CustomStringConvertible {
    let reason: String
    var description: String { reason }
}

public enum ConsumerError: Error, CustomStringConvertible, Equatable {
    case notConsumed(String)
    case refused(source: String, reason: String)
    /// The applier rebuilds from the whole log, which the source pruned through `seq`.
    case logPruned(source: String, through: Int64)
    case notStopped(String)

    public var description: String {
        switch self {
        case .notConsumed(let source): "'\(source)' is not a source this service consumes"
        case .refused(let source, let reason): "\(source) refused to answer a fetch: \(reason)"
        case .notStopped(let source):
            "this consumer applies \(source) and has not stopped it: reconcile is for a source status shows STOPPED"
        case .logPruned(let source, let through):
            "\(source) pruned its log through seq \(through), and this consumer rebuilds from the whole log:"
                + " restore this consumer's own backup (it holds what was applied), then reconcile again"
        }
    }
}
