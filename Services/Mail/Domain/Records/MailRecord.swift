import Foundation
import GRDB
import MessageSchema

/// A row of `mails`: one mail to one recipient, from pending to sent or failed.
public struct MailRecord: Codable, FetchableRecord, PersistableRecord, Sendable, Equatable {
    public static let databaseTableName = "mails"

    public enum Status: String, Codable, Sendable {
        case pending, sent, failed
    }

    public enum Columns {
        public static let id = Column(CodingKeys.id)
        public static let status = Column(CodingKeys.status)
        public static let nextAttemptAt = Column(CodingKeys.nextAttemptAt)
        public static let createdAt = Column(CodingKeys.createdAt)
    }

    public var id: String
    public var kind: MailKind
    public var recipient: String
    public var subject: String
    public var raw: Data
    public var status: Status
    public var attempts: Int
    public var createdAt: Date
    public var nextAttemptAt: Date
    public var lastAnswer: String?
    public var sentAt: Date?
    public var causationId: String

    public var mailId: UUID { UUID(uuidString: id)! }

    /// Pending mails whose time has come, oldest first.
    static func due(at now: Date, limit: Int) -> QueryInterfaceRequest<MailRecord> {
        filter(Columns.status == Status.pending.rawValue && Columns.nextAttemptAt <= now)
            .order(Columns.nextAttemptAt, Columns.createdAt).limit(limit)
    }
}
