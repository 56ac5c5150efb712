/// Every message type the campaigns service publishes, with its version.
public enum CampaignsMessageCatalog {
    public static let all: [any Message.Type] = []
}
