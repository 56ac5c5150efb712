import Foundation

// Messages of the brand service that other services react to.

/// What runs out: the licence to use an asset, or the consent of a person shown in it.
public enum ExpiryKind: String, Codable, Sendable, CaseIterable {
    case licence, consent
}

/// A licence or consent runs out within the warning period.
public struct AssetExpiryWarning: Message, Equatable {
    public static let type = "asset.expiry-warning"
    public static let version = 1
    public var assetId: UUID
    public var assetTitle: String
    public var kind: ExpiryKind
    /// The licence holder or the person who consented.
    public var holder: String
    public var expiresOn: Date
    public var daysLeft: Int

    public init(assetId: UUID, assetTitle: String, kind: ExpiryKind, holder: String, expiresOn: Date, daysLeft: Int) {
        self.assetId = assetId
        self.assetTitle = assetTitle
        self.kind = kind
        self.holder = holder
        self.expiresOn = expiresOn
        self.daysLeft = daysLeft
    }
}

/// An asset may no longer be used: its licence or a consent expired.
public struct AssetWithdrawn: Message, Equatable {
    public static let type = "asset.withdrawn"
    public static let version = 1
    public var assetId: UUID
    public var reason: String

    public init(assetId: UUID, reason: String) {
        self.assetId = assetId
        self.reason = reason
    }
}
