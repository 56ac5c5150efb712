import Foundation

/// Sent by every publisher once a second under the topic
/// `<source>.bus.heartbeat` (`Topic.heartbeat(source:)`): the highest `seq`
/// it has published and its database's epoch, so a consumer notices a lost
/// tail even when nothing new is published, and a source that started
/// another history (a restored backup, a new file). Every member is on the
/// wire, `epoch` `null` from a source that predates epochs.
public struct Heartbeat: Codable, Sendable, Equatable {
    public static let type = "bus.heartbeat"
    public var source: String
    /// The incarnation of the source's database (`Envelope.epoch`).
    public var epoch: UUID?
    /// The highest `seq` handed to the PUB socket: what a consumer should
    /// have by now. Not the outbox's latest, which the relay is about to
    /// publish anyway (announcing it made consumers fetch what was on its way).
    public var latestSeq: Int64
    public var sentAt: Date

    public init(source: String, epoch: UUID? = nil, latestSeq: Int64, sentAt: Date = Date()) {
        self.source = source
        self.epoch = epoch
        self.latestSeq = latestSeq
        self.sentAt = sentAt
    }

    enum CodingKeys: String, CodingKey { case source, epoch, latestSeq, sentAt }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(source, forKey: .source)
        try container.encode(epoch, forKey: .epoch)
        try container.encode(latestSeq, forKey: .latestSeq)
        try container.encode(sentAt, forKey: .sentAt)
    }
}
