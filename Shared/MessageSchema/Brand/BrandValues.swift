import Foundation

/// What a brand asset is.
public enum AssetKind: String, Codable, Sendable, CaseIterable {
    case logo, template, photo, video, poster, publication, other
}

/// Review of representative materials: submitted → approved or rejected
/// (with a reason); a new version goes back to submitted; an approved asset
/// whose licence or consent ran out is withdrawn. Only approved assets are
/// offered for use.
public enum AssetStatus: String, Codable, Sendable, CaseIterable {
    case submitted, approved, rejected, withdrawn
}

/// How an asset is described, apart from its file and status.
public struct AssetDetails: Codable, Sendable, Equatable {
    public var kind: AssetKind
    public var title: String
    public var description: String?
    public var tags: [String]

    public init(kind: AssetKind, title: String, description: String? = nil, tags: [String] = []) {
        self.kind = kind
        self.title = title
        self.description = description
        self.tags = tags
    }
}

/// One stored version of an asset's file, named by its content.
public struct AssetFile: Codable, Sendable, Equatable {
    /// SHA-256 of the bytes, 64 lowercase hexadecimal digits.
    public var sha256: String
    public var mimeType: String
    public var size: Int
    /// Pixels, read from the header of a PNG, JPEG or GIF; `nil` otherwise.
    public var width: Int?
    public var height: Int?

    public init(sha256: String, mimeType: String, size: Int, width: Int? = nil, height: Int? = nil) {
        self.sha256 = sha256
        self.mimeType = mimeType
        self.size = size
        self.width = width
        self.height = height
    }
}

/// A publication of the library: informational or representative.
public enum PublicationKind: String, Codable, Sendable, CaseIterable {
    case informational, representative
}

/// planned → in-preparation → published, one step at a time.
public enum PublicationStatus: String, Codable, Sendable, CaseIterable {
    case planned
    case inPreparation = "in-preparation"
    case published

    /// The status this one may move to, if any.
    public var next: PublicationStatus? {
        switch self {
        case .planned: .inPreparation
        case .inPreparation: .published
        case .published: nil
        }
    }
}

/// How a publication is described, apart from its status.
public struct PublicationDetails: Codable, Sendable, Equatable {
    public var kind: PublicationKind
    public var title: String
    public var year: Int
    /// ISBN-10 or ISBN-13, digits only (and a final `X` for ISBN-10).
    public var isbn: String?

    public init(kind: PublicationKind, title: String, year: Int, isbn: String? = nil) {
        self.kind = kind
        self.title = title
        self.year = year
        self.isbn = isbn
    }
}
