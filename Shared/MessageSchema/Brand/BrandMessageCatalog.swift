/// Every message type the brand service publishes, with its version.
public enum BrandMessageCatalog {
    public static let all: [any Message.Type] = [
        AssetExpiryWarning.self, AssetWithdrawn.self,
        AssetRegistered.self, AssetDetailsChanged.self, AssetVersionAdded.self, AssetApproved.self,
        AssetRejected.self, LicenceRecorded.self, ConsentRecorded.self,
        CollectionOpened.self, CollectionAssetAdded.self, PublicationAdded.self, PublicationChanged.self,
    ]
}
