import Foundation
import GRDB
import GatewayKit
import Hummingbird

/// The public press-release feeds: the distributed press releases, newest
/// first, as RSS 2.0 and as Atom (RFC 4287), with Lithuanian texts intact
/// (XML-escaped) and absolute links from the gateway's public address.
enum PressReleaseFeed {
    static let limit = 50
    static let title = "Lietuvos nacionalinė Martyno Mažvydo biblioteka: pranešimai spaudai"
    static let subtitle = "Komunikacijos ir rinkodaros departamento pranešimai spaudai"
    static let author = "Lietuvos nacionalinė Martyno Mažvydo biblioteka"

    /// The distributed press releases, newest first, at most `limit`.
    static func distributed(limit: Int = PressReleaseFeed.limit, in db: Database) throws -> [MediaPressReleaseRecord] {
        try Row.fetchAll(
            db,
            sql: """
                SELECT * FROM mediaPressReleases WHERE status = 'distributed'
                ORDER BY distributedAt DESC, id LIMIT ?
                """, arguments: [limit]
        ).map(MediaPressReleaseRecord.init(row:))
    }

    /// The press release's own public page.
    static func link(of release: MediaPressReleaseRecord, publicURL: String) -> String {
        "\(publicURL)/spaudai/\(release.id.uuidString.lowercased())"
    }

    /// The RSS 2.0 document; `selfLink` is where the feed itself is served.
    static func rss(_ releases: [MediaPressReleaseRecord], publicURL: String, selfLink: String) -> String {
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
            <channel>
            <title>\(escape(title))</title>
            <link>\(escape(publicURL))/spaudai</link>
            <description>\(escape(subtitle))</description>
            <language>lt</language>
            <atom:link href="\(escape(selfLink))" rel="self" type="application/rss+xml"/>

            """
        if let newest = releases.first?.distributedAt { xml += "<lastBuildDate>\(rfc822(newest))</lastBuildDate>\n" }
        for release in releases {
            xml += "<item>\n"
            xml += "<title>\(escape(release.content.titleLt))</title>\n"
            xml += "<link>\(escape(link(of: release, publicURL: publicURL)))</link>\n"
            xml += "<description>\(escape(release.content.bodyLt))</description>\n"
            xml += "<guid isPermaLink=\"false\">urn:uuid:\(release.id.uuidString.lowercased())</guid>\n"
            if let distributedAt = release.distributedAt { xml += "<pubDate>\(rfc822(distributedAt))</pubDate>\n" }
            xml += "</item>\n"
        }
        xml += "</channel>\n</rss>\n"
        return xml
    }

    /// The Atom document (RFC 4287): the feed's id is the press room's
    /// address, each entry's the release's `urn:uuid`; `updated` is the
    /// newest distribution (`now` while there is none).
    static func atom(_ releases: [MediaPressReleaseRecord], publicURL: String, now: Date = Date()) -> String {
        let room = "\(publicURL)/spaudai"
        let updated = releases.compactMap(\.distributedAt).max() ?? now
        var xml = """
            <?xml version="1.0" encoding="UTF-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="lt">
            <id>\(escape(room))</id>
            <title>\(escape(title))</title>
            <subtitle>\(escape(subtitle))</subtitle>
            <link rel="alternate" type="text/html" href="\(escape(room))"/>
            <link rel="self" type="application/atom+xml" href="\(escape(room))/atom.xml"/>
            <updated>\(rfc3339(updated))</updated>
            <author><name>\(escape(author))</name></author>

            """
        for release in releases {
            let at = rfc3339(release.distributedAt ?? release.createdAt)
            xml += "<entry>\n"
            xml += "<id>urn:uuid:\(release.id.uuidString.lowercased())</id>\n"
            xml += "<title type=\"text\">\(escape(release.content.titleLt))</title>\n"
            xml += "<link rel=\"alternate\" type=\"text/html\" href=\"\(escape(link(of: release, publicURL: publicURL)))\"/>\n"
            xml += "<published>\(at)</published>\n<updated>\(at)</updated>\n"
            xml += "<content type=\"text\">\(escape(release.content.bodyLt))</content>\n"
            xml += "</entry>\n"
        }
        xml += "</feed>\n"
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

    /// RFC 3339 date as Atom wants it, in UTC: `2026-11-25T17:14:31Z`.
    static func rfc3339(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }

    /// A feed as a response of `contentType`.
    static func response(_ text: String, contentType: String) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = contentType
        return Response(status: .ok, headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(string: text)))
    }
}
