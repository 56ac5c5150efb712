import Foundation

// Messages the media-relations service publishes besides `MentionRecorded`.
// Each carries what a reader needs to keep its own copy without asking back.

public struct ContactCreated: Message, Equatable {
    public static let type = "contact.created"
    public static let version = 1
    public var contactId: UUID
    public var details: ContactDetails

    public init(contactId: UUID, details: ContactDetails) {
        self.contactId = contactId
        self.details = details
    }
}

public struct ContactUpdated: Message, Equatable {
    public static let type = "contact.updated"
    public static let version = 1
    public var contactId: UUID
    /// The whole description after the change.
    public var details: ContactDetails

    public init(contactId: UUID, details: ContactDetails) {
        self.contactId = contactId
        self.details = details
    }
}

public struct ContactListCreated: Message, Equatable {
    public static let type = "contact-list.created"
    public static let version = 1
    public var listId: UUID
    public var name: String

    public init(listId: UUID, name: String) {
        self.listId = listId
        self.name = name
    }
}

public struct ContactAddedToList: Message, Equatable {
    public static let type = "contact-list.member-added"
    public static let version = 1
    public var listId: UUID
    public var contactId: UUID

    public init(listId: UUID, contactId: UUID) {
        self.listId = listId
        self.contactId = contactId
    }
}

/// A contact was taken off a list; press releases distributed before keep their recipients.
public struct ContactRemovedFromList: Message, Equatable {
    public static let type = "contact-list.member-removed"
    public static let version = 1
    public var listId: UUID
    public var contactId: UUID

    public init(listId: UUID, contactId: UUID) {
        self.listId = listId
        self.contactId = contactId
    }
}

public struct PressReleaseDrafted: Message, Equatable {
    public static let type = "press-release.drafted"
    public static let version = 1
    public var pressReleaseId: UUID
    public var content: PressReleaseContent

    public init(pressReleaseId: UUID, content: PressReleaseContent) {
        self.pressReleaseId = pressReleaseId
        self.content = content
    }
}

public struct PressReleaseUpdated: Message, Equatable {
    public static let type = "press-release.updated"
    public static let version = 1
    public var pressReleaseId: UUID
    /// The whole content after the change.
    public var content: PressReleaseContent

    public init(pressReleaseId: UUID, content: PressReleaseContent) {
        self.pressReleaseId = pressReleaseId
        self.content = content
    }
}

public struct PressReleaseApproved: Message, Equatable {
    public static let type = "press-release.approved"
    public static let version = 1
    public var pressReleaseId: UUID

    public init(pressReleaseId: UUID) { self.pressReleaseId = pressReleaseId }
}

/// A press release was sent to the members of a contact list.
///
/// Still version 1 since the do-not-contact list: `contactIds` has always
/// meant who it goes to, and `leftOutContactIds` is optional, so a message
/// written before it reads as "nobody was left out" and an older reader
/// skips the new field.
public struct PressReleaseDistributed: Message, Equatable {
    public static let type = "press-release.distributed"
    public static let version = 1
    public var pressReleaseId: UUID
    public var distributedAt: Date
    public var contactListId: UUID
    /// The members it goes to: the list's members when it was sent, less
    /// those whose address is on the do-not-contact list.
    public var contactIds: [UUID]
    /// The list's members left out because their address is on the
    /// do-not-contact list; `nil` in messages written before the list existed.
    public var leftOutContactIds: [UUID]?

    public init(
        pressReleaseId: UUID, distributedAt: Date, contactListId: UUID, contactIds: [UUID], leftOutContactIds: [UUID]? = nil
    ) {
        self.pressReleaseId = pressReleaseId
        self.distributedAt = distributedAt
        self.contactListId = contactListId
        self.contactIds = contactIds
        self.leftOutContactIds = leftOutContactIds
    }
}

public struct VisitRequested: Message, Equatable {
    public static let type = "visit.requested"
    public static let version = 1
    public var visitId: UUID
    public var details: VisitDetails

    public init(visitId: UUID, details: VisitDetails) {
        self.visitId = visitId
        self.details = details
    }
}

/// A visit moved to `status` (confirmed, held or cancelled).
public struct VisitStatusChanged: Message, Equatable {
    public static let type = "visit.status-changed"
    public static let version = 1
    public var visitId: UUID
    public var status: VisitStatus
    public var reason: String?

    public init(visitId: UUID, status: VisitStatus, reason: String? = nil) {
        self.visitId = visitId
        self.status = status
        self.reason = reason
    }
}

/// The excerpt of a new mention, published right after its `MentionRecorded`
/// (which carries no excerpt) when the mention has one.
public struct MentionExcerptRecorded: Message, Equatable {
    public static let type = "mention.excerpt-recorded"
    public static let version = 1
    public var mentionId: UUID
    public var excerpt: String

    public init(mentionId: UUID, excerpt: String) {
        self.mentionId = mentionId
        self.excerpt = excerpt
    }
}
