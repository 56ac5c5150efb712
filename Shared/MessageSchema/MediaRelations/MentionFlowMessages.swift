import Foundation

// Messages of the media-relations service that other services react to.

public enum Sentiment: String, Codable, Sendable, CaseIterable {
    case positive, neutral, negative
}

/// A media mention was recorded (once per URL), or its links changed.
public struct MentionRecorded: Message, Equatable {
    public static let type = "mention.recorded"
    public static let version = 1
    public var mentionId: UUID
    public var url: String
    public var outlet: String
    public var publishedAt: Date
    public var title: String
    public var language: String
    /// Estimated audience reached; 0 when unknown.
    public var reach: Int
    public var sentiment: Sentiment
    public var eventId: UUID?
    public var campaignId: UUID?

    public init(
        mentionId: UUID, url: String, outlet: String, publishedAt: Date, title: String, language: String, reach: Int,
        sentiment: Sentiment, eventId: UUID? = nil, campaignId: UUID? = nil
    ) {
        self.mentionId = mentionId
        self.url = url
        self.outlet = outlet
        self.publishedAt = publishedAt
        self.title = title
        self.language = language
        self.reach = reach
        self.sentiment = sentiment
        self.eventId = eventId
        self.campaignId = campaignId
    }
}

/// A mention's sentiment or reach was corrected. Carries both values after
/// the correction (one of them may be unchanged) and both before it, so a
/// reader that sums reach or counts sentiments can move its figures.
public struct MentionCorrected: Message, Equatable {
    public static let type = "mention.corrected"
    public static let version = 1
    public var mentionId: UUID
    public var sentiment: Sentiment
    /// Estimated audience reached; 0 when unknown.
    public var reach: Int
    public var previousSentiment: Sentiment
    public var previousReach: Int

    public init(mentionId: UUID, sentiment: Sentiment, reach: Int, previousSentiment: Sentiment, previousReach: Int) {
        self.mentionId = mentionId
        self.sentiment = sentiment
        self.reach = reach
        self.previousSentiment = previousSentiment
        self.previousReach = previousReach
    }
}
