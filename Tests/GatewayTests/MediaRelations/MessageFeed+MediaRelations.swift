import Foundation
import GRDB
import MessageSchema
import Store

@testable import Gateway
@testable import GatewayKit
@testable import GatewayMediaRelations

/// The media-relations part's sample messages.
extension MessageFeed {
    static func mention(
        _ id: UUID = UUID(), url: String, outlet: String, at published: String, reach: Int = 100,
        sentiment: Sentiment = .neutral, title: String = "Bibliotekos naujienos", eventId: UUID? = nil
    ) -> MentionRecorded {
        MentionRecorded(
            mentionId: id, url: url, outlet: outlet, publishedAt: Timestamp.parse(published)!, title: title, language: "lt",
            reach: reach, sentiment: sentiment, eventId: eventId)
    }
}
