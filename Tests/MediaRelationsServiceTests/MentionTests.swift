import Foundation
import MediaRelationsService
import MessageSchema
import XCTest

/// Media mentions: one per URL, recorded one by one or imported from files.
final class MentionTests: MediaRelationsTestCase {
    static func mention(_ url: String, title: String = "Bibliotekoje atidaryta paroda") -> MentionInput {
        MentionInput(
            url: url, outlet: "LRT", publishedAt: Timestamp.parse("2026-11-20T10:00")!, title: title,
            excerpt: "Nacionalinėje bibliotekoje – unikalių knygų paroda.", reach: 12_000, sentiment: .positive)
    }

    func testTheSameURLInAnotherCaseOrWithASlashIsOneMention() async throws {
        let harness = try makeHarness()
        let first = try await harness.expectSuccess(RecordMention(mention: Self.mention("HTTPS://WWW.LRT.LT/naujienos/kultura/1")))
        XCTAssertTrue(first.created)
        let second = try await harness.expectSuccess(RecordMention(mention: Self.mention("https://www.lrt.lt/naujienos/kultura/1/")))
        XCTAssertFalse(second.created)
        XCTAssertEqual(second.mentionId, first.mentionId)
        let other = try await harness.expectSuccess(RecordMention(mention: Self.mention("https://www.lrt.lt/naujienos/kultura/2")))
        XCTAssertTrue(other.created)
        let urls = try await harness.rows("SELECT url FROM mentions ORDER BY url").compactMap { $0["url"] }
        XCTAssertEqual(urls, ["https://www.lrt.lt/naujienos/kultura/1", "https://www.lrt.lt/naujienos/kultura/2"])
        XCTAssertEqual(MentionRules.normalisedURL(" http://Example.LT/ "), "http://example.lt")
        XCTAssertEqual(MentionRules.normalisedURL("https://example.lt/a/?p=1"), "https://example.lt/a?p=1")

        let outbox = try await harness.outbox()
        XCTAssertEqual(
            outbox.map(\.type),
            [MentionRecorded.type, MentionExcerptRecorded.type, MentionRecorded.type, MentionExcerptRecorded.type])
        let recorded = try outbox[0].decodePayload(MentionRecorded.self)
        XCTAssertEqual(recorded.url, "https://www.lrt.lt/naujienos/kultura/1")
        XCTAssertEqual(recorded.reach, 12_000)
        XCTAssertEqual(recorded.sentiment, .positive)
    }

    func testBadMentionsAreRefusedNamingTheField() async throws {
        let harness = try makeHarness()
        var noOutlet = Self.mention("https://lrt.lt/1")
        noOutlet.outlet = " "
        var negativeReach = Self.mention("https://lrt.lt/2")
        negativeReach.reach = -1
        for (mention, field) in [
            (Self.mention("ftp://lrt.lt/1"), "url"), (Self.mention("lrt.lt/naujiena"), "url"),
            (Self.mention("https://lrt.lt/3", title: ""), "title"), (noOutlet, "outlet"), (negativeReach, "reach"),
        ] {
            let failure = try await harness.expectRefusal(RecordMention(mention: mention))
            XCTAssertEqual(failure.details?["field"], field, failure.message)
        }
        let count = try await harness.count("mentions")
        XCTAssertEqual(count, 0)
    }

    static let csv = """
        url,outlet,published_at,title,excerpt,language,reach,sentiment,event_id,campaign_id\r
        https://www.lrt.lt/kultura/1,LRT,2026-11-02T09:00:00+02:00,"Paroda „Knygų lobynas“","Sakė: ""puiku"", ir dar, kablelis",lt,15000,positive,,\r
        https://www.delfi.lt/kultura/2,Delfi,2026-11-15,Skaitytojų šventė,"Dviejų
        eilučių ištrauka",lt,8000,neutral,6F1E0B4C-3A53-4C36-9A47-1B1F6D0B2C11,\r
        https://www.15min.lt/3,15min,ne data,Blogas įrašas,,lt,10,neutral,,\r
        https://www.vz.lt/4,Verslo žinios,2026-12-01T10:00,Kritika,,lt,-5,negative,,\r
        https://www.lrt.lt/kultura/1/,LRT,2026-11-02,Pakartota,,lt,1,positive,,\r
        https://bernardinai.lt/5,Bernardinai,2026-12-05T12:00,Apie biblioteką,,en,300,Negative,,\r

        """

    func testCSVImportKeepsGoodRowsReportsBadOnesAndIsIdempotent() async throws {
        let harness = try makeHarness()
        let report = try await harness.expectSuccess(ImportMentions(format: .csv, content: Self.csv))
        XCTAssertEqual(report.created, 3)
        XCTAssertEqual(report.duplicates, 1)
        XCTAssertEqual(report.errors.map(\.line), [5, 6])
        XCTAssertTrue(report.errors[0].detail.contains("published_at"), report.errors[0].detail)
        XCTAssertTrue(report.errors[1].detail.contains("reach"), report.errors[1].detail)

        let first = try await harness.row("SELECT * FROM mentions WHERE outlet = 'LRT'")
        XCTAssertEqual(first?["title"], "Paroda „Knygų lobynas“")
        XCTAssertEqual(first?["excerpt"], "Sakė: \"puiku\", ir dar, kablelis")
        XCTAssertEqual(first?["reach"], "15000")
        let second = try await harness.row("SELECT * FROM mentions WHERE outlet = 'Delfi'")
        XCTAssertEqual(second?["excerpt"], "Dviejų\neilučių ištrauka")
        XCTAssertEqual(second?["eventId"], "6F1E0B4C-3A53-4C36-9A47-1B1F6D0B2C11")
        let third = try await harness.row("SELECT * FROM mentions WHERE outlet = 'Bernardinai'")
        XCTAssertEqual(third?["sentiment"], "negative")
        XCTAssertEqual(third?["language"], "en")

        let again = try await harness.expectSuccess(ImportMentions(format: .csv, content: Self.csv))
        XCTAssertEqual(again.created, 0)
        XCTAssertEqual(again.duplicates, 4)
        XCTAssertEqual(again.errors.count, 2)
        let count = try await harness.count("mentions")
        XCTAssertEqual(count, 3)
        let recorded = try await harness.outbox().filter { $0.type == MentionRecorded.type }
        XCTAssertEqual(recorded.count, 3)
    }

    func testCSVWithoutTheHeaderOrWithAnUnclosedQuoteIsReported() async throws {
        let harness = try makeHarness()
        let noHeader = try await harness.expectRefusal(ImportMentions(format: .csv, content: "https://lrt.lt/1,LRT\n"))
        XCTAssertEqual(noHeader.code, .invalid)
        let empty = try await harness.expectRefusal(ImportMentions(format: .csv, content: ""))
        XCTAssertEqual(empty.code, .invalid)
        let unclosed = "url,outlet,published_at,title\nhttps://lrt.lt/1,LRT,2026-11-01,Gera\nhttps://lrt.lt/2,LRT,2026-11-01,\"Neuždaryta\n"
        let report = try await harness.expectSuccess(ImportMentions(format: .csv, content: unclosed))
        XCTAssertEqual(report.created, 1)
        XCTAssertEqual(report.errors.map(\.line), [3])
        let wrongCount = "url,outlet,published_at,title\nhttps://lrt.lt/9,LRT\n"
        let short = try await harness.expectSuccess(ImportMentions(format: .csv, content: wrongCount))
        XCTAssertEqual(short.errors.map(\.line), [2])
    }

    func testTextAfterAClosingQuoteSpoilsOnlyItsOwnRow() async throws {
        let harness = try makeHarness()
        let content =
            "url,outlet,published_at,title\r\nhttps://lrt.lt/7,LRT,2026-11-01,\"Gera\" ir ne\r\n"
            + "https://lrt.lt/8,LRT,2026-11-01,\"Antra, su kableliu\"\r\n\r\nhttps://lrt.lt/9,LRT,2026-11-02,Trečia\r\n"
        let report = try await harness.expectSuccess(ImportMentions(format: .csv, content: content))
        XCTAssertEqual(report.created, 2)
        XCTAssertEqual(report.errors.map(\.line), [2])
        XCTAssertEqual(report.errors.first?.detail, "text follows a closing quote; double a quote inside a quoted field")
        let second = try await harness.row("SELECT * FROM mentions WHERE url LIKE '%/8'")
        XCTAssertEqual(second?["title"], "Antra, su kableliu")

        // The spoilt row ends where its record does: after a later quoted field over two lines.
        let spanning =
            "url,outlet,published_at,title,excerpt\n\"https://lrt.lt/10\"x,LRT,2026-11-01,Pirma,\"Dvi\neilutės\"\n"
            + "https://lrt.lt/11,LRT,2026-11-03,Ketvirta,\n"
        let spanningReport = try await harness.expectSuccess(ImportMentions(format: .csv, content: spanning))
        XCTAssertEqual(spanningReport.created, 1)
        XCTAssertEqual(spanningReport.errors.map(\.line), [2])
        let fourth = try await harness.row("SELECT * FROM mentions WHERE url LIKE '%/11'")
        XCTAssertEqual(fourth?["title"], "Ketvirta")
    }

    func testAFileWithMoreBrokenRowsThanTheLimitStopsThereAndSaysSo() async throws {
        let harness = try makeHarness()
        var content = "url,outlet,published_at,title\nhttps://lrt.lt/1,LRT,2026-11-01,Pirma\n"
        for number in 1...25 { content += "https://lrt.lt/b\(number),LRT,2026-11-01,\"Bloga\" \(number)\n" }
        content += "https://lrt.lt/2,LRT,2026-11-02,Paskutinė\n"
        let report = try await harness.expectSuccess(ImportMentions(format: .csv, content: content))
        XCTAssertEqual(report.created, 1)
        XCTAssertEqual(report.errors.count, 22)
        XCTAssertEqual(report.errors.dropLast().map(\.line), Array(3...23))
        XCTAssertEqual(report.errors.last?.line, 24)
        XCTAssertEqual(
            report.errors.last?.detail,
            "more than 20 rows have text after a closing quote; the file is not read from here on: is it a CSV export of mentions?")
    }

    static let rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0"><channel><title>Kauno diena</title><language>lt-LT</language>
        <item><title>Nacionalinė biblioteka kviečia</title><link>https://kauno.diena.lt/1</link>
          <pubDate>Wed, 25 Nov 2026 10:00:00 +0200</pubDate><description><![CDATA[<p>Parodoje &ndash; <b>retos</b> knygos.</p>]]></description></item>
        <item><title>Be nuorodos</title><pubDate>Wed, 25 Nov 2026 11:00:00 GMT</pubDate></item>
        <item><title>Antra</title><link>https://kauno.diena.lt/2</link><pubDate>Thu, 26 Nov 2026 08:30:00 GMT</pubDate></item>
        </channel></rss>
        """

    func testRSSImportTakesTheOutletFromTheChannel() async throws {
        let harness = try makeHarness()
        let report = try await harness.expectSuccess(ImportMentions(format: .rss, content: Self.rss))
        XCTAssertEqual(report.created, 2)
        XCTAssertEqual(report.errors, [MentionImportError(item: 2, detail: "the item has no link")])
        let row = try await harness.row("SELECT * FROM mentions WHERE url = 'https://kauno.diena.lt/1'")
        XCTAssertEqual(row?["outlet"], "Kauno diena")
        XCTAssertEqual(row?["language"], "lt")
        XCTAssertEqual(row?["publishedAt"], "2026-11-25 08:00:00.000")
        XCTAssertTrue(row?["excerpt"]?.contains("retos knygos") ?? false, row?["excerpt"] ?? "")
        let again = try await harness.expectSuccess(ImportMentions(format: .rss, content: Self.rss))
        XCTAssertEqual(again.created, 0)
        XCTAssertEqual(again.duplicates, 2)
    }

    func testAtomImportAndBrokenXML() async throws {
        let harness = try makeHarness()
        let atom = """
            <?xml version="1.0" encoding="utf-8"?>
            <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="lt"><title>Bernardinai.lt</title>
            <entry><title>Mažvydo bibliotekos naktis</title><link rel="alternate" href="https://www.bernardinai.lt/naktis/"/>
              <published>2026-11-27T19:00:00+02:00</published><summary>Renginys visai šeimai.</summary></entry>
            <entry><title>Be datos</title><link href="https://www.bernardinai.lt/be-datos"/></entry>
            </feed>
            """
        let report = try await harness.expectSuccess(ImportMentions(format: .atom, content: atom))
        XCTAssertEqual(report.created, 1)
        XCTAssertEqual(report.errors.map(\.item), [2])
        let row = try await harness.row("SELECT * FROM mentions")
        XCTAssertEqual(row?["url"], "https://www.bernardinai.lt/naktis")
        XCTAssertEqual(row?["outlet"], "Bernardinai.lt")
        XCTAssertEqual(row?["excerpt"], "Renginys visai šeimai.")
        let broken = try await harness.expectRefusal(ImportMentions(format: .rss, content: "<rss><channel>"))
        XCTAssertEqual(broken.code, .invalid)
        let html = try await harness.expectRefusal(ImportMentions(format: .atom, content: "<html><body/></html>"))
        XCTAssertEqual(html.code, .invalid)
    }
}

/// Linking a mention to an event or a campaign after it was recorded.
final class MentionLinkTests: MediaRelationsTestCase {
    func testLinkingRepublishesTheMentionWithItsNewLinksOnlyWhenTheyChange() async throws {
        let harness = try makeHarness()
        let mention = try await harness.expectSuccess(RecordMention(mention: MentionTests.mention("https://lrt.lt/straipsnis")))
        let campaign = UUID()
        try await harness.expectSuccess(LinkMention(mentionId: mention.mentionId, eventId: nil, campaignId: campaign))
        try await harness.expectSuccess(LinkMention(mentionId: mention.mentionId, eventId: nil, campaignId: campaign))
        let row = try await harness.row("SELECT * FROM mentions WHERE id = ?", [mention.mentionId.uuidString])
        XCTAssertEqual(row?["campaignId"], campaign.uuidString)
        XCTAssertNil(row?["eventId"])
        let recorded = try await harness.outbox().filter { $0.type == MentionRecorded.type }
        XCTAssertEqual(recorded.count, 2)
        let relinked = try recorded[1].decodePayload(MentionRecorded.self)
        XCTAssertEqual(relinked.mentionId, mention.mentionId)
        XCTAssertEqual(relinked.campaignId, campaign)
        XCTAssertEqual(relinked.reach, 12_000)
        let unknown = try await harness.expectRefusal(LinkMention(mentionId: UUID(), eventId: UUID(), campaignId: nil))
        XCTAssertEqual(unknown.code, .notFound)
    }
}

/// Correcting a mention's sentiment and reach.
final class MentionCorrectionTests: MediaRelationsTestCase {
    func testACorrectionChangesTheRowAndPublishesTheValuesBeforeWithWhoDidIt() async throws {
        let harness = try makeHarness()
        let mention = try await harness.expectSuccess(RecordMention(mention: MentionTests.mention("https://lrt.lt/pataisyti")))
        let editor = Actor(accountId: UUID(), name: "Rūta Redaktorė")
        let outcome = try await harness.expectSuccess(
            CorrectMention(mentionId: mention.mentionId, sentiment: .negative, reach: 1_200), actor: editor)
        XCTAssertEqual(outcome, MentionOutcome(mentionId: mention.mentionId, created: false))
        let row = try await harness.row("SELECT * FROM mentions WHERE id = ?", [mention.mentionId.uuidString])
        XCTAssertEqual(row?["sentiment"], "negative")
        XCTAssertEqual(row?["reach"], "1200")
        XCTAssertEqual(row?["title"], "Bibliotekoje atidaryta paroda", "the rest of the mention is kept")

        // Only the reach: the sentiment is kept, and the values before are the first correction's.
        try await harness.expectSuccess(CorrectMention(mentionId: mention.mentionId, reach: 1_500))
        let corrections = try await harness.outbox().filter { $0.type == MentionCorrected.type }
        XCTAssertEqual(corrections.count, 2)
        XCTAssertEqual(corrections[0].version, 1)
        XCTAssertEqual(corrections[0].actor?.name, "Rūta Redaktorė")
        XCTAssertEqual(
            try corrections[0].decodePayload(MentionCorrected.self),
            MentionCorrected(
                mentionId: mention.mentionId, sentiment: .negative, reach: 1_200, previousSentiment: .positive, previousReach: 12_000))
        XCTAssertEqual(
            try corrections[1].decodePayload(MentionCorrected.self),
            MentionCorrected(
                mentionId: mention.mentionId, sentiment: .negative, reach: 1_500, previousSentiment: .negative, previousReach: 1_200))

        // The same values again change nothing and publish nothing.
        try await harness.expectSuccess(CorrectMention(mentionId: mention.mentionId, sentiment: .negative, reach: 1_500))
        let again = try await harness.outbox().filter { $0.type == MentionCorrected.type }
        XCTAssertEqual(again.count, 2)
        // A later link republishes the mention with its corrected values.
        try await harness.expectSuccess(LinkMention(mentionId: mention.mentionId, eventId: UUID(), campaignId: nil))
        let relinked = try await harness.outbox().last { $0.type == MentionRecorded.type }
        let payload = try XCTUnwrap(relinked).decodePayload(MentionRecorded.self)
        XCTAssertEqual(payload.reach, 1_500)
        XCTAssertEqual(payload.sentiment, .negative)
    }

    func testACorrectionOfNothingANegativeReachOrAnUnknownMentionIsRefused() async throws {
        let harness = try makeHarness()
        let mention = try await harness.expectSuccess(RecordMention(mention: MentionTests.mention("https://lrt.lt/neliesti")))
        let nothing = try await harness.expectRefusal(CorrectMention(mentionId: mention.mentionId))
        XCTAssertEqual(nothing.code, .invalid)
        XCTAssertEqual(nothing.message, "The correction changes nothing: give the sentiment, the reach or both.")
        XCTAssertEqual(nothing.details?["field"], "correction")
        let negative = try await harness.expectRefusal(CorrectMention(mentionId: mention.mentionId, sentiment: .neutral, reach: -1))
        XCTAssertEqual(negative.code, .invalid)
        XCTAssertEqual(negative.message, "The reach must be a whole number from 0 to 10000000000; -1 is not.")
        XCTAssertEqual(negative.details?["field"], "reach")
        let unknownId = UUID()
        let unknown = try await harness.expectRefusal(CorrectMention(mentionId: unknownId, reach: 10))
        XCTAssertEqual(unknown.code, .notFound)
        XCTAssertEqual(unknown.message, "No mention has the id \(unknownId.uuidString).")
        let row = try await harness.row("SELECT * FROM mentions WHERE id = ?", [mention.mentionId.uuidString])
        XCTAssertEqual(row?["sentiment"], "positive")
        XCTAssertEqual(row?["reach"], "12000")
        let corrections = try await harness.outbox().filter { $0.type == MentionCorrected.type }
        XCTAssertTrue(corrections.isEmpty)
    }
}
