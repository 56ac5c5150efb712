import BrandService
import Foundation
import MessageSchema
import XCTest

/// Publications: planned → in-preparation → published, a valid ISBN or none.
final class PublicationTests: BrandTestCase {
    func testAPublicationMovesOneStepAtATimeToPublished() async throws {
        let harness = try makeHarness()
        let id = UUID()
        let added = try await harness.expectSuccess(
            AddPublication(
                publicationId: id,
                details: PublicationDetails(kind: .representative, title: "Bibliotekos metraštis 2027", year: 2027, isbn: "978-0-306-40615-7")))
        XCTAssertEqual(added.status, .planned)
        let isbn = try await harness.published(PublicationAdded.self).first?.details.isbn
        XCTAssertEqual(isbn, "9780306406157")

        let skip = try await harness.expectRefusal(UpdatePublication(publicationId: id, patch: PublicationPatch(status: .published)))
        XCTAssertEqual(skip.code, .illegalTransition)
        try await harness.expectSuccess(UpdatePublication(publicationId: id, patch: PublicationPatch(status: .inPreparation)))
        let published = try await harness.expectSuccess(
            UpdatePublication(publicationId: id, patch: PublicationPatch(title: "Metraštis 2027", status: .published)))
        XCTAssertEqual(published.status, .published)
        let back = try await harness.expectRefusal(UpdatePublication(publicationId: id, patch: PublicationPatch(status: .planned)))
        XCTAssertEqual(back.code, .illegalTransition)

        let changes = try await harness.published(PublicationChanged.self)
        XCTAssertEqual(changes.map(\.status), [.inPreparation, .published])
        XCTAssertEqual(changes.last?.details.title, "Metraštis 2027")
    }

    func testISBNsAreCheckedByTheirCheckDigit() async throws {
        let harness = try makeHarness()
        for valid in ["0-306-40615-2", "080442957X", "979-10-90636-07-1"] {
            try await harness.expectSuccess(
                AddPublication(details: PublicationDetails(kind: .informational, title: "Leidinys", year: 2026, isbn: valid)))
        }
        for invalid in ["978-0-306-40615-8", "0-306-40615-3", "12345", "977-0-306-40615-7"] {
            let failure = try await harness.expectRefusal(
                AddPublication(details: PublicationDetails(kind: .informational, title: "Leidinys", year: 2026, isbn: invalid)))
            XCTAssertEqual(failure.details?["field"], "isbn", invalid)
        }
    }

    func testRefusalsOfPublications() async throws {
        let harness = try makeHarness()
        let year = try await harness.expectRefusal(AddPublication(details: PublicationDetails(kind: .informational, title: "Senas", year: 1800)))
        XCTAssertEqual(year.details?["field"], "year")
        let title = try await harness.expectRefusal(AddPublication(details: PublicationDetails(kind: .informational, title: " ", year: 2026)))
        XCTAssertEqual(title.details?["field"], "title")
        let missing = try await harness.expectRefusal(UpdatePublication(publicationId: UUID(), patch: PublicationPatch(title: "X")))
        XCTAssertEqual(missing.code, .notFound)
    }
}
