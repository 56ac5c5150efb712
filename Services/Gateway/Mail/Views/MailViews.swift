import Foundation
import GatewayKit

/// What the mail part's templates show.
enum MailViews {
    static func failures(_ failures: [FailedMail], staffAlertsOff: Bool, viewer: Viewer) -> [String: Any] {
        [
            "staffAlertsOff": staffAlertsOff, "hasFailures": !failures.isEmpty,
            "failures": failures.map { mail -> [String: Any] in
                [
                    "id": mail.mailId.lowercased(), "recipient": mail.recipient, "subject": mail.subject,
                    "kind": MailPageStrings.kind(mail.kind).text(in: viewer.language), "answer": mail.lastAnswer,
                    "attempts": mail.attempts, "failedAt": HumanDate.dayAndTime(mail.failedAt, in: viewer.language),
                ]
            },
        ]
    }

    /// The start page's notice that mails only go to a folder, and (for
    /// admins) how many failed; `nil` when there is nothing to say.
    static func home(delivery: MailDeliveryState?, failures: Int, viewer: Viewer) -> [String: Any]? {
        let files = delivery?.delivery == .files
        let shownFailures = viewer.isAdmin && failures > 0 ? failures : 0
        guard files || shownFailures > 0 else { return nil }
        var data: [String: Any] = ["files": files]
        if files, let folder = delivery?.folder { data["folder"] = folder }
        if shownFailures > 0 { data["failures"] = shownFailures }
        return data
    }
}
