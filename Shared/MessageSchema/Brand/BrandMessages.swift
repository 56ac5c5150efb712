import Foundation

// Messages the brand service publishes about assets, their rights,
// collections and publications. Each carries what a reader needs to keep its
// own copy. `AssetExpiryWarning` and `AssetWithdrawn` are in BrandFlowMessages.swift.

/// A new asset, submitted for review, still without a file.
public struct AssetRegistered: Message, Equatable {
    public static let type = "asset.registered"
    public static let version = 1
    public var assetId: UUID
    public var details: AssetDetails

    public init(assetId: UUID, details: AssetDetails) {
        self.assetId = assetId
        self.details = details
    }
}

/// An asset's description changed; `details` is the whole description after it.
public struct AssetDetailsChanged: Message, Equatable {
    public static let type = "asset.details-changed"
    public static let version = 1
    public var assetId: UUID
    public var details: AssetDetails

    public init(assetId: UUID, details: AssetDetails) {
        self.assetId = assetId
        self.details = details
    }
}

/// A file was uploaded as the asset's next version; the asset is submitted
/// for review again (`status` is its status after the upload).
public struct AssetVersionAdded: Message, Equatable {
    public static let type = "asset.version-added"
    public static let version = 1
    public var assetId: UUID
    /// 1 for the first file, then 2, 3 …
    public var number: Int
    public var file: AssetFile
    public var status: AssetStatus
    /// The name the file was uploaded under, when one was given. Added
    /// within version 1: optional, so readers of either form read both.
    public var fileName: String?

    public init(assetId: UUID, number: Int, file: AssetFile, status: AssetStatus, fileName: String? = nil) {
        self.assetId = assetId
        self.number = number
        self.file = file
        self.status = status
        self.fileName = fileName
    }
}

/// The asset may be used.
public struct AssetApproved: Message, Equatable {
    public static let type = "asset.approved"
    public static let version = 1
    public var assetId: UUID

    public init(assetId: UUID) { self.assetId = assetId }
}

/// The asset was not accepted as representative material.
public struct AssetRejected: Message, Equatable {
    public static let type = "asset.rejected"
    public static let version = 1
    public var assetId: UUID
    public var reason: String

    public init(assetId: UUID, reason: String) {
        self.assetId = assetId
        self.reason = reason
    }
}

/// A licence to use the asset.
public struct LicenceRecorded: Message, Equatable {
    public static let type = "asset.licence-recorded"
    public static let version = 1
    public var assetId: UUID
    public var licenceId: UUID
    public var holder: String
    public var terms: String
    /// The last day of the licence; `nil` when it does not run out.
    public var expiresOn: CalendarDay?

    public init(assetId: UUID, licenceId: UUID, holder: String, terms: String, expiresOn: CalendarDay?) {
        self.assetId = assetId
        self.licenceId = licenceId
        self.holder = holder
        self.terms = terms
        self.expiresOn = expiresOn
    }
}

/// The consent of a person shown in the asset.
public struct ConsentRecorded: Message, Equatable {
    public static let type = "asset.consent-recorded"
    public static let version = 1
    public var assetId: UUID
    public var consentId: UUID
    public var person: String
    public var note: String?
    /// The last day of the consent; `nil` when it does not run out.
    public var expiresOn: CalendarDay?

    public init(assetId: UUID, consentId: UUID, person: String, note: String?, expiresOn: CalendarDay?) {
        self.assetId = assetId
        self.consentId = consentId
        self.person = person
        self.note = note
        self.expiresOn = expiresOn
    }
}

/// A photo and video archive, of an event (`eventId`) or of anything else.
public struct CollectionOpened: Message, Equatable {
    public static let type = "collection.opened"
    public static let version = 1
    public var collectionId: UUID
    public var title: String
    public var eventId: UUID?

    public init(collectionId: UUID, title: String, eventId: UUID?) {
        self.collectionId = collectionId
        self.title = title
        self.eventId = eventId
    }
}

/// An asset was put in a collection.
public struct CollectionAssetAdded: Message, Equatable {
    public static let type = "collection.asset-added"
    public static let version = 1
    public var collectionId: UUID
    public var assetId: UUID

    public init(collectionId: UUID, assetId: UUID) {
        self.collectionId = collectionId
        self.assetId = assetId
    }
}

/// A publication was planned.
public struct PublicationAdded: Message, Equatable {
    public static let type = "publication.added"
    public static let version = 1
    public var publicationId: UUID
    public var details: PublicationDetails
    public var status: PublicationStatus

    public init(publicationId: UUID, details: PublicationDetails, status: PublicationStatus) {
        self.publicationId = publicationId
        self.details = details
        self.status = status
    }
}

/// A publication's description or status changed; both are whole after the change.
public struct PublicationChanged: Message, Equatable {
    public static let type = "publication.changed"
    public static let version = 1
    public var publicationId: UUID
    public var details: PublicationDetails
    public var status: PublicationStatus

    public init(publicationId: UUID, details: PublicationDetails, status: PublicationStatus) {
        self.publicationId = publicationId
        self.details = details
        self.status = status
    }
}
