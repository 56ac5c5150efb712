import Foundation
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

final class SearchAndOrderTests: XCTestCase {
    private func titles(_ fixture: ReadModelFixture, _ filter: EventFilter, sort: EventSort = .startsAt) throws -> [String] {
        try fixture.read { try EventsQueries.events(filter, sort: sort, in: $0) }.items.map(\.details.title.lt)
    }

    func testSearchIgnoresDiacriticsAndMatchesPrefixes() throws {
        let fixture = try ReadModelFixture()
        try fixture.apply(EventProposed(eventId: UUID(), details: Sample.details("Knygų mugė", type: .fairParticipation)))
        try fixture.apply(
            EventProposed(
                eventId: UUID(),
                details: Sample.details("Vakaras", description: "Kviečiame į parodą apie Mažvydą", titleEn: "Evening")))
        try fixture.apply(EventProposed(eventId: UUID(), details: Sample.details("Spaudos konferencija", titleEn: "Press conference")))

        XCTAssertEqual(try titles(fixture, EventFilter(text: "knygu")), ["Knygų mugė"])
        XCTAssertEqual(try titles(fixture, EventFilter(text: "paroda")), ["Vakaras"])
        XCTAssertEqual(try titles(fixture, EventFilter(text: "KNYG")), ["Knygų mugė"])
        XCTAssertEqual(try titles(fixture, EventFilter(text: "mazvyd")), ["Vakaras"])
        XCTAssertEqual(try titles(fixture, EventFilter(text: "press conf")), ["Spaudos konferencija"])
        XCTAssertEqual(try titles(fixture, EventFilter(text: "knygu paroda")), [])
        // FTS5 syntax typed by people is only words: no error, no operators.
        XCTAssertEqual(try titles(fixture, EventFilter(text: "\"knygu\" * ( : ^")), ["Knygų mugė"])
        XCTAssertEqual(try titles(fixture, EventFilter(text: "knygu OR vakaras")), [])
        XCTAssertEqual(try titles(fixture, EventFilter(text: "?!")).count, 3)
    }

    func testSearchFollowsTitleChanges() throws {
        let fixture = try ReadModelFixture()
        let id = UUID()
        try fixture.apply(EventProposed(eventId: id, details: Sample.details("Knygų mugė")))
        try fixture.apply(EventUpdated(eventId: id, details: Sample.details("Poezijos pavasaris")))
        XCTAssertEqual(try titles(fixture, EventFilter(text: "knygu")), [])
        XCTAssertEqual(try titles(fixture, EventFilter(text: "poezij")), ["Poezijos pavasaris"])
    }

    func testLithuanianAlphabeticalOrder() {
        let words = [
            "Žalgiris", "yra", "Čiurlionis", "Šaltinis", "Įvadas", "Cukrus", "Saulė", "ieva", "Jonas", "Ąžuolas", "Aušra", "Ėglė", "Eglė", "Ęsa",
        ]
        let sorted = words.sorted(by: LithuanianOrder.areInIncreasingOrder)
        XCTAssertEqual(
            sorted,
            ["Aušra", "Ąžuolas", "Cukrus", "Čiurlionis", "Eglė", "Ęsa", "Ėglė", "ieva", "Įvadas", "yra", "Jonas", "Saulė", "Šaltinis", "Žalgiris"])
        XCTAssertTrue(LithuanianOrder.areInIncreasingOrder("cz", "č"))
        XCTAssertTrue(LithuanianOrder.areInIncreasingOrder("sz", "ša"))
        XCTAssertTrue(LithuanianOrder.areInIncreasingOrder("zzz", "ž"))
        XCTAssertTrue(LithuanianOrder.areInIncreasingOrder("įz", "y"))
        XCTAssertTrue(LithuanianOrder.areInIncreasingOrder("y", "j"))
        XCTAssertEqual(LithuanianOrder.sortKey("„Knygų mugė“"), LithuanianOrder.sortKey("knygų  mugė"))
    }

    func testSortByTitleUsesLithuanianOrder() throws {
        let fixture = try ReadModelFixture()
        let titles = ["Žiemos koncertas", "Šventė", "Čempionatas", "Cirkas", "Saulėgrąža", "Yra laiko", "Įžanga", "Istorija", "Zoologija"]
        for (index, title) in titles.enumerated() {
            try fixture.apply(
                EventProposed(
                    eventId: UUID(), details: Sample.details(title, starts: "2026-12-0\(index + 1)T10:00", ends: "2026-12-0\(index + 1)T12:00")))
        }
        XCTAssertEqual(
            try self.titles(fixture, EventFilter(), sort: .title),
            ["Cirkas", "Čempionatas", "Istorija", "Įžanga", "Yra laiko", "Saulėgrąža", "Šventė", "Zoologija", "Žiemos koncertas"])
        XCTAssertEqual(try self.titles(fixture, EventFilter(), sort: .startsAt), titles)
    }
}
