import Foundation
import GRDB
import MessageSchema

extension BrandChange {
    /// The expiry check, as of `asOf` or today in Vilnius. Messages:
    /// `AssetExpiryWarning` and `AssetWithdrawn`, each once.
    func checkExpiries(_ command: CheckExpiries) throws -> ExpiryCheckOutcome {
        try runExpiryCheck(asOf: command.asOf ?? today)
    }

    /// For each licence and consent (of `assetId`, or of every asset):
    /// within `warningDays` of its expiry day and not warned of yet, an
    /// `AssetExpiryWarning` for an asset in use or in review; past its expiry
    /// day, once, the asset is withdrawn (`AssetWithdrawn`) if it was in use
    /// or in review and its rights no longer hold (`RightsInForce`).
    func runExpiryCheck(asOf day: CalendarDay, assetId: String? = nil) throws -> ExpiryCheckOutcome {
        var outcome = ExpiryCheckOutcome(asOf: day, warnings: 0, withdrawn: 0)
        for rights in try RightsRecord.pending(through: day.adding(days: warningDays), in: db)
        where assetId == nil || rights.assetId == assetId {
            guard var asset = try AssetRecord.fetchOne(db, key: rights.assetId) else { continue }
            let inReviewOrUse = asset.status == .submitted || asset.status == .approved
            let daysLeft = day.days(until: rights.expiresOn)
            if daysLeft < 0 {
                try rights.markExpired(at: now, in: db)
                guard inReviewOrUse, let reason = try RightsInForce.lapsed(assetId: asset.id, on: day, in: db) else { continue }
                asset.status = .withdrawn
                asset.withdrawnReason = reason
                asset.updatedAt = now
                try asset.update(db)
                try publish(AssetWithdrawn(assetId: asset.assetId, reason: "The asset \(asset.label) was withdrawn from use: \(reason)."))
                outcome.withdrawn += 1
            } else if !rights.warned, inReviewOrUse {
                try rights.markWarned(at: now, in: db)
                try publish(
                    AssetExpiryWarning(
                        assetId: asset.assetId, assetTitle: asset.title, kind: rights.kind, holder: rights.holder,
                        expiresOn: rights.expiresOn.date, daysLeft: daysLeft))
                outcome.warnings += 1
            }
        }
        return outcome
    }
}
