/// Every message type the media-relations service publishes, with its version.
public enum MediaRelationsMessageCatalog {
    public static let all: [any Message.Type] = [
        MentionRecorded.self, MentionExcerptRecorded.self, MentionCorrected.self,
        ContactCreated.self, ContactUpdated.self, ContactListCreated.self, ContactAddedToList.self,
        ContactRemovedFromList.self,
        PressReleaseDrafted.self, PressReleaseUpdated.self, PressReleaseApproved.self, PressReleaseDistributed.self,
        VisitRequested.self, VisitStatusChanged.self, DoNotContactAdded.self,
        PersonErased.self,
    ]
}
