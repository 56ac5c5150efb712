/// Every message type the media-relations service publishes, with its version.
public enum MediaRelationsMessageCatalog {
    public static let all: [any Message.Type] = [
        MentionRecorded.self,
    ]
}
