import MessageSchema
import TrainingService
import XCTest

final class CourseTests: TrainingTestCase {
    func testCreatingACourseStoresItAndAnnouncesIt() async throws {
        let app = try makeHarness()
        let details = CourseDetails(
            titleLt: "  Socialinė komunikacija  ", titleEn: " ", description: "Tinklaraščiai ir socialiniai tinklai.",
            topic: .socialCommunication)
        let id = try await app.course(details)

        let stored = try await app.read { db in try TrainingQueries.course(id: id, in: db) }
        let expected = CourseDetails(
            titleLt: "Socialinė komunikacija", titleEn: nil, description: "Tinklaraščiai ir socialiniai tinklai.",
            topic: .socialCommunication)
        XCTAssertEqual(stored, expected)
        let envelopes = try await app.outbox()
        XCTAssertEqual(envelopes.map(\.type), ["course.created"])
        XCTAssertEqual(try envelopes[0].decodePayload(CourseCreated.self), CourseCreated(courseId: id, details: expected))
        XCTAssertEqual(app.commits.value, 1)
    }

    func testACourseNeedsALithuanianTitle() async throws {
        let app = try makeHarness()
        let failure = try await app.expectRefusal(CreateCourse(details: CourseDetails(titleLt: "   ", topic: .marketing)))
        XCTAssertEqual(failure.code, .invalid)
        XCTAssertEqual(failure.details?["field"], "titleLt")
        let envelopes = try await app.outbox()
        XCTAssertTrue(envelopes.isEmpty)
    }

    func testTheSameCourseIdTwiceIsAConflict() async throws {
        let app = try makeHarness()
        let id = try await app.course()
        let failure = try await app.expectRefusal(CreateCourse(courseId: id, details: Sample.course(title: "Kitas")))
        XCTAssertEqual(failure.code, .conflict)
    }

    func testUpdatingChangesOnlyTheGivenFieldsAndAnEmptyTextClearsIt() async throws {
        let app = try makeHarness()
        let id = try await app.course()
        try await app.expectSuccess(UpdateCourse(courseId: id, patch: CoursePatch(titleEn: "", topic: .publicRelations)))

        let stored = try await app.read { db in try TrainingQueries.course(id: id, in: db) }
        XCTAssertEqual(stored?.titleLt, Sample.course().titleLt)
        XCTAssertNil(stored?.titleEn)
        XCTAssertEqual(stored?.topic, .publicRelations)
        let last = try await app.outbox().last
        XCTAssertEqual(try last?.decodePayload(CourseUpdated.self).details, stored)
    }

    func testUpdateRefusals() async throws {
        let app = try makeHarness()
        let id = try await app.course()
        let empty = try await app.expectRefusal(UpdateCourse(courseId: id, patch: CoursePatch()))
        XCTAssertEqual(empty.code, .invalid)
        let blankTitle = try await app.expectRefusal(UpdateCourse(courseId: id, patch: CoursePatch(titleLt: " ")))
        XCTAssertEqual(blankTitle.details?["field"], "titleLt")
        let unknown = try await app.expectRefusal(UpdateCourse(courseId: UUID(), patch: CoursePatch(titleLt: "Naujas")))
        XCTAssertEqual(unknown.code, .notFound)
    }
}
