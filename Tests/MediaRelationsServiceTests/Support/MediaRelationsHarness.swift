import Foundation
import GRDB
import KomunikaTesting
import MediaRelationsService
import MessageSchema
import XCTest

/// A real media-relations database in a temporary folder, the command
/// handler and the reactions on top of it (KomunikaTesting's
/// `CommandHarness`), with what only media-relations' tests ask.
typealias MediaRelationsHarness = CommandHarness<MediaRelationsCommandHandler>

extension CommandHarness where Handler == MediaRelationsCommandHandler {
    convenience init() throws {
        try self.init(
            .mediaRelations, schema: MediaRelationsSchema.register(in:), reactions: MediaRelationsReactions.make()
        ) { database, _, onCommit in
            MediaRelationsCommandHandler(database: database, onCommit: onCommit)
        }
    }

    /// Applies `envelope` as the consumer does: in one write transaction.
    func react(to envelope: Envelope) throws {
        try database.writer.write { db in try self.reactions.apply(envelope, in: db) }
    }

    /// How many rows `table` has.
    func count(_ table: String) async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \(table)") ?? 0 }
    }

    /// A journalist contact; returns its id.
    func journalist(
        _ name: String = "Rūta Žemaitytė", kind: ContactKind = .journalist, email: String = "ruta@lrt.lt"
    ) async throws -> UUID {
        let id = UUID()
        try await expectSuccess(
            CreateContact(
                contactId: id,
                details: ContactDetails(kind: kind, name: name, organisation: "LRT", topics: ["kultūra"], email: email)))
        return id
    }
}

/// A test case that gives each test its own database and removes it after.
class MediaRelationsTestCase: XCTestCase {
    func makeHarness() throws -> MediaRelationsHarness { removedAfterTest(try MediaRelationsHarness()) }
}
