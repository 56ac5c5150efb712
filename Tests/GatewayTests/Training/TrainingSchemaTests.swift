import Foundation
import GRDB
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewayTraining

/// "gateway-training-v2" renames the first migration's `training_*` tables:
/// a read model made before it keeps its courses, and finds them by search.
final class TrainingSchemaTests: XCTestCase {
    func testTheRenameKeepsTheCoursesAndTheirSearch() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("training-schema-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let queue = try DatabaseQueue(path: folder.appendingPathComponent("gateway.sqlite").path)
        var migrator = DatabaseMigrator()
        GatewayParts.registerMigrations(in: &migrator)
        try migrator.migrate(queue, upTo: "gateway-training-v1")
        let id = UUID()
        try queue.write { db in
            try db.execute(
                sql: """
                    INSERT INTO training_courses (id, titleLt, titleEn, titleSortKey, description, topic, createdAt, updatedAt, updatedSeq)
                    VALUES (?, 'Ryšiai su žiniasklaida', NULL, ?, 'Kaip kalbėtis su žurnalistais', 'media-relations', ?, ?, 1)
                    """,
                arguments: [id.uuidString, LithuanianOrder.sortKey("Ryšiai su žiniasklaida"), Date(), Date()])
        }

        try migrator.migrate(queue)

        let found = try queue.read { db in
            try TrainingQueries.courses(CourseFilter(text: "ziniasklaida"), page: Page(), in: db)
        }
        XCTAssertEqual(found.items.map(\.id), [id])
        XCTAssertEqual(found.items.first?.details.titleLt, "Ryšiai su žiniasklaida")
        let tables = try queue.read { db in
            try String.fetchAll(db, sql: "SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE 'training%' ORDER BY name")
        }
        XCTAssertFalse(tables.contains { $0.hasPrefix("training_") }, "\(tables)")
        XCTAssertTrue(tables.contains("trainingCourses") && tables.contains("trainingEnrolments"), "\(tables)")
    }
}
