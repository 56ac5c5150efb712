import Foundation
import GRDB
import MessageSchema

extension BrandChange {
    /// Stores a new asset, submitted for review, without a file yet. Message: `AssetRegistered`.
    func register(_ command: RegisterAsset) throws -> AssetRef {
        try AssetRules.validate(command.details)
        let details = AssetRules.normalised(command.details)
        if let existing = try AssetRecord.fetchOne(db, key: command.assetId.uuidString) {
            throw CommandFailure(
                .conflict, "An asset with the id \(existing.id) exists already: \(existing.label).",
                details: ["assetId": existing.id])
        }
        try AssetRecord(id: command.assetId, details: details, createdAt: now).insert(db)
        try publish(AssetRegistered(assetId: command.assetId, details: details))
        return AssetRef(assetId: command.assetId, status: .submitted)
    }

    /// Changes an asset's description. Message: `AssetDetailsChanged`.
    func update(_ command: UpdateAsset) throws -> AssetRef {
        var asset = try existingAsset(command.assetId)
        guard !command.patch.isEmpty else {
            throw CommandFailure(.invalid, "Nothing to change: the patch is empty.", details: ["field": ""])
        }
        let details = command.patch.applied(to: asset.details)
        try AssetRules.validate(details)
        asset.details = AssetRules.normalised(details)
        asset.updatedAt = now
        try asset.update(db)
        try publish(AssetDetailsChanged(assetId: command.assetId, details: asset.details))
        return AssetRef(assetId: command.assetId, status: asset.status)
    }

    /// Approves an asset that has a file and rights in force, or rejects it
    /// with a reason. Submitted and withdrawn assets may be approved; only
    /// submitted ones rejected. An approval records who approved (the
    /// command's actor) and when. Messages: `AssetApproved` or `AssetRejected`.
    func review(_ command: ReviewAsset) throws -> AssetRef {
        var asset = try existingAsset(command.assetId)
        switch command.decision {
        case .approve:
            guard asset.status == .submitted || asset.status == .withdrawn else {
                throw illegalReview(asset, to: .approved)
            }
            guard asset.versionCount > 0 else {
                throw CommandFailure(
                    .conflict, "The asset \(asset.label) has no file yet: upload one before approving it.",
                    details: ["assetId": asset.id])
            }
            if let lapsed = try RightsInForce.lapsed(assetId: asset.id, on: today, in: db) {
                throw CommandFailure(
                    .conflict, "The asset \(asset.label) cannot be approved: \(lapsed).", details: ["assetId": asset.id])
            }
            asset.status = .approved
            asset.rejectionReason = nil
            asset.withdrawnReason = nil
            asset.approvedByAccountId = actor?.accountId?.uuidString
            asset.approvedByName = actor?.name
            asset.approvedAt = now
            asset.updatedAt = now
            try asset.update(db)
            try publish(AssetApproved(assetId: command.assetId))
        case .reject:
            guard let reason = command.reason.trimmedOrNil else {
                throw CommandFailure(.invalid, "A rejection needs a reason.", details: ["field": "reason"])
            }
            guard asset.status == .submitted else { throw illegalReview(asset, to: .rejected) }
            asset.status = .rejected
            asset.rejectionReason = reason
            asset.updatedAt = now
            try asset.update(db)
            try publish(AssetRejected(assetId: command.assetId, reason: reason))
        }
        return AssetRef(assetId: command.assetId, status: asset.status)
    }

    private func illegalReview(_ asset: AssetRecord, to status: AssetStatus) -> CommandFailure {
        let hint =
            asset.status == .rejected
            ? "upload a new version to submit it again" : "only submitted assets are reviewed"
        return CommandFailure(
            .illegalTransition,
            "The asset \(asset.label) cannot move from \(asset.status.rawValue) to \(status.rawValue): \(hint).",
            details: ["assetId": asset.id, "from": asset.status.rawValue, "to": status.rawValue])
    }
}
