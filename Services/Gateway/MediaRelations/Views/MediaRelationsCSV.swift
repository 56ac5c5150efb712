import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// The media-relations part's CSV files (`CSVFile`).
///
/// - Contacts, by name in Lithuanian order: `contactId`, `kind`, `name`,
///   `organisation`, `topics` (joined by "; "), `language`, `email`, `phone`,
///   `notes`, `doNotContact` (`true` when the address is on the do-not-contact list).
/// - Mentions, newest first: `mentionId`, `publishedAt` (Vilnius time),
///   `outlet`, `title`, `url`, `language`, `reach`, `sentiment`, `eventId`,
///   `campaignId`, `excerpt`.
enum MediaRelationsCSV {
    static func contacts(_ contacts: [MediaContactRecord], doNotContact: Set<String>) -> CSVFile {
        CSVFile(
            fileName: "Kontaktai.csv",
            header: [
                "contactId", "kind", "name", "organisation", "topics", "language", "email", "phone", "notes", "doNotContact",
            ],
            rows: contacts.map { contact in
                let details = contact.details
                return [
                    contact.id.uuidString, details.kind.rawValue, details.name, details.organisation ?? "",
                    details.topics.joined(separator: "; "), details.language, details.email ?? "", details.phone ?? "",
                    details.notes ?? "", CSVFile.cell(details.email.map { doNotContact.contains($0.lowercased()) } ?? false),
                ]
            })
    }

    static func mentions(_ mentions: [MediaMentionRecord]) -> CSVFile {
        CSVFile(
            fileName: "Paminėjimai.csv",
            header: [
                "mentionId", "publishedAt", "outlet", "title", "url", "language", "reach", "sentiment", "eventId",
                "campaignId", "excerpt",
            ],
            rows: mentions.map { record in
                let mention = record.mention
                return [
                    record.id.uuidString, CSVFile.cell(mention.publishedAt), mention.outlet, mention.title, mention.url,
                    mention.language, String(mention.reach), mention.sentiment.rawValue, mention.eventId?.uuidString ?? "",
                    mention.campaignId?.uuidString ?? "", mention.excerpt ?? "",
                ]
            })
    }

    /// Every item of a paged query, a page of `Page.maximumLimit` at a time.
    static func all<Item: Sendable>(_ query: (Page) throws -> MediaPage<Item>) throws -> [Item] {
        var items: [Item] = []
        while true {
            let page = try query(Page(limit: Page.maximumLimit, offset: items.count))
            items += page.items
            if page.items.isEmpty || items.count >= page.total { return items }
        }
    }
}
