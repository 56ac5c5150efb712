import Foundation
import GRDB
import MessageSchema
import Store

@testable import Gateway
@testable import GatewayBrand
@testable import GatewayKit

/// The brand part's helpers of the feed.
extension MessageFeed {
    /// Registers an asset with a PNG version, and approves it when `approved`.
    @discardableResult
    func asset(
        _ title: String, id: UUID = UUID(), kind: AssetKind = .photo, tags: [String] = [], description: String? = nil,
        approved: Bool = true
    ) throws -> UUID {
        try apply(AssetRegistered(assetId: id, details: AssetDetails(kind: kind, title: title, description: description, tags: tags)))
        try apply(
            AssetVersionAdded(
                assetId: id, number: 1,
                file: AssetFile(sha256: String(repeating: "ab", count: 32), mimeType: "image/png", size: 2048, width: 640, height: 480),
                status: .submitted))
        if approved { try apply(AssetApproved(assetId: id)) }
        return id
    }
}
