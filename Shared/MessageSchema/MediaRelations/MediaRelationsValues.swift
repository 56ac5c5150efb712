import Foundation

// Values of the media-relations service: contacts, press releases, journalists' visits, mentions.

/// Who a contact is: a person or an organisation the department works with.
public enum ContactKind: String, Codable, Sendable, CaseIterable {
    case mediaOutlet = "media-outlet"
    case journalist
    case archive
    case museum
    case creativeAssociation = "creative-association"
    case partnerInstitution = "partner-institution"
    case other
}

/// Everything that describes a contact.
public struct ContactDetails: Codable, Sendable, Equatable {
    public var kind: ContactKind
    /// The person's or the organisation's name.
    public var name: String
    /// Where a person works (the outlet of a journalist).
    public var organisation: String?
    /// What the contact writes about or works on: "kultūra", "bibliotekos" …
    public var topics: [String]
    /// The language to write to them in: "lt", "en" …
    public var language: String
    public var email: String?
    public var phone: String?
    public var notes: String?

    public init(
        kind: ContactKind, name: String, organisation: String? = nil, topics: [String] = [], language: String = "lt",
        email: String? = nil, phone: String? = nil, notes: String? = nil
    ) {
        self.kind = kind
        self.name = name
        self.organisation = organisation
        self.topics = topics
        self.language = language
        self.email = email
        self.phone = phone
        self.notes = notes
    }
}

/// Fields of a contact to change; absent fields stay as they are.
public struct ContactPatch: Codable, Sendable, Equatable {
    public var kind: ContactKind?
    public var name: String?
    public var organisation: String?
    public var topics: [String]?
    public var language: String?
    public var email: String?
    public var phone: String?
    public var notes: String?

    public init(
        kind: ContactKind? = nil, name: String? = nil, organisation: String? = nil, topics: [String]? = nil,
        language: String? = nil, email: String? = nil, phone: String? = nil, notes: String? = nil
    ) {
        self.kind = kind
        self.name = name
        self.organisation = organisation
        self.topics = topics
        self.language = language
        self.email = email
        self.phone = phone
        self.notes = notes
    }

    public var isEmpty: Bool { self == ContactPatch() }

    public func applied(to details: ContactDetails) -> ContactDetails {
        var result = details
        if let kind { result.kind = kind }
        if let name { result.name = name }
        if let organisation { result.organisation = organisation }
        if let topics { result.topics = topics }
        if let language { result.language = language }
        if let email { result.email = email }
        if let phone { result.phone = phone }
        if let notes { result.notes = notes }
        return result
    }
}

/// draft → approved → distributed.
public enum PressReleaseStatus: String, Codable, Sendable, CaseIterable {
    case draft, approved, distributed

    /// The statuses this one may move to.
    public var next: Set<PressReleaseStatus> {
        switch self {
        case .draft: [.approved]
        case .approved: [.distributed]
        case .distributed: []
        }
    }

    public func canMove(to status: PressReleaseStatus) -> Bool { next.contains(status) }
}

/// The text of a press release and what it is about.
public struct PressReleaseContent: Codable, Sendable, Equatable {
    public var titleLt: String
    public var bodyLt: String
    public var titleEn: String?
    public var bodyEn: String?
    public var eventId: UUID?
    public var campaignId: UUID?

    public init(
        titleLt: String, bodyLt: String, titleEn: String? = nil, bodyEn: String? = nil, eventId: UUID? = nil,
        campaignId: UUID? = nil
    ) {
        self.titleLt = titleLt
        self.bodyLt = bodyLt
        self.titleEn = titleEn
        self.bodyEn = bodyEn
        self.eventId = eventId
        self.campaignId = campaignId
    }
}

/// Fields of a press release to change; absent fields stay as they are.
public struct PressReleasePatch: Codable, Sendable, Equatable {
    public var titleLt: String?
    public var bodyLt: String?
    public var titleEn: String?
    public var bodyEn: String?
    public var eventId: UUID?
    public var campaignId: UUID?

    public init(
        titleLt: String? = nil, bodyLt: String? = nil, titleEn: String? = nil, bodyEn: String? = nil,
        eventId: UUID? = nil, campaignId: UUID? = nil
    ) {
        self.titleLt = titleLt
        self.bodyLt = bodyLt
        self.titleEn = titleEn
        self.bodyEn = bodyEn
        self.eventId = eventId
        self.campaignId = campaignId
    }

    public var isEmpty: Bool { self == PressReleasePatch() }

    public func applied(to content: PressReleaseContent) -> PressReleaseContent {
        var result = content
        if let titleLt { result.titleLt = titleLt }
        if let bodyLt { result.bodyLt = bodyLt }
        if let titleEn { result.titleEn = titleEn }
        if let bodyEn { result.bodyEn = bodyEn }
        if let eventId { result.eventId = eventId }
        if let campaignId { result.campaignId = campaignId }
        return result
    }
}

/// requested → confirmed → held, or cancelled before it is held.
public enum VisitStatus: String, Codable, Sendable, CaseIterable {
    case requested, confirmed, held, cancelled

    /// The statuses this one may move to.
    public var next: Set<VisitStatus> {
        switch self {
        case .requested: [.confirmed, .cancelled]
        case .confirmed: [.held, .cancelled]
        case .held, .cancelled: []
        }
    }

    public func canMove(to status: VisitStatus) -> Bool { next.contains(status) }
}

/// A journalist's visit to the library.
public struct VisitDetails: Codable, Sendable, Equatable {
    /// When the visit is, to the minute (people give it in Vilnius time).
    public var date: Date
    /// The journalist: a contact.
    public var journalistId: UUID
    public var purpose: String
    /// Who at the library receives the journalist.
    public var host: String

    public init(date: Date, journalistId: UUID, purpose: String, host: String) {
        self.date = date
        self.journalistId = journalistId
        self.purpose = purpose
        self.host = host
    }
}

/// A media mention as staff or an import give it.
public struct MentionInput: Codable, Sendable, Equatable {
    public var url: String
    public var outlet: String
    public var publishedAt: Date
    public var title: String
    public var excerpt: String?
    public var language: String
    /// Estimated audience reached; 0 when unknown.
    public var reach: Int
    public var sentiment: Sentiment
    public var eventId: UUID?
    public var campaignId: UUID?

    public init(
        url: String, outlet: String, publishedAt: Date, title: String, excerpt: String? = nil, language: String = "lt",
        reach: Int = 0, sentiment: Sentiment = .neutral, eventId: UUID? = nil, campaignId: UUID? = nil
    ) {
        self.url = url
        self.outlet = outlet
        self.publishedAt = publishedAt
        self.title = title
        self.excerpt = excerpt
        self.language = language
        self.reach = reach
        self.sentiment = sentiment
        self.eventId = eventId
        self.campaignId = campaignId
    }
}

/// The kinds of file mentions are imported from.
public enum MentionFileFormat: String, Codable, Sendable, CaseIterable {
    case csv, rss, atom
}

/// What went wrong with one row of a CSV file (`line`) or one item of a feed (`item`).
public struct MentionImportError: Codable, Sendable, Equatable {
    public var line: Int?
    public var item: Int?
    public var detail: String

    public init(line: Int? = nil, item: Int? = nil, detail: String) {
        self.line = line
        self.item = item
        self.detail = detail
    }
}

/// The outcome of an import: new mentions, URLs already known, rows refused.
public struct MentionImportReport: Codable, Sendable, Equatable {
    public var created: Int
    public var duplicates: Int
    public var errors: [MentionImportError]
    /// The ids of the new mentions, in file order.
    public var mentionIds: [UUID]

    public init(created: Int = 0, duplicates: Int = 0, errors: [MentionImportError] = [], mentionIds: [UUID] = []) {
        self.created = created
        self.duplicates = duplicates
        self.errors = errors
        self.mentionIds = mentionIds
    }
}
