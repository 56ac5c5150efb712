import Foundation

/// Operator and consumer requests every service's ROUTER answers.
public struct ControlRequest: Codable, Sendable, Equatable {
    public enum Operation: String, Codable, Sendable, CaseIterable {
        case status
        case health
        /// Messages from `from` on, at most `limit`, in the reply: how a consumer repairs a gap.
        case fetch
        /// Publish the outbox again from `from` on, for every subscriber.
        case republish
        case pause
        case resume
        /// An online backup of the service's SQLite file to `path`, inside the
        /// service's backup folder (a relative path is taken inside it).
        case backup
        case deadLetters = "dead-letters"
        /// Apply dead letter `id` again (all unresolved ones when `id` is absent).
        case retryDeadLetters = "retry-dead-letters"
        case logLevel = "log-level"
        /// What the service holds on the person with the address `email` (`ControlReply.person`).
        case exportPerson = "people-export"
        /// Erase what the service holds on the person with the address `email`
        /// (the erasure `erasureId`), in its tables and in its outbox, and
        /// publish `PersonErased`; `ControlReply.person` says what was erased.
        case erasePerson = "people-erase"
        /// Rebuild the consumer's view of `source` from the source's current
        /// log: after the consumer stopped applying it (`ConsumerStatus.stopped`).
        case reconcile
        /// A consumer's word to its source: of the log of `epoch` it may still
        /// need the messages from `from` on; what every consumer is past may
        /// be pruned (`ControlReply.prunedThrough`).
        case keepFrom = "keep-from"
        /// Prune the outbox now, as the pruner does every hour: what every
        /// consumer is past and older than the retention (`count`, `prunedThrough`).
        case prune
    }

    public var operation: Operation
    public var from: Int64?
    public var limit: Int?
    public var path: String?
    public var id: Int64?
    public var level: String?
    /// The person's address, for `people-export` and `people-erase`.
    public var email: String?
    /// The erasure request, for `people-erase`: the same in every service asked.
    public var erasureId: UUID?
    /// The source to reconcile, for `reconcile`.
    public var source: String?
    /// `keep-from`: the epoch of the log the consumer applies.
    public var epoch: UUID?

    public init(
        _ operation: Operation, from: Int64? = nil, limit: Int? = nil, path: String? = nil, id: Int64? = nil, level: String? = nil,
        email: String? = nil, erasureId: UUID? = nil, source: String? = nil, epoch: UUID? = nil
    ) {
        self.operation = operation
        self.source = source
        self.epoch = epoch
        self.email = email
        self.erasureId = erasureId
        self.from = from
        self.limit = limit
        self.path = path
        self.id = id
        self.level = level
    }
}

/// The answer to a control request; the field named after the operation is set.
public struct ControlReply: Codable, Sendable {
    public var ok: Bool
    public var error: String?
    public var status: ServiceStatus?
    public var messages: [Envelope]?
    public var deadLetters: [DeadLetterInfo]?
    /// How many messages were republished, dead letters retried, bytes backed up …
    public var count: Int64?
    /// `people-export`: the person's records, by table; `people-erase`: how many records of each kind were erased.
    public var person: JSONValue?
    /// `fetch`: the epoch of the database that answered, also when it has no
    /// messages from `from` on (`nil` from a service that predates epochs).
    public var epoch: UUID?
    /// `fetch`: the last `seq` the answering epoch shares with the one before
    /// it (a restored backup's newest message; 0 for a new file).
    /// `reconcile`: the `seq` after which the source's log is applied again.
    public var sharedSeq: Int64?
    /// `backup`: the file written, inside the service's backup folder.
    public var path: String?
    /// `fetch`, refused: every message up to this `seq` was pruned, so the
    /// consumer must be rebuilt from a snapshot. `keep-from`: what is pruned so far.
    public var prunedThrough: Int64?

    public init(
        ok: Bool = true, error: String? = nil, status: ServiceStatus? = nil, messages: [Envelope]? = nil, deadLetters: [DeadLetterInfo]? = nil,
        count: Int64? = nil, person: JSONValue? = nil, epoch: UUID? = nil, sharedSeq: Int64? = nil
    ) {
        self.ok = ok
        self.epoch = epoch
        self.sharedSeq = sharedSeq
        self.person = person
        self.error = error
        self.status = status
        self.messages = messages
        self.deadLetters = deadLetters
        self.count = count
    }

    public static func failed(_ error: String) -> ControlReply { ControlReply(ok: false, error: error) }
}

public struct ServiceStatus: Codable, Sendable, Equatable {
    public var service: String
    public var healthy: Bool
    public var latestSeq: Int64
    public var publishedSeq: Int64
    public var outboxBacklog: Int64
    public var consumers: [ConsumerStatus]
    public var deadLetters: Int64
    public var databaseBytes: Int64
    public var uptimeSeconds: Double
    public var paused: Bool
    public var logLevel: String
    /// Every outbox message up to this `seq` was pruned (`nil` from a service
    /// that predates pruning; 0 while nothing was).
    public var outboxPrunedThrough: Int64?

    public init(
        service: String, healthy: Bool, latestSeq: Int64, publishedSeq: Int64, outboxBacklog: Int64, consumers: [ConsumerStatus], deadLetters: Int64,
        databaseBytes: Int64, uptimeSeconds: Double, paused: Bool, logLevel: String
    ) {
        self.service = service
        self.healthy = healthy
        self.latestSeq = latestSeq
        self.publishedSeq = publishedSeq
        self.outboxBacklog = outboxBacklog
        self.consumers = consumers
        self.deadLetters = deadLetters
        self.databaseBytes = databaseBytes
        self.uptimeSeconds = uptimeSeconds
        self.paused = paused
        self.logLevel = logLevel
    }
}

/// How far a consumer is with one source.
public struct ConsumerStatus: Codable, Sendable, Equatable {
    public var source: String
    public var appliedSeq: Int64
    /// The latest `seq` the source announced (by message or heartbeat).
    public var sourceLatestSeq: Int64
    /// The epoch of the source's database that what was applied came from (`nil`: not known yet).
    public var epoch: UUID?
    /// Set when the consumer stopped applying the source; until the operator reconciles.
    public var stopped: SourceStop?
    public var lag: Int64 { max(0, sourceLatestSeq - appliedSeq) }

    public init(source: String, appliedSeq: Int64, sourceLatestSeq: Int64, epoch: UUID? = nil, stopped: SourceStop? = nil) {
        self.source = source
        self.appliedSeq = appliedSeq
        self.sourceLatestSeq = sourceLatestSeq
        self.epoch = epoch
        self.stopped = stopped
    }

    enum CodingKeys: String, CodingKey { case source, appliedSeq, sourceLatestSeq, lag, epoch, stopped }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        source = try container.decode(String.self, forKey: .source)
        appliedSeq = try container.decode(Int64.self, forKey: .appliedSeq)
        sourceLatestSeq = try container.decode(Int64.self, forKey: .sourceLatestSeq)
        epoch = try container.decodeIfPresent(UUID.self, forKey: .epoch)
        stopped = try container.decodeIfPresent(SourceStop.self, forKey: .stopped)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(appliedSeq, forKey: .appliedSeq)
        try container.encode(sourceLatestSeq, forKey: .sourceLatestSeq)
        try container.encode(lag, forKey: .lag)
        try container.encode(epoch, forKey: .epoch)
        try container.encode(stopped, forKey: .stopped)
    }
}

/// Why a consumer stopped applying a source: the source now answers from
/// another history than the one applied. Applying it on would skip its new
/// messages for good (their `seq` are ones applied already), so nothing more
/// of it is applied until `komunikactl reconcile <consumer> <source>`.
public struct SourceStop: Codable, Sendable, Equatable {
    public enum Reason: String, Codable, Sendable {
        /// A message, heartbeat or fetch came with another epoch than the one applied.
        case newEpoch = "new-epoch"
        /// The source's latest `seq` is below the last one applied, in the same epoch
        /// (a copy of the file put back by hand, or writes lost in a power cut).
        case seqBehind = "seq-behind"
        /// The source pruned the messages this consumer still needs
        /// (`prunedThrough`): a consumer that started after they were pruned.
        case pruned
    }

    public var reason: Reason
    public var since: Date
    /// The epoch of what was applied; `nil` when it was not known.
    public var appliedEpoch: UUID?
    /// The epoch the source announced.
    public var sourceEpoch: UUID?
    /// The latest `seq` the source announced when the consumer stopped.
    public var sourceLatestSeq: Int64
    /// `pruned`: the source no longer holds its messages up to this `seq`.
    public var prunedThrough: Int64?

    public init(
        reason: Reason, since: Date = Date(), appliedEpoch: UUID?, sourceEpoch: UUID?, sourceLatestSeq: Int64,
        prunedThrough: Int64? = nil
    ) {
        self.prunedThrough = prunedThrough
        self.reason = reason
        self.since = since
        self.appliedEpoch = appliedEpoch
        self.sourceEpoch = sourceEpoch
        self.sourceLatestSeq = sourceLatestSeq
    }

    /// What happened, in English, for `komunikactl status` and logs.
    public func explanation(source: String, appliedSeq: Int64) -> String {
        switch reason {
        case .newEpoch:
            "\(source) answers from another database than the one applied (a restored backup or a new file)"
        case .seqBehind:
            "\(source)'s latest seq is \(sourceLatestSeq), below the \(appliedSeq) applied (a copy of its file put back, or writes lost)"
        case .pruned:
            "\(source) pruned its log through seq \(prunedThrough ?? 0), past the \(appliedSeq) applied here (a consumer that started after)"
        }
    }
}

/// A message that could not be decoded or applied, kept with the reason.
public struct DeadLetterInfo: Codable, Sendable, Equatable {
    public var id: Int64
    public var source: String?
    public var topic: String
    public var type: String?
    public var seq: Int64?
    public var reason: String
    /// The message as it arrived (UTF-8; invalid bytes replaced).
    public var raw: String
    public var receivedAt: Date
    public var attempts: Int
    public var resolvedAt: Date?

    public init(
        id: Int64, source: String?, topic: String, type: String?, seq: Int64?, reason: String, raw: String, receivedAt: Date, attempts: Int,
        resolvedAt: Date?
    ) {
        self.id = id
        self.source = source
        self.topic = topic
        self.type = type
        self.seq = seq
        self.reason = reason
        self.raw = raw
        self.receivedAt = receivedAt
        self.attempts = attempts
        self.resolvedAt = resolvedAt
    }
}
