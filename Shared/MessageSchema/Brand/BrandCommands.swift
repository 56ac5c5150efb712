import Foundation

// Commands the brand service accepts on its ROUTER. Ids are chosen by the
// caller, so a retry names the same thing.

public struct AssetRef: Codable, Sendable, Equatable {
    public var assetId: UUID
    public var status: AssetStatus
    public init(assetId: UUID, status: AssetStatus) {
        self.assetId = assetId
        self.status = status
    }
}

public struct RegisterAsset: Command, Equatable {
    public static let name = "brand.register-asset"
    public typealias Result = AssetRef
    public var assetId: UUID
    public var details: AssetDetails

    public init(assetId: UUID = UUID(), details: AssetDetails) {
        self.assetId = assetId
        self.details = details
    }
}

/// Fields to change; absent fields stay as they are.
public struct AssetPatch: Codable, Sendable, Equatable {
    public var kind: AssetKind?
    public var title: String?
    public var description: String?
    public var tags: [String]?

    public init(kind: AssetKind? = nil, title: String? = nil, description: String? = nil, tags: [String]? = nil) {
        self.kind = kind
        self.title = title
        self.description = description
        self.tags = tags
    }

    public var isEmpty: Bool { self == AssetPatch() }

    public func applied(to details: AssetDetails) -> AssetDetails {
        var result = details
        if let kind { result.kind = kind }
        if let title { result.title = title }
        if let description { result.description = description }
        if let tags { result.tags = tags }
        return result
    }
}

public struct UpdateAsset: Command, Equatable {
    public static let name = "brand.update-asset"
    public typealias Result = AssetRef
    public var assetId: UUID
    public var patch: AssetPatch

    public init(assetId: UUID, patch: AssetPatch) {
        self.assetId = assetId
        self.patch = patch
    }
}

/// What an upload stored.
public struct AssetVersionRef: Codable, Sendable, Equatable {
    public var assetId: UUID
    public var number: Int
    public var file: AssetFile
    public var status: AssetStatus
    /// The name the file was uploaded under, when one was given.
    public var fileName: String?

    public init(assetId: UUID, number: Int, file: AssetFile, status: AssetStatus, fileName: String? = nil) {
        self.assetId = assetId
        self.number = number
        self.file = file
        self.status = status
        self.fileName = fileName
    }
}

/// A small file for the asset (at most 20 MB), its bytes in base64 in the
/// command itself; stored as the next version. Larger files go through the
/// shared file store: `AddStoredAssetVersion`.
public struct UploadAssetVersion: Command, Equatable {
    public static let name = "brand.upload-version"
    public typealias Result = AssetVersionRef
    public var assetId: UUID
    public var mimeType: String
    public var contentBase64: String

    public init(assetId: UUID, mimeType: String, contentBase64: String) {
        self.assetId = assetId
        self.mimeType = mimeType
        self.contentBase64 = contentBase64
    }
}

/// A file (up to 2 GiB) already written into the brand file store's
/// `incoming/` folder under its digest (`incoming/<sha256>`), by the gateway
/// as it streamed the upload: the brand service checks that it is there,
/// `size` bytes long and hashes to `sha256` (reading it in chunks), moves it
/// into place and stores it as the asset's next version. The bytes never
/// cross the bus. Refused `invalid` (field `sha256` or `size`) when the file
/// does not match, `notFound` when no such upload waits and the store does
/// not have the bytes already.
public struct AddStoredAssetVersion: Command, Equatable {
    public static let name = "brand.add-stored-version"
    public typealias Result = AssetVersionRef
    public var assetId: UUID
    /// SHA-256 of the bytes, 64 lowercase hexadecimal digits.
    public var sha256: String
    /// The file's length in bytes.
    public var size: Int64
    public var mimeType: String
    /// The name the file was uploaded under (`Žalčių karalienė.mp4`), given back on download.
    public var fileName: String?

    public init(assetId: UUID, sha256: String, size: Int64, mimeType: String, fileName: String? = nil) {
        self.assetId = assetId
        self.sha256 = sha256
        self.size = size
        self.mimeType = mimeType
        self.fileName = fileName
    }
}

public enum ReviewDecision: String, Codable, Sendable, CaseIterable {
    case approve, reject
}

/// Approves an asset, or rejects it with a reason (required).
public struct ReviewAsset: Command, Equatable {
    public static let name = "brand.review-asset"
    public typealias Result = AssetRef
    public var assetId: UUID
    public var decision: ReviewDecision
    public var reason: String?

    public init(assetId: UUID, decision: ReviewDecision, reason: String? = nil) {
        self.assetId = assetId
        self.decision = decision
        self.reason = reason
    }
}

public struct RightsRef: Codable, Sendable, Equatable {
    public var assetId: UUID
    /// The licence's or consent's id.
    public var id: UUID
    public init(assetId: UUID, id: UUID) {
        self.assetId = assetId
        self.id = id
    }
}

public struct RecordLicence: Command, Equatable {
    public static let name = "brand.record-licence"
    public typealias Result = RightsRef
    public var assetId: UUID
    public var licenceId: UUID
    public var holder: String
    public var terms: String
    public var expiresOn: CalendarDay?

    public init(assetId: UUID, licenceId: UUID = UUID(), holder: String, terms: String, expiresOn: CalendarDay?) {
        self.assetId = assetId
        self.licenceId = licenceId
        self.holder = holder
        self.terms = terms
        self.expiresOn = expiresOn
    }
}

public struct RecordConsent: Command, Equatable {
    public static let name = "brand.record-consent"
    public typealias Result = RightsRef
    public var assetId: UUID
    public var consentId: UUID
    public var person: String
    public var note: String?
    public var expiresOn: CalendarDay?

    public init(assetId: UUID, consentId: UUID = UUID(), person: String, note: String? = nil, expiresOn: CalendarDay?) {
        self.assetId = assetId
        self.consentId = consentId
        self.person = person
        self.note = note
        self.expiresOn = expiresOn
    }
}

/// What an expiry check did.
public struct ExpiryCheckOutcome: Codable, Sendable, Equatable {
    public var asOf: CalendarDay
    public var warnings: Int
    public var withdrawn: Int

    public init(asOf: CalendarDay, warnings: Int, withdrawn: Int) {
        self.asOf = asOf
        self.warnings = warnings
        self.withdrawn = withdrawn
    }
}

/// Warns of licences and consents running out and withdraws assets whose
/// rights ran out, as of `asOf` (today in Vilnius when absent).
public struct CheckExpiries: Command, Equatable {
    public static let name = "brand.check-expiries"
    public typealias Result = ExpiryCheckOutcome
    public var asOf: CalendarDay?

    public init(asOf: CalendarDay? = nil) { self.asOf = asOf }
}

public struct CollectionRef: Codable, Sendable, Equatable {
    public var collectionId: UUID
    public init(collectionId: UUID) { self.collectionId = collectionId }
}

public struct OpenCollection: Command, Equatable {
    public static let name = "brand.open-collection"
    public typealias Result = CollectionRef
    public var collectionId: UUID
    public var title: String
    public var eventId: UUID?

    public init(collectionId: UUID = UUID(), title: String, eventId: UUID? = nil) {
        self.collectionId = collectionId
        self.title = title
        self.eventId = eventId
    }
}

public struct AddAssetToCollection: Command, Equatable {
    public static let name = "brand.add-to-collection"
    public typealias Result = CollectionRef
    public var collectionId: UUID
    public var assetId: UUID

    public init(collectionId: UUID, assetId: UUID) {
        self.collectionId = collectionId
        self.assetId = assetId
    }
}

public struct PublicationRef: Codable, Sendable, Equatable {
    public var publicationId: UUID
    public var status: PublicationStatus
    public init(publicationId: UUID, status: PublicationStatus) {
        self.publicationId = publicationId
        self.status = status
    }
}

/// Plans a publication (status planned).
public struct AddPublication: Command, Equatable {
    public static let name = "brand.add-publication"
    public typealias Result = PublicationRef
    public var publicationId: UUID
    public var details: PublicationDetails

    public init(publicationId: UUID = UUID(), details: PublicationDetails) {
        self.publicationId = publicationId
        self.details = details
    }
}

/// Fields of a publication to change, and optionally its next status.
public struct PublicationPatch: Codable, Sendable, Equatable {
    public var kind: PublicationKind?
    public var title: String?
    public var year: Int?
    public var isbn: String?
    public var status: PublicationStatus?

    public init(
        kind: PublicationKind? = nil, title: String? = nil, year: Int? = nil, isbn: String? = nil,
        status: PublicationStatus? = nil
    ) {
        self.kind = kind
        self.title = title
        self.year = year
        self.isbn = isbn
        self.status = status
    }

    public var isEmpty: Bool { self == PublicationPatch() }

    public func applied(to details: PublicationDetails) -> PublicationDetails {
        var result = details
        if let kind { result.kind = kind }
        if let title { result.title = title }
        if let year { result.year = year }
        if let isbn { result.isbn = isbn }
        return result
    }
}

public struct UpdatePublication: Command, Equatable {
    public static let name = "brand.update-publication"
    public typealias Result = PublicationRef
    public var publicationId: UUID
    public var patch: PublicationPatch

    public init(publicationId: UUID, patch: PublicationPatch) {
        self.publicationId = publicationId
        self.patch = patch
    }
}
