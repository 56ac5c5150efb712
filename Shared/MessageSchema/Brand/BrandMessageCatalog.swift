/// Every message type the brand service publishes, with its version.
public enum BrandMessageCatalog {
    public static let all: [any Message.Type] = [
        AssetExpiryWarning.self, AssetWithdrawn.self,
    ]
}
