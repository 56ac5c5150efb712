import EventsService
import Foundation
import KomunikaTesting
import MessageSchema
import XCTest

/// A real events database in a temporary folder and the handler on top of it
/// (KomunikaTesting's `CommandHarness`), with what only events' tests ask.
typealias EventsHarness = CommandHarness<EventsCommandHandler>

extension CommandHarness where Handler == EventsCommandHandler {
    convenience init() throws {
        try self.init(.events, schema: EventsSchema.register(in:)) { database, _, onCommit in
            EventsCommandHandler(database: database, onCommit: onCommit)
        }
    }

    func event(_ id: UUID) async throws -> StoredEvent? {
        try await read { db in try EventsQueries.event(id: id, in: db) }
    }

    func counts(_ eventId: UUID) async throws -> RegistrationCounts {
        try await read { db in try EventsQueries.registrationCounts(eventId: eventId, in: db) }
    }

    /// Proposes an event and moves it along the lifecycle to `status`.
    @discardableResult
    func event(in status: EventStatus, _ details: EventDetails = Sample.details()) async throws -> UUID {
        let id = UUID()
        try await expectSuccess(ProposeEvent(eventId: id, details: details))
        let path: [EventStatus] =
            switch status {
            case .proposed: []
            case .approved: [.approved]
            case .scheduled: [.approved, .scheduled]
            case .held: [.approved, .scheduled, .held]
            case .cancelled: [.cancelled]
            }
        for next in path {
            try await expectSuccess(TransitionEvent(eventId: id, to: next))
        }
        return id
    }
}

/// A test case that gives each test its own database and removes it after.
class EventsTestCase: XCTestCase {
    func makeHarness() throws -> EventsHarness { removedAfterTest(try EventsHarness()) }
}
