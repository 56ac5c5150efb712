import Foundation

// Commands the media-relations service accepts on its ROUTER.

public struct ContactRef: Codable, Sendable, Equatable {
    public var contactId: UUID
    public init(contactId: UUID) { self.contactId = contactId }
}

public struct ContactListRef: Codable, Sendable, Equatable {
    public var listId: UUID
    public init(listId: UUID) { self.listId = listId }
}

public struct PressReleaseRef: Codable, Sendable, Equatable {
    public var pressReleaseId: UUID
    public init(pressReleaseId: UUID) { self.pressReleaseId = pressReleaseId }
}

public struct VisitRef: Codable, Sendable, Equatable {
    public var visitId: UUID
    public init(visitId: UUID) { self.visitId = visitId }
}

/// The mention that has the URL, and whether this command created it.
public struct MentionOutcome: Codable, Sendable, Equatable {
    public var mentionId: UUID
    /// `false` when a mention with the same URL was recorded before.
    public var created: Bool

    public init(mentionId: UUID, created: Bool) {
        self.mentionId = mentionId
        self.created = created
    }
}

public struct CreateContact: Command, Equatable {
    public static let name = "media-relations.create-contact"
    public typealias Result = ContactRef
    /// Chosen by the caller, so a retry names the same contact.
    public var contactId: UUID
    public var details: ContactDetails

    public init(contactId: UUID = UUID(), details: ContactDetails) {
        self.contactId = contactId
        self.details = details
    }
}

public struct UpdateContact: Command, Equatable {
    public static let name = "media-relations.update-contact"
    public typealias Result = ContactRef
    public var contactId: UUID
    public var patch: ContactPatch

    public init(contactId: UUID, patch: ContactPatch) {
        self.contactId = contactId
        self.patch = patch
    }
}

public struct CreateContactList: Command, Equatable {
    public static let name = "media-relations.create-contact-list"
    public typealias Result = ContactListRef
    public var listId: UUID
    public var name: String

    public init(listId: UUID = UUID(), name: String) {
        self.listId = listId
        self.name = name
    }
}

public struct AddContactToList: Command, Equatable {
    public static let name = "media-relations.add-contact-to-list"
    public typealias Result = ContactListRef
    public var listId: UUID
    public var contactId: UUID

    public init(listId: UUID, contactId: UUID) {
        self.listId = listId
        self.contactId = contactId
    }
}

public struct DraftPressRelease: Command, Equatable {
    public static let name = "media-relations.draft-press-release"
    public typealias Result = PressReleaseRef
    public var pressReleaseId: UUID
    public var content: PressReleaseContent

    public init(pressReleaseId: UUID = UUID(), content: PressReleaseContent) {
        self.pressReleaseId = pressReleaseId
        self.content = content
    }
}

public struct UpdatePressRelease: Command, Equatable {
    public static let name = "media-relations.update-press-release"
    public typealias Result = PressReleaseRef
    public var pressReleaseId: UUID
    public var patch: PressReleasePatch

    public init(pressReleaseId: UUID, patch: PressReleasePatch) {
        self.pressReleaseId = pressReleaseId
        self.patch = patch
    }
}

public struct TransitionPressRelease: Command, Equatable {
    public static let name = "media-relations.transition-press-release"
    public typealias Result = PressReleaseRef
    public var pressReleaseId: UUID
    public var to: PressReleaseStatus
    /// Required to distribute: the list it is sent to.
    public var contactListId: UUID?

    public init(pressReleaseId: UUID, to: PressReleaseStatus, contactListId: UUID? = nil) {
        self.pressReleaseId = pressReleaseId
        self.to = to
        self.contactListId = contactListId
    }
}

public struct RequestVisit: Command, Equatable {
    public static let name = "media-relations.request-visit"
    public typealias Result = VisitRef
    public var visitId: UUID
    public var details: VisitDetails

    public init(visitId: UUID = UUID(), details: VisitDetails) {
        self.visitId = visitId
        self.details = details
    }
}

public struct TransitionVisit: Command, Equatable {
    public static let name = "media-relations.transition-visit"
    public typealias Result = VisitRef
    public var visitId: UUID
    public var to: VisitStatus
    public var reason: String?

    public init(visitId: UUID, to: VisitStatus, reason: String? = nil) {
        self.visitId = visitId
        self.to = to
        self.reason = reason
    }
}

/// Records one mention; a URL recorded before is answered with its mention, unchanged.
public struct RecordMention: Command, Equatable {
    public static let name = "media-relations.record-mention"
    public typealias Result = MentionOutcome
    public var mentionId: UUID
    public var mention: MentionInput

    public init(mentionId: UUID = UUID(), mention: MentionInput) {
        self.mentionId = mentionId
        self.mention = mention
    }
}

/// Records every good row or item of a CSV, RSS 2.0 or Atom file; a bad one
/// is reported and never stops the others.
public struct ImportMentions: Command, Equatable {
    public static let name = "media-relations.import-mentions"
    public typealias Result = MentionImportReport
    public var format: MentionFileFormat
    /// The file, as UTF-8 text.
    public var content: String

    public init(format: MentionFileFormat, content: String) {
        self.format = format
        self.content = content
    }
}

/// Sets the event and campaign a mention is linked to (`nil` unlinks).
/// Message: `MentionRecorded` again, with the new links.
public struct LinkMention: Command, Equatable {
    public static let name = "media-relations.link-mention"
    public typealias Result = MentionOutcome
    public var mentionId: UUID
    public var eventId: UUID?
    public var campaignId: UUID?

    public init(mentionId: UUID, eventId: UUID?, campaignId: UUID?) {
        self.mentionId = mentionId
        self.eventId = eventId
        self.campaignId = campaignId
    }
}

/// Corrects a mention's sentiment, reach or both; at least one is given, and
/// a reach is 0 or more. A correction that changes nothing publishes nothing.
/// Message: `MentionCorrected`, with the previous values.
public struct CorrectMention: Command, Equatable {
    public static let name = "media-relations.correct-mention"
    public typealias Result = MentionOutcome
    public var mentionId: UUID
    /// `nil` keeps the sentiment.
    public var sentiment: Sentiment?
    /// `nil` keeps the reach.
    public var reach: Int?

    public init(mentionId: UUID, sentiment: Sentiment? = nil, reach: Int? = nil) {
        self.mentionId = mentionId
        self.sentiment = sentiment
        self.reach = reach
    }
}

/// Removes a contact from a list it is on. Message: `ContactRemovedFromList`.
public struct RemoveContactFromList: Command, Equatable {
    public static let name = "media-relations.remove-contact-from-list"
    public typealias Result = ContactListRef
    public var listId: UUID
    public var contactId: UUID

    public init(listId: UUID, contactId: UUID) {
        self.listId = listId
        self.contactId = contactId
    }
}
