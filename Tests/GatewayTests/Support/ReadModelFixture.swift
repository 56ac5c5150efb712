import Foundation
import GRDB
import MessageSchema
import Store
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

/// A real read model in a temporary folder, fed with envelopes as the
/// events service would publish them.
final class ReadModelFixture {
    let folder: URL
    let database: ServiceDatabase
    /// The events service's messages, applied by the events part alone.
    let feed: MessageFeed

    init() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("gateway-tests-\(UUID().uuidString)")
        database = try ServiceDatabase(path: folder.appendingPathComponent("gateway.sqlite").path) { migrator in
            GatewayParts.registerMigrations(in: &migrator)
        }
        feed = MessageFeed(database, source: .events, applier: EventsReadModel())
    }

    /// The last `seq` of the events service's messages applied.
    var seq: Int64 { feed.seq }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// Wraps `message` in the next envelope of the events service.
    func envelope<M: Message>(_ message: M, at date: Date = Date()) throws -> Envelope {
        try feed.envelope(message, at: date)
    }

    /// Applies `message` in its own transaction, as the consumer does.
    func apply<M: Message>(_ message: M, at date: Date = Date()) throws {
        try feed.apply(message, at: date)
    }

    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try database.writer.read(body)
    }

    func event(_ id: UUID) throws -> EventRecord? {
        try read { try EventsQueries.event(id: id, in: $0) }
    }

    func registrations(_ eventId: UUID) throws -> [RegistrationRecord] {
        try read { try EventsQueries.registrations(eventId: eventId, in: $0) }
    }
}

/// Sample values for tests.
enum Sample {
    /// A local Vilnius time, `2026-12-01T18:00`.
    static func date(_ text: String) -> Date {
        guard let date = Timestamp.parse(text) else {
            XCTFail("bad test date \(text)")
            return Date(timeIntervalSince1970: 0)
        }
        return date
    }

    static func details(
        _ title: String, type: EventType = .exhibition, starts: String = "2026-12-01T18:00",
        ends: String = "2026-12-01T20:00", capacity: Int? = nil, description: String? = nil,
        titleEn: String? = nil, planItemId: UUID? = nil
    ) -> EventDetails {
        EventDetails(
            type: type, title: LocalizedText(lt: title, en: titleEn),
            description: description.map { LocalizedText(lt: $0) }, startsAt: date(starts), endsAt: date(ends),
            venue: Venue(kind: .libraryHall, hall: "Konferencijų salė"), organisingUnit: "Komunikacijos skyrius",
            capacity: capacity, planItemId: planItemId)
    }

    static func attendee(_ name: String) -> Attendee {
        Attendee(name: name, email: "\(name.lowercased())@example.lt")
    }
}
