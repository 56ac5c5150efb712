import Foundation
import GRDB
import MessageSchema

extension BrandChange {
    static let maxRightsText = 2_000

    /// Records a licence to use the asset; if it already runs out within the
    /// warning period, the warning goes out at once. Messages:
    /// `LicenceRecorded`, maybe `AssetExpiryWarning` or `AssetWithdrawn`.
    func recordLicence(_ command: RecordLicence) throws -> RightsRef {
        let asset = try existingAsset(command.assetId)
        let holder = try requiredText(command.holder, "holder", "licence holder")
        let terms = try requiredText(command.terms, "terms", "licence terms")
        try checkNew(command.licenceId, in: "licences", naming: "licence")
        try db.execute(
            sql: "INSERT INTO licences (id, assetId, holder, terms, expiresOn, recordedAt) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [command.licenceId.uuidString, asset.id, holder, terms, command.expiresOn?.description, now])
        try publish(
            LicenceRecorded(
                assetId: command.assetId, licenceId: command.licenceId, holder: holder, terms: terms,
                expiresOn: command.expiresOn))
        _ = try runExpiryCheck(asOf: today, assetId: asset.id)
        return RightsRef(assetId: command.assetId, id: command.licenceId)
    }

    /// Records the consent of a person shown in the asset; like a licence, a
    /// consent running out soon is warned of at once. Messages:
    /// `ConsentRecorded`, maybe `AssetExpiryWarning` or `AssetWithdrawn`.
    func recordConsent(_ command: RecordConsent) throws -> RightsRef {
        let asset = try existingAsset(command.assetId)
        let person = try requiredText(command.person, "person", "person's name")
        let note = command.note.trimmedOrNil
        if (note?.count ?? 0) > Self.maxRightsText {
            throw CommandFailure(.invalid, "The note is longer than \(Self.maxRightsText) characters.", details: ["field": "note"])
        }
        try checkNew(command.consentId, in: "consents", naming: "consent")
        try db.execute(
            sql: "INSERT INTO consents (id, assetId, person, note, expiresOn, recordedAt) VALUES (?, ?, ?, ?, ?, ?)",
            arguments: [command.consentId.uuidString, asset.id, person, note, command.expiresOn?.description, now])
        try publish(
            ConsentRecorded(
                assetId: command.assetId, consentId: command.consentId, person: person, note: note,
                expiresOn: command.expiresOn))
        _ = try runExpiryCheck(asOf: today, assetId: asset.id)
        return RightsRef(assetId: command.assetId, id: command.consentId)
    }

    private func requiredText(_ text: String, _ field: String, _ name: String) throws -> String {
        let value = text.trimmed
        if value.isEmpty { throw CommandFailure(.invalid, "The \(name) is required.", details: ["field": field]) }
        if value.count > Self.maxRightsText {
            throw CommandFailure(.invalid, "The \(name) is longer than \(Self.maxRightsText) characters.", details: ["field": field])
        }
        return value
    }

    private func checkNew(_ id: UUID, in table: String, naming thing: String) throws {
        if try Bool.fetchOne(db, sql: "SELECT 1 FROM \(table) WHERE id = ?", arguments: [id.uuidString]) != nil {
            throw CommandFailure(.conflict, "A \(thing) with the id \(id.uuidString) exists already.", details: ["id": id.uuidString])
        }
    }
}
