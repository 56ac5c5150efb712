import Foundation
import GRDB
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewayMediaRelations

/// The media-relations part of the read model, built only from messages.
final class MediaRelationsReadModelTests: XCTestCase {
    func testContactsFilterByKindTopicAndTextIgnoringDiacritics() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        let ruta = UUID()
        let muziejus = UUID()
        try feed.apply(
            ContactCreated(
                contactId: ruta,
                details: ContactDetails(
                    kind: .journalist, name: "Rūta Žemaitytė", organisation: "LRT", topics: ["Kultūra", "bibliotekos"])))
        try feed.apply(
            ContactCreated(
                contactId: muziejus,
                details: ContactDetails(
                    kind: .museum, name: "Lietuvos dailės muziejus", topics: ["dailė"], notes: "Bendri projektai su parodomis")))
        try feed.apply(ContactCreated(contactId: UUID(), details: ContactDetails(kind: .journalist, name: "Antanas Čepas")))

        let all = try feed.read { try MediaRelationsQueries.contacts(ContactFilter(), page: Page(), in: $0) }
        XCTAssertEqual(all.items.map(\.details.name), ["Antanas Čepas", "Lietuvos dailės muziejus", "Rūta Žemaitytė"])
        let journalists = try feed.read { try MediaRelationsQueries.contacts(ContactFilter(kinds: [.journalist]), page: Page(), in: $0) }
        XCTAssertEqual(journalists.total, 2)
        let culture = try feed.read { try MediaRelationsQueries.contacts(ContactFilter(topic: "kultura"), page: Page(), in: $0) }
        XCTAssertEqual(culture.items.map(\.id), [ruta])
        let search = try feed.read { try MediaRelationsQueries.contacts(ContactFilter(text: "zemaityte"), page: Page(), in: $0) }
        XCTAssertEqual(search.items.map(\.id), [ruta])
        let notes = try feed.read { try MediaRelationsQueries.contacts(ContactFilter(text: "parod"), page: Page(), in: $0) }
        XCTAssertEqual(notes.items.map(\.id), [muziejus])

        try feed.apply(ContactUpdated(contactId: ruta, details: ContactDetails(kind: .journalist, name: "Rūta Žemaitytė", topics: ["sportas"])))
        let noLonger = try feed.read { try MediaRelationsQueries.contacts(ContactFilter(topic: "kultūra"), page: Page(), in: $0) }
        XCTAssertEqual(noLonger.total, 0)
    }

    func testPressReleaseLifecycleAndListsFromMessages() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        let contact = UUID()
        let list = UUID()
        let release = UUID()
        let eventId = UUID()
        try feed.apply(ContactCreated(contactId: contact, details: ContactDetails(kind: .journalist, name: "Ona")))
        try feed.apply(ContactListCreated(listId: list, name: "Kultūros žurnalistai"))
        try feed.apply(ContactAddedToList(listId: list, contactId: contact))
        try feed.apply(
            PressReleaseDrafted(pressReleaseId: release, content: PressReleaseContent(titleLt: "Paroda", bodyLt: "Tekstas", eventId: eventId)))
        try feed.apply(PressReleaseApproved(pressReleaseId: release))
        let sent = Timestamp.parse("2026-11-25T10:00:00Z")!
        try feed.apply(PressReleaseDistributed(pressReleaseId: release, distributedAt: sent, contactListId: list, contactIds: [contact]))

        let record = try XCTUnwrap(try feed.read { try MediaRelationsQueries.pressRelease(id: release, in: $0) })
        XCTAssertEqual(record.status, .distributed)
        XCTAssertEqual(record.distributedAt, sent)
        XCTAssertEqual(record.recipientCount, 1)
        XCTAssertEqual(record.contactListId, list)
        let byEvent = try feed.read { try MediaRelationsQueries.pressReleases(eventId: eventId, campaignId: nil, statuses: [], page: Page(), in: $0) }
        XCTAssertEqual(byEvent.items.map(\.id), [release])
        let drafts = try feed.read {
            try MediaRelationsQueries.pressReleases(eventId: nil, campaignId: nil, statuses: [.draft], page: Page(), in: $0)
        }
        XCTAssertEqual(drafts.total, 0)
        let lists = try feed.read { try MediaRelationsQueries.contactList(id: list, in: $0) }
        XCTAssertEqual(lists?.contactIds, [contact])
        let person = try feed.read { try MediaRelationsQueries.contact(id: contact, in: $0) }
        XCTAssertEqual(person?.listIds, [list])
    }

    func testMessageAboutAnUnknownPressReleaseOrVisitIsRefused() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        XCTAssertThrowsError(try feed.apply(PressReleaseApproved(pressReleaseId: UUID())))
        XCTAssertThrowsError(try feed.apply(VisitStatusChanged(visitId: UUID(), status: .held)))
        XCTAssertThrowsError(try feed.apply(MentionExcerptRecorded(mentionId: UUID(), excerpt: "x")))
    }

    func testVisitsCarryTheJournalistsName() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        let journalist = UUID()
        let visit = UUID()
        try feed.apply(ContactCreated(contactId: journalist, details: ContactDetails(kind: .journalist, name: "Jonas Jonaitis")))
        try feed.apply(
            VisitRequested(
                visitId: visit,
                details: VisitDetails(
                    date: Timestamp.parse("2026-12-03T11:00")!, journalistId: journalist, purpose: "Reportažas", host: "Ona")))
        try feed.apply(VisitStatusChanged(visitId: visit, status: .cancelled, reason: "Liga"))
        let record = try XCTUnwrap(try feed.read { try MediaRelationsQueries.visit(id: visit, in: $0) })
        XCTAssertEqual(record.journalistName, "Jonas Jonaitis")
        XCTAssertEqual(record.status, .cancelled)
        XCTAssertEqual(record.cancelReason, "Liga")
        XCTAssertEqual(VisitView(record).date, "2026-12-03T11:00:00+02:00")
    }

    func testCoverageByVilniusMonthAndShareByOutlet() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        // 2026-10-31T23:30Z is already 1 November in Vilnius.
        try feed.apply(MessageFeed.mention(url: "https://lrt.lt/1", outlet: "LRT", at: "2026-10-31T23:30:00Z", reach: 1000, sentiment: .positive))
        try feed.apply(MessageFeed.mention(url: "https://lrt.lt/2", outlet: "LRT", at: "2026-11-15T10:00", reach: 500, sentiment: .negative))
        try feed.apply(MessageFeed.mention(url: "https://delfi.lt/1", outlet: "Delfi", at: "2026-10-10T10:00", reach: 300))
        let excerptOf = UUID()
        try feed.apply(
            MessageFeed.mention(excerptOf, url: "https://15min.lt/1", outlet: "15min", at: "2026-12-01T10:00", reach: 200, title: "Skaitymo iššūkis"))
        try feed.apply(MentionExcerptRecorded(mentionId: excerptOf, excerpt: "Vaikai skaitė knygas per naktį"))

        let coverage = try feed.read { try MediaRelationsQueries.coverage(MentionFilter(), in: $0) }
        XCTAssertEqual(
            coverage,
            [
                CoverageMonth(month: "2026-10", count: 1, reach: 300, positive: 0, neutral: 1, negative: 0),
                CoverageMonth(month: "2026-11", count: 2, reach: 1500, positive: 1, neutral: 0, negative: 1),
                CoverageMonth(month: "2026-12", count: 1, reach: 200, positive: 0, neutral: 1, negative: 0),
            ])
        let outlets = OutletsView(try feed.read { try MediaRelationsQueries.outlets(MentionFilter(), in: $0) })
        XCTAssertEqual(outlets.total, 4)
        XCTAssertEqual(outlets.outlets.map(\.outlet), ["LRT", "15min", "Delfi"])
        XCTAssertEqual(outlets.outlets.first?.share, 0.5)
        XCTAssertEqual(outlets.outlets.first?.reach, 1500)

        let found = try feed.read { try MediaRelationsQueries.mentions(MentionFilter(text: "skaite knyg"), page: Page(), in: $0) }
        XCTAssertEqual(found.items.map(\.id), [excerptOf])
        let november = try feed.read {
            try MediaRelationsQueries.mentions(
                MentionFilter(from: Timestamp.parse("2026-11-01T00:00"), to: Timestamp.parse("2026-12-01T00:00")), page: Page(), in: $0)
        }
        XCTAssertEqual(november.items.map(\.mention.url), ["https://lrt.lt/2", "https://lrt.lt/1"])
        let negative = try feed.read {
            try MediaRelationsQueries.mentions(MentionFilter(outlet: "lrt", sentiments: [.negative]), page: Page(), in: $0)
        }
        XCTAssertEqual(negative.total, 1)
    }
}
