import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayKit

/// The activity history: which things a message is about, one entry per
/// thing, and `GET /api/v1/activity?subject=`.
final class ActivityTests: XCTestCase {
    func testTheSubjectsAreTheTopLevelIdsOfThePayload() throws {
        let release = UUID()
        let list = UUID()
        let contact = UUID()
        let payload = try JSONValue.from(
            PressReleaseDistributed(pressReleaseId: release, distributedAt: Date(), contactListId: list, contactIds: [contact]))
        XCTAssertEqual(Set(ActivityRecorder.subjects(of: payload)), [release, list])
        XCTAssertEqual(
            ActivityRecorder.subjects(of: .object(["id": .string("not a uuid"), "eventId": .number(4), "name": .string(release.uuidString)])),
            [])
        XCTAssertEqual(ActivityRecorder.subjects(of: .array([.string(release.uuidString)])), [])
    }

    func testAMessageAboutTwoThingsIsInBothHistoriesAndAppliedAgainAddsNothing() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .mediaRelations)
        let list = UUID()
        let member = UUID()
        let specialist = Actor(name: "Tomas Jankauskas")
        try feed.apply(ContactListCreated(listId: list, name: "Kultūra"), actor: specialist)
        let added = try feed.apply(ContactAddedToList(listId: list, contactId: member), actor: specialist)
        try feed.apply(added)
        let ofList = try fixture.read { try ActivityQueries.activity(of: list, in: $0) }
        XCTAssertEqual(ofList.items.map(\.type), [ContactAddedToList.type, ContactListCreated.type])
        XCTAssertEqual(ofList.items.map(\.actor), [specialist, specialist])
        let ofMember = try fixture.read { try ActivityQueries.activity(of: member, in: $0) }
        XCTAssertEqual(ofMember.total, 1)
        XCTAssertEqual(ofMember.items.first?.seq, added.seq)
    }

    func testTheSubjectIsRequiredAndMustBeAUUID() async throws {
        try await GatewayHTTP.test { client in
            for query in ["", "?subject=renginys", "?subject=\(UUID().uuidString)&colour=red"] {
                try await client.execute(uri: "/api/v1/activity\(query)", method: .get) { response in
                    try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/activity")
                }
            }
            try await client.execute(uri: "/api/v1/activity?subject=\(UUID().uuidString)", method: .get) { response in
                XCTAssertEqual(response.status, .ok)
                let body = try response.json()
                XCTAssertEqual(body["total"] as? Int, 0)
                XCTAssertEqual((body["items"] as? [Any])?.count, 0)
            }
        }
    }
}
