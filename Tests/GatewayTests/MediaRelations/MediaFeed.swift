import Foundation
import GRDB
import MessageSchema
import Store

@testable import Gateway
@testable import GatewayKit
@testable import GatewayMediaRelations

/// Feeds a read model with envelopes as the media-relations service would publish them.
final class MediaFeed {
    let database: ServiceDatabase
    private(set) var seq: Int64 = 0

    init(_ fixture: ReadModelFixture) {
        database = fixture.database
    }

    /// Applies `message` through the whole read model, in its own transaction, as the consumer does.
    @discardableResult
    func apply<M: Message>(_ message: M, at date: Date = Date()) throws -> Envelope {
        seq += 1
        let envelope = Envelope(
            type: M.type, version: M.version, source: "media-relations", seq: seq, occurredAt: date,
            payload: try .from(message))
        try database.writer.write { db in try GatewayReadModel.all.apply(envelope, in: db) }
        return envelope
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try database.writer.read(body)
    }

    static func mention(
        _ id: UUID = UUID(), url: String, outlet: String, at published: String, reach: Int = 100,
        sentiment: Sentiment = .neutral, title: String = "Bibliotekos naujienos", eventId: UUID? = nil
    ) -> MentionRecorded {
        MentionRecorded(
            mentionId: id, url: url, outlet: outlet, publishedAt: Timestamp.parse(published)!, title: title, language: "lt",
            reach: reach, sentiment: sentiment, eventId: eventId)
    }
}
