import Foundation
import GRDB
import MessageSchema
import Store

@testable import Gateway
@testable import GatewayKit
@testable import GatewayBrand

/// Feeds a real read model with envelopes as the brand service would publish them.
final class BrandFeed {
    let database: ServiceDatabase
    let model = GatewayReadModel.all
    private(set) var seq: Int64 = 0

    init(_ database: ServiceDatabase) {
        self.database = database
    }

    /// Applies `message` as the brand service's next message, in its own transaction.
    func apply<M: Message>(_ message: M, at date: Date = Date()) throws {
        seq += 1
        let envelope = Envelope(type: M.type, version: M.version, source: "brand", seq: seq, occurredAt: date, payload: try .from(message))
        try database.writer.write { db in try self.model.apply(envelope, in: db) }
    }

    /// Registers an asset with a PNG version, and approves it when `approved`.
    @discardableResult
    func asset(
        _ title: String, id: UUID = UUID(), kind: AssetKind = .photo, tags: [String] = [], description: String? = nil,
        approved: Bool = true
    ) throws -> UUID {
        try apply(AssetRegistered(assetId: id, details: AssetDetails(kind: kind, title: title, description: description, tags: tags)))
        try apply(AssetVersionAdded(
            assetId: id, number: 1, file: AssetFile(sha256: String(repeating: "ab", count: 32), mimeType: "image/png", size: 2048, width: 640, height: 480),
            status: .submitted))
        if approved { try apply(AssetApproved(assetId: id)) }
        return id
    }
}
