import Foundation
import GRDB
import MessageSchema

extension MediaRelationsChange {
    /// Stores a new press release as a draft. Message: `PressReleaseDrafted`.
    func draft(_ command: DraftPressRelease) throws -> PressReleaseRef {
        try PressReleaseRules.validate(command.content)
        let content = PressReleaseRules.normalised(command.content)
        if try PressReleaseRecord.exists(db, key: command.pressReleaseId.uuidString) {
            throw CommandFailure(
                .conflict, "A press release with the id \(command.pressReleaseId.uuidString) exists already.",
                details: ["pressReleaseId": command.pressReleaseId.uuidString])
        }
        try PressReleaseRecord(id: command.pressReleaseId, content: content, createdAt: now).insert(db)
        try publish(PressReleaseDrafted(pressReleaseId: command.pressReleaseId, content: content))
        return PressReleaseRef(pressReleaseId: command.pressReleaseId)
    }

    /// Changes a draft; an approved or distributed release is final. Message: `PressReleaseUpdated`.
    func updatePressRelease(_ command: UpdatePressRelease) throws -> PressReleaseRef {
        if command.patch.isEmpty {
            throw invalidInput("patch", "The patch changes nothing: give at least one field to change.")
        }
        var release = try existingPressRelease(command.pressReleaseId)
        guard release.status == .draft else {
            throw CommandFailure(
                .conflict,
                "The press release \(release.label) is \(release.status.rawValue): only a draft can be changed.",
                details: ["pressReleaseId": release.id, "status": release.status.rawValue])
        }
        let changed = command.patch.applied(to: release.content)
        try PressReleaseRules.validate(changed)
        release.content = PressReleaseRules.normalised(changed)
        release.updatedAt = now
        try release.update(db)
        try publish(PressReleaseUpdated(pressReleaseId: command.pressReleaseId, content: release.content))
        return PressReleaseRef(pressReleaseId: command.pressReleaseId)
    }

    /// Approves a draft, or distributes an approved release to a contact list:
    /// the time, who distributed it (the command's actor) and the list's
    /// members it goes to are recorded — those whose address is on the
    /// do-not-contact list are left out (and named in the message). Messages:
    /// `PressReleaseApproved` or `PressReleaseDistributed`.
    func transition(_ command: TransitionPressRelease) throws -> PressReleaseRef {
        var release = try existingPressRelease(command.pressReleaseId)
        let from = release.status
        guard from.canMove(to: command.to) else {
            let allowed = from.next.map(\.rawValue).sorted()
            let hint =
                allowed.isEmpty
                ? "a \(from.rawValue) press release cannot change status"
                : "it can move to \(allowed.joined(separator: " or "))"
            throw CommandFailure(
                .illegalTransition,
                "The press release \(release.label) cannot move from \(from.rawValue) to \(command.to.rawValue): \(hint).",
                details: ["pressReleaseId": release.id, "from": from.rawValue, "to": command.to.rawValue])
        }
        release.status = command.to
        release.updatedAt = now
        switch command.to {
        case .approved:
            try release.update(db)
            try publish(PressReleaseApproved(pressReleaseId: command.pressReleaseId))
        case .distributed:
            guard let listId = command.contactListId else {
                throw invalidInput("contactListId", "Distributing needs the contact list to send to (contactListId).")
            }
            let list = try existingList(listId)
            let members = try String.fetchAll(
                db, sql: "SELECT contactId FROM contactListMembers WHERE listId = ? ORDER BY addedAt, contactId",
                arguments: [list.id])
            if members.isEmpty {
                throw CommandFailure(
                    .conflict, "The contact list \"\(list.name)\" has no members: there is nobody to send to.",
                    details: ["contactListId": list.id])
            }
            let leftOut = try onDoNotContactList(members)
            let recipients = members.filter { !leftOut.contains($0) }
            if recipients.isEmpty {
                throw CommandFailure(
                    .conflict,
                    "Every member of the contact list \"\(list.name)\" is on the do-not-contact list: there is nobody to send to.",
                    details: ["contactListId": list.id])
            }
            release.contactListId = list.id
            release.distributedAt = now
            release.distributedByAccountId = actor?.accountId?.uuidString
            release.distributedByName = actor?.name
            try release.update(db)
            for contactId in recipients {
                try db.execute(
                    sql: "INSERT INTO pressReleaseRecipients (pressReleaseId, contactId) VALUES (?, ?)",
                    arguments: [release.id, contactId])
            }
            try publish(
                PressReleaseDistributed(
                    pressReleaseId: command.pressReleaseId, distributedAt: now, contactListId: listId,
                    contactIds: recipients.compactMap(UUID.init(uuidString:)),
                    leftOutContactIds: members.filter(leftOut.contains).compactMap(UUID.init(uuidString:))))
        case .draft:
            // Nothing moves back to draft; `canMove(to:)` has refused it above.
            break
        }
        return PressReleaseRef(pressReleaseId: command.pressReleaseId)
    }
}
