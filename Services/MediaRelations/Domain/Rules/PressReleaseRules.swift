import Foundation
import MessageSchema

/// What a press release must satisfy before it is stored.
enum PressReleaseRules {
    static func normalised(_ content: PressReleaseContent) -> PressReleaseContent {
        PressReleaseContent(
            titleLt: content.titleLt.trimmed, bodyLt: content.bodyLt.trimmed, titleEn: content.titleEn.trimmedOrNil,
            bodyEn: content.bodyEn.trimmedOrNil, eventId: content.eventId, campaignId: content.campaignId)
    }

    static func validate(_ content: PressReleaseContent) throws {
        let content = normalised(content)
        if content.titleLt.isEmpty { throw invalidInput("titleLt", "The Lithuanian title (titleLt) is required.") }
        if content.bodyLt.isEmpty { throw invalidInput("bodyLt", "The Lithuanian text (bodyLt) is required.") }
        if content.bodyEn != nil && content.titleEn == nil {
            throw invalidInput("titleEn", "An English text (bodyEn) needs an English title (titleEn).")
        }
    }
}

/// What a journalist's visit must satisfy before it is stored.
enum VisitRules {
    static func normalised(_ details: VisitDetails) -> VisitDetails {
        VisitDetails(
            date: details.date, journalistId: details.journalistId, purpose: details.purpose.trimmed,
            host: details.host.trimmed)
    }

    static func validate(_ details: VisitDetails) throws {
        let details = normalised(details)
        if details.purpose.isEmpty { throw invalidInput("purpose", "The purpose of the visit (purpose) is required.") }
        if details.host.isEmpty { throw invalidInput("host", "Who receives the journalist (host) is required.") }
    }

    /// Kinds of contact that may visit as a journalist: a journalist, or an outlet's crew.
    static let visitingKinds: Set<ContactKind> = [.journalist, .mediaOutlet]
}
