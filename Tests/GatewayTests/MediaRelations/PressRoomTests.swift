import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewayMediaRelations

#if canImport(FoundationXML)
import FoundationXML
#endif

/// The public press room through the router: only distributed press
/// releases, newest first, each on its own page, and the RSS 2.0 and Atom
/// feeds with absolute links, the dates each format wants and the
/// Lithuanian text escaped.
final class PressRoomTests: XCTestCase {
    static let olderId = UUID()
    static let newerId = UUID()
    static let draftId = UUID()

    /// "Bibliotekos naktis" distributed at 2026-11-25 19:14:31 Vilnius time, then
    /// "Knygų & <skaitymų> šventė" (with English) at 2026-11-30 09:05:00; a draft never distributed.
    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        let older = PressReleaseContent(
            titleLt: "Bibliotekos naktis", bodyLt: "Pirmoji pastraipa apie naktį.\n\nAntroji pastraipa: „Ąžuolas“ ir ėglė.")
        let newer = PressReleaseContent(
            titleLt: "Knygų & <skaitymų> šventė", bodyLt: "Šventė vyks Vilniuje.", titleEn: "A feast of books & reading",
            bodyEn: "The feast is in Vilnius.")
        try feed.apply(PressReleaseDrafted(pressReleaseId: olderId, content: older))
        try feed.apply(PressReleaseDrafted(pressReleaseId: newerId, content: newer))
        try feed.apply(PressReleaseDrafted(pressReleaseId: draftId, content: PressReleaseContent(titleLt: "Slaptas juodraštis", bodyLt: "Dar ne.")))
        for id in [olderId, newerId] { try feed.apply(PressReleaseApproved(pressReleaseId: id)) }
        try feed.apply(
            PressReleaseDistributed(
                pressReleaseId: olderId, distributedAt: Sample.date("2026-11-25T19:14:31"), contactListId: UUID(), contactIds: []))
        try feed.apply(
            PressReleaseDistributed(
                pressReleaseId: newerId, distributedAt: Sample.date("2026-11-30T09:05"), contactListId: UUID(), contactIds: []))
    }

    static func path(_ id: UUID) -> String { id.uuidString.lowercased() }

    func testThePressRoomListsTheDistributedNewestFirstAndLinksItsFeeds() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, _ in
            var visitor = PageSession()
            let page = try await visitor.get(client, "/spaudai")
            XCTAssertEqual(page.status, .ok, page.text)
            let text = page.text
            XCTAssertTrue(
                text.contains(#"<link rel="alternate" type="application/rss+xml" title="Pranešimai spaudai (RSS)" href="/spaudai/rss.xml">"#), text)
            XCTAssertTrue(
                text.contains(#"<link rel="alternate" type="application/atom+xml" title="Pranešimai spaudai (Atom)" href="/spaudai/atom.xml">"#))
            let newer = try XCTUnwrap(
                text.range(of: "<h2><a href=\"/spaudai/\(Self.path(Self.newerId))\">Knygų &amp; &lt;skaitymų&gt; šventė</a></h2>"))
            let older = try XCTUnwrap(text.range(of: "<h2><a href=\"/spaudai/\(Self.path(Self.olderId))\">Bibliotekos naktis</a></h2>"))
            XCTAssertLessThan(newer.lowerBound, older.lowerBound, "newest first")
            XCTAssertTrue(text.contains(#"<p class="meta">2026 m. lapkričio 25 d.</p><p>Pirmoji pastraipa apie naktį.</p>"#), text)
            XCTAssertFalse(text.contains("Slaptas juodraštis"), "a draft is not public")

            visitor.cookies["kalba"] = "en"
            let english = try await visitor.get(client, "/spaudai")
            XCTAssertTrue(english.text.contains(">A feast of books &amp; reading</a></h2>"), english.text)
            XCTAssertTrue(english.text.contains(">Bibliotekos naktis</a></h2>"), "no English: the Lithuanian text")
        }
    }

    func testAReleaseHasItsOwnPageAndOnlyADistributedOne() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let page = try await client.execute(uri: "/spaudai/\(Self.path(Self.olderId))", method: .get)
            XCTAssertEqual(page.status, .ok, page.text)
            XCTAssertTrue(page.text.contains("<h1>Bibliotekos naktis</h1>"), page.text)
            XCTAssertTrue(page.text.contains(#"<p class="meta" id="isplatinta">2026 m. lapkričio 25 d.</p>"#))
            XCTAssertTrue(page.text.contains(#"<p class="prose">Antroji pastraipa: „Ąžuolas“ ir ėglė.</p>"#))
            XCTAssertTrue(page.text.contains(#"href="/spaudai/atom.xml""#))
            for hidden in [Self.draftId, UUID()] {
                let refused = try await client.execute(uri: "/spaudai/\(Self.path(hidden))", method: .get)
                XCTAssertEqual(refused.status, .notFound)
                XCTAssertTrue(refused.text.contains("Tokio pranešimo spaudai nėra."), refused.text)
            }
        }
    }

    func testTheRSSFeedHasAbsoluteLinksRFC822DatesAndEscapedText() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let feed = try await client.execute(uri: "/spaudai/rss.xml", method: .get)
            XCTAssertEqual(feed.status, .ok, feed.text)
            XCTAssertEqual(feed.headers[.contentType], "application/rss+xml; charset=utf-8")
            XCTAssertNil(feed.headers[.setCookie], "a feed reader gets no cookie")
            let xml = feed.text
            XCTAssertTrue(XMLParser(data: Data(xml.utf8)).parse(), "well-formed")
            XCTAssertTrue(xml.contains("<link>http://127.0.0.1:8080/spaudai</link>"), xml)
            XCTAssertTrue(xml.contains(#"<atom:link href="http://127.0.0.1:8080/spaudai/rss.xml" rel="self" type="application/rss+xml"/>"#))
            XCTAssertTrue(xml.contains("<lastBuildDate>Mon, 30 Nov 2026 07:05:00 +0000</lastBuildDate>"), xml)
            let newer = """
                <item>
                <title>Knygų &amp; &lt;skaitymų&gt; šventė</title>
                <link>http://127.0.0.1:8080/spaudai/\(Self.path(Self.newerId))</link>
                <description>Šventė vyks Vilniuje.</description>
                <guid isPermaLink="false">urn:uuid:\(Self.path(Self.newerId))</guid>
                <pubDate>Mon, 30 Nov 2026 07:05:00 +0000</pubDate>
                </item>
                """
            XCTAssertTrue(xml.contains(newer), xml)
            XCTAssertTrue(xml.contains("<pubDate>Wed, 25 Nov 2026 17:14:31 +0000</pubDate>"))
            XCTAssertLessThan(
                try XCTUnwrap(xml.range(of: "Knygų &amp;")).lowerBound, try XCTUnwrap(xml.range(of: "Bibliotekos naktis")).lowerBound)
            XCTAssertFalse(xml.contains("Slaptas"))
        }
    }

    func testTheAtomFeedHasIdsRFC3339DatesAndLinks() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let feed = try await client.execute(uri: "/spaudai/atom.xml", method: .get)
            XCTAssertEqual(feed.status, .ok, feed.text)
            XCTAssertEqual(feed.headers[.contentType], "application/atom+xml; charset=utf-8")
            let xml = feed.text
            XCTAssertTrue(XMLParser(data: Data(xml.utf8)).parse(), "well-formed")
            XCTAssertTrue(xml.contains(#"<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="lt">"#), xml)
            XCTAssertTrue(xml.contains("<id>http://127.0.0.1:8080/spaudai</id>"))
            XCTAssertTrue(xml.contains(#"<link rel="self" type="application/atom+xml" href="http://127.0.0.1:8080/spaudai/atom.xml"/>"#))
            XCTAssertTrue(xml.contains("<updated>2026-11-30T07:05:00Z</updated>\n<author>"), xml)
            let older = """
                <entry>
                <id>urn:uuid:\(Self.path(Self.olderId))</id>
                <title type="text">Bibliotekos naktis</title>
                <link rel="alternate" type="text/html" href="http://127.0.0.1:8080/spaudai/\(Self.path(Self.olderId))"/>
                <published>2026-11-25T17:14:31Z</published>
                <updated>2026-11-25T17:14:31Z</updated>
                <content type="text">Pirmoji pastraipa apie naktį.

                Antroji pastraipa: „Ąžuolas“ ir ėglė.</content>
                </entry>
                """
            XCTAssertTrue(xml.contains(older), xml)
            XCTAssertTrue(xml.contains(#"<title type="text">Knygų &amp; &lt;skaitymų&gt; šventė</title>"#))
            XCTAssertFalse(xml.contains("Slaptas"))
        }
    }

    func testTheFeedsOfAnEmptyPressRoomAreStillValid() async throws {
        try await GatewayHTTP.test { client in
            let atom = try await client.execute(uri: "/spaudai/atom.xml", method: .get)
            XCTAssertTrue(XMLParser(data: Data(atom.text.utf8)).parse())
            XCTAssertFalse(atom.text.contains("<entry>"))
            XCTAssertTrue(atom.text.contains("<updated>"), "a feed always has its updated")
            let page = try await client.execute(uri: "/spaudai", method: .get)
            XCTAssertTrue(page.text.contains("Pranešimų spaudai dar nėra."), page.text)
        }
    }
}
