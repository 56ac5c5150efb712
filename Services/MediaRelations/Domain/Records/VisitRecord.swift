import Foundation
import GRDB
import MessageSchema

/// A row of `visits`.
struct VisitRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "visits"

    var id: String
    var status: VisitStatus
    var date: Date
    var journalistId: String
    var purpose: String
    var host: String
    var cancelReason: String?
    var createdAt: Date
    var updatedAt: Date
}

/// A row of `mentions`.
struct MentionRecord: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "mentions"

    var id: String
    /// Normalised: see `MentionRules.normalisedURL`.
    var url: String
    var outlet: String
    var publishedAt: Date
    var title: String
    var excerpt: String?
    var language: String
    var reach: Int
    var sentiment: Sentiment
    var eventId: String?
    var campaignId: String?
    var recordedAt: Date
}
