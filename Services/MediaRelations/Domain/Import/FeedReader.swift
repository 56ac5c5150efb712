import Foundation
import MessageSchema

/// Reads mentions from an RSS 2.0 or an Atom feed: the outlet is the
/// channel's or feed's title; each item or entry is one mention, numbered
/// from 1 in file order. Feeds carry no reach or sentiment: 0 and neutral.
enum FeedReader {
    static func read(_ content: String) throws -> MentionFile {
        let root: XMLElementNode
        switch XMLElementNode.parse(Data(content.utf8)) {
        case .success(let node): root = node
        case .failure(let error):
            throw invalidInput("file", "The file is not well-formed XML (line \(error.line)): \(error.reason)")
        }
        switch root.name {
        case "rss":
            guard let channel = root.first("channel") else {
                throw invalidInput("file", "The RSS file has no <channel>.")
            }
            return readRSS(channel)
        case "feed":
            return readAtom(root)
        default:
            throw invalidInput("file", "The file is neither RSS 2.0 (<rss>) nor Atom (<feed>); its root is <\(root.name)>.")
        }
    }

    private static func readRSS(_ channel: XMLElementNode) -> MentionFile {
        let outlet = channel.text(of: "title")
        let language = primaryLanguage(channel.text(of: "language"))
        var file = MentionFile()
        for (index, item) in channel.all("item").enumerated() {
            let number = index + 1
            let link =
                item.text(of: "link")
                ?? item.first("guid").flatMap { guid in
                    guid.attributes["isPermaLink"] == "false" ? nil : item.text(of: "guid")
                }
            let published = item.text(of: "pubDate") ?? item.text(of: "dc:date")
            add(
                number, link: link, outlet: outlet, published: published, title: item.text(of: "title"),
                excerpt: item.text(of: "description").map(plainText), language: language, to: &file)
        }
        return file
    }

    private static func readAtom(_ feed: XMLElementNode) -> MentionFile {
        let outlet = feed.text(of: "title")
        let language = primaryLanguage(feed.attributes["xml:lang"])
        var file = MentionFile()
        for (index, entry) in feed.all("entry").enumerated() {
            let links = entry.all("link")
            let link = (links.first { ($0.attributes["rel"] ?? "alternate") == "alternate" } ?? links.first)?
                .attributes["href"]
            let published = entry.text(of: "published") ?? entry.text(of: "updated")
            let excerpt = entry.text(of: "summary") ?? entry.text(of: "content")
            add(
                index + 1, link: link, outlet: outlet, published: published, title: entry.text(of: "title"),
                excerpt: excerpt.map(plainText), language: primaryLanguage(entry.attributes["xml:lang"]) ?? language,
                to: &file)
        }
        return file
    }

    private static func add(
        _ number: Int, link: String?, outlet: String?, published: String?, title: String?, excerpt: String?,
        language: String?, to file: inout MentionFile
    ) {
        func refuse(_ detail: String) { file.errors.append(MentionImportError(item: number, detail: detail)) }
        guard let link else { return refuse("the item has no link") }
        guard let outlet else { return refuse("the feed has no title to name the outlet by") }
        guard let title else { return refuse("the item has no title") }
        guard let published else { return refuse("the item has no publication date") }
        guard let date = FeedDates.parse(published) else {
            return refuse("the item's date '\(published)' is neither RFC 822 nor ISO 8601")
        }
        file.entries.append(
            MentionFile.Entry(
                mention: MentionInput(
                    url: link, outlet: outlet, publishedAt: date, title: title, excerpt: excerpt, language: language ?? "lt"),
                item: number))
    }

    /// `lt` of `lt-LT`.
    private static func primaryLanguage(_ code: String?) -> String? {
        guard let code = code?.trimmingCharacters(in: .whitespaces), !code.isEmpty else { return nil }
        return String(code.split(separator: "-").first ?? Substring(code)).lowercased()
    }

    /// The text of an HTML fragment: tags dropped, spaces collapsed.
    static func plainText(_ html: String) -> String {
        var text = ""
        var inTag = false
        for character in html {
            if character == "<" {
                inTag = true
            } else if character == ">" && inTag {
                inTag = false
                text.append(" ")
            } else if !inTag {
                text.append(character)
            }
        }
        let entities = ["&amp;": "&", "&lt;": "<", "&gt;": ">", "&quot;": "\"", "&#39;": "'", "&nbsp;": " "]
        for (entity, value) in entities { text = text.replacingOccurrences(of: entity, with: value) }
        return text.split(whereSeparator: \.isWhitespace).joined(separator: " ")
    }
}

/// The dates feeds and CSV files carry.
enum FeedDates {
    /// RFC 822 (`Wed, 25 Nov 2026 10:00:00 +0200`, RSS) or ISO 8601 (Atom).
    static func parse(_ text: String) -> Date? {
        if let date = Timestamp.parse(text) { return date }
        for pattern in [
            "EEE, d MMM yyyy HH:mm:ss Z", "EEE, d MMM yyyy HH:mm:ss zzz", "d MMM yyyy HH:mm:ss Z",
            "d MMM yyyy HH:mm:ss zzz", "EEE, d MMM yyyy HH:mm Z", "EEE, d MMM yyyy HH:mm zzz",
        ] {
            let formatter = DateFormatter()
            formatter.locale = Locale(identifier: "en_US_POSIX")
            formatter.timeZone = TimeZone(identifier: "UTC")
            formatter.dateFormat = pattern
            if let date = formatter.date(from: text) { return date }
        }
        return nil
    }

    /// `2026-11-25`: the start of that day in Vilnius.
    static func day(_ text: String) -> Date? {
        guard text.count == 10 else { return nil }
        return Timestamp.parse(text + "T00:00")
    }
}
