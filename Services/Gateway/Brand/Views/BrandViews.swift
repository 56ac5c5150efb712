import Foundation
import GRDB
import GatewayKit
import Hummingbird
import MessageSchema

/// One stored version of an asset's file; `download` is the path its bytes are served at.
struct AssetVersionView: Codable, Equatable, Sendable {
    var number: Int
    var sha256: String
    var mimeType: String
    var size: Int
    @ExplicitNull var width: Int?
    @ExplicitNull var height: Int?
    /// The name it was uploaded under; `null` when none was given.
    @ExplicitNull var fileName: String?
    var download: String
    var addedAt: String

    init(row: Row) {
        number = row["number"]
        sha256 = row["sha256"]
        mimeType = row["mimeType"]
        size = row["size"]
        width = row["width"]
        height = row["height"]
        fileName = row["fileName"]
        let assetId: String = row["assetId"]
        download = "/api/v1/brand/assets/\(assetId)/versions/\(number)/file"
        addedAt = Timestamp.formatVilnius(row["addedAt"])
    }
}

struct LicenceView: Codable, Equatable, Sendable {
    var id: UUID
    var holder: String
    var terms: String
    /// The last day of the licence, `2027-01-31`; `null` when it does not run out.
    @ExplicitNull var expiresOn: String?

    init(row: Row) {
        id = UUID(uuidString: row["id"]) ?? UUID()
        holder = row["holder"]
        terms = row["terms"]
        expiresOn = row["expiresOn"]
    }
}

struct ConsentView: Codable, Equatable, Sendable {
    var id: UUID
    var person: String
    @ExplicitNull var note: String?
    @ExplicitNull var expiresOn: String?

    init(row: Row) {
        id = UUID(uuidString: row["id"]) ?? UUID()
        person = row["person"]
        note = row["note"]
        expiresOn = row["expiresOn"]
    }
}

/// An asset as the API shows it: `usable` is true only for approved assets;
/// `file` is the latest version; absent values are `null`.
struct AssetView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var kind: String
    var title: String
    @ExplicitNull var description: String?
    var tags: [String]
    var status: String
    var usable: Bool
    @ExplicitNull var rejectionReason: String?
    @ExplicitNull var withdrawnReason: String?
    /// `{"accountId","name"}` of who approved it last, or `null`.
    @ExplicitNull var approvedBy: ActorView?
    /// When it was approved last, or `null`.
    @ExplicitNull var approvedAt: String?
    @ExplicitNull var file: AssetVersionView?
    var versions: [AssetVersionView]
    var licences: [LicenceView]
    var consents: [ConsentView]
    var createdAt: String
    var updatedAt: String
    var updatedSeq: Int64

    /// The columns of `brandAssets` that keep `approvedBy`.
    static let approvedBy = ActorColumns("approvedBy")

    init(row: Row, versions: [AssetVersionView], licences: [LicenceView], consents: [ConsentView]) {
        id = UUID(uuidString: row["id"]) ?? UUID()
        kind = row["kind"]
        title = row["title"]
        description = row["description"]
        tags = (try? MessageCoding.decode([String].self, from: Data((row["tags"] as String).utf8))) ?? []
        status = row["status"]
        usable = status == AssetStatus.approved.rawValue
        rejectionReason = row["rejectionReason"]
        withdrawnReason = row["withdrawnReason"]
        approvedBy = Self.approvedBy.actor(in: row).map(ActorView.init)
        approvedAt = (row["approvedAt"] as Date?).map(Timestamp.formatVilnius)
        self.versions = versions
        file = versions.last
        self.licences = licences
        self.consents = consents
        createdAt = Timestamp.formatVilnius(row["createdAt"])
        updatedAt = Timestamp.formatVilnius(row["updatedAt"])
        updatedSeq = row["updatedSeq"]
    }
}

/// A photo and video archive, with its assets in the order they were added.
struct CollectionView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var title: String
    @ExplicitNull var eventId: UUID?
    var assetIds: [UUID]
    var createdAt: String

    init(row: Row, assetIds: [UUID]) {
        id = UUID(uuidString: row["id"]) ?? UUID()
        title = row["title"]
        eventId = (row["eventId"] as String?).flatMap(UUID.init(uuidString:))
        self.assetIds = assetIds
        createdAt = Timestamp.formatVilnius(row["createdAt"])
    }
}

struct PublicationView: ResponseEncodable, Decodable, Equatable {
    var id: UUID
    var kind: String
    var title: String
    var year: Int
    @ExplicitNull var isbn: String?
    var status: String
    var createdAt: String
    var updatedAt: String

    init(row: Row) {
        id = UUID(uuidString: row["id"]) ?? UUID()
        kind = row["kind"]
        title = row["title"]
        year = row["year"]
        isbn = row["isbn"]
        status = row["status"]
        createdAt = Timestamp.formatVilnius(row["createdAt"])
        updatedAt = Timestamp.formatVilnius(row["updatedAt"])
    }
}

/// A warning of expiring rights or a withdrawal. `holder`, `expiresOn` and
/// `daysLeft` are `null` for a withdrawal.
struct AlertView: Codable, Equatable, Sendable {
    var kind: String
    var assetId: UUID
    var assetTitle: String
    @ExplicitNull var holder: String?
    @ExplicitNull var expiresOn: String?
    @ExplicitNull var daysLeft: Int?
    var message: String
    var occurredAt: String

    init(row: Row) {
        kind = row["kind"]
        assetId = UUID(uuidString: row["assetId"]) ?? UUID()
        assetTitle = row["assetTitle"]
        holder = row["holder"]
        expiresOn = row["expiresOn"]
        daysLeft = row["daysLeft"]
        message = row["message"]
        occurredAt = Timestamp.formatVilnius(row["occurredAt"])
    }
}

/// `{"items": […]}`: a list that is never paged.
struct ItemsView<Item: Encodable & Sendable>: ResponseEncodable {
    var items: [Item]
}

/// Read by `SchemaReader` for the OpenAPI document.
extension ItemsView: Decodable where Item: Decodable {}
