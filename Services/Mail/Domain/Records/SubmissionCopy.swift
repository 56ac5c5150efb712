import Foundation
import GRDB

/// A row of `submissions`: another unit's submission, as a "submission
/// reviewed" mail names it.
struct SubmissionCopy: Codable, FetchableRecord, PersistableRecord {
    static let databaseTableName = "submissions"
    var id: String
    var unit: String
    var title: String
    var submittedBy: String?
}
