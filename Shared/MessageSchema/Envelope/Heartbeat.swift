import Foundation

/// Sent by every publisher once a second: its latest `seq`, so a consumer
/// notices a lost tail even when nothing new is published.
public struct Heartbeat: Codable, Sendable, Equatable {
    public static let type = "bus.heartbeat"
    public var source: String
    public var latestSeq: Int64
    public var sentAt: Date

    public init(source: String, latestSeq: Int64, sentAt: Date = Date()) {
        self.source = source
        self.latestSeq = latestSeq
        self.sentAt = sentAt
    }
}
