import GatewayKit
import MessageSchema

// What the operator's reconcile empties before applying a source's log again.
extension BrandReadModel {
    func tables(filledBy source: String) -> [String] {
        switch source {
        case ServiceName.brand.rawValue:
            [
                "brandAssetTags", "brandAssetVersions", "brandLicences", "brandConsents", "brandCollectionAssets", "brandCollections",
                "brandPublications", "brandAlerts", "brandAssets",
            ]
        default: []
        }
    }
}
