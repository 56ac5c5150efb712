import Foundation
import GRDB
import GatewayKit

/// The public press-release feed: the distributed press releases, newest
/// first, as RSS 2.0 with Lithuanian texts intact.
enum PressReleaseFeed {
    static let limit = 50

    static func distributed(in db: Database) throws -> [MediaPressReleaseRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM mediaPressReleases WHERE status = 'distributed'
                ORDER BY distributedAt DESC, id LIMIT ?
                """, arguments: [limit]
        ).map(MediaPressReleaseRecord.init(row:))
    }

    /// The RSS document; `link` is where the feed says it lives.
    static func document(for releases: [MediaPressReleaseRecord], link: String) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0">
            <channel>
            <title>Lietuvos nacionalinė Martyno Mažvydo biblioteka: pranešimai spaudai</title>
            <link>\(escape(link))</link>
            <description>Komunikacijos ir rinkodaros departamento pranešimai spaudai</description>
            <language>lt</language>

            """
        for release in releases {
            xml += "<item>\n"
            xml += "<title>\(escape(release.content.titleLt))</title>\n"
            xml += "<description>\(escape(release.content.bodyLt))</description>\n"
            xml += "<guid isPermaLink=\"false\">urn:uuid:\(release.id.uuidString.lowercased())</guid>\n"
            if let distributedAt = release.distributedAt { xml += "<pubDate>\(rfc822(distributedAt))</pubDate>\n" }
            xml += "</item>\n"
        }
        xml += "</channel>\n</rss>\n"
        return xml
    }

    /// Text safe inside an XML element or attribute.
    static func escape(_ text: String) -> String {
        var escaped = ""
        for character in text {
            switch character {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            case "'": escaped += "&apos;"
            default: escaped.append(character)
            }
        }
        return escaped
    }

    /// RFC 822 date as RSS wants it, in UTC: `Wed, 25 Nov 2026 17:14:31 +0000`.
    static func rfc822(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "EEE, dd MMM yyyy HH:mm:ss Z"
        return formatter.string(from: date)
    }
}
