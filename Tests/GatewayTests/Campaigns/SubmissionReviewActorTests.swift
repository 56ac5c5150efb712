import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayCampaigns
@testable import GatewayKit

/// Who reviewed a submission, from `SubmissionReviewed`'s envelope actor, on
/// `GET /api/v1/submissions/{id}`; the last review wins.
final class SubmissionReviewActorTests: XCTestCase {
    func testTheSubmissionShowsWhoReviewedItLastAndWhen() async throws {
        let id = UUID()
        let seed: (ReadModelFixture) throws -> Void = { fixture in
            let feed = MessageFeed(fixture.database, source: .campaigns)
            try feed.apply(
                SubmissionReceived(submissionId: id, content: CampaignSample.content()), at: Sample.date("2026-11-24T10:00"))
            try feed.apply(
                SubmissionReviewed(submissionId: id, decision: .requestChanges, comment: "Trumpiau"),
                at: Sample.date("2026-11-25T09:00"), actor: Actor(name: "turinio-sistema"))
            try feed.apply(
                SubmissionReceived(submissionId: id, content: CampaignSample.content("Trumpiau"), resubmitted: true),
                at: Sample.date("2026-11-26T08:00"))
            try feed.apply(
                SubmissionReviewed(submissionId: id, decision: .approve, comment: nil), at: Sample.date("2026-11-26T11:45"),
                actor: Actor(accountId: UUID(uuidString: "1D2C3B4A-5E6F-4A7B-8C9D-0E1F2A3B4C5D"), name: "Eglė Kazlauskienė"))
        }
        try await GatewayHTTP.test(seed: seed) { client in
            try await client.execute(uri: "/api/v1/submissions/\(id.uuidString)", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                let body = try response.json()
                XCTAssertEqual(body["status"] as? String, "approved")
                let reviewedBy = try XCTUnwrap(body["reviewedBy"] as? [String: Any], response.text)
                XCTAssertEqual(reviewedBy["accountId"] as? String, "1D2C3B4A-5E6F-4A7B-8C9D-0E1F2A3B4C5D")
                XCTAssertEqual(reviewedBy["name"] as? String, "Eglė Kazlauskienė")
                XCTAssertEqual(body["reviewedAt"] as? String, "2026-11-26T11:45:00+02:00")
            }
            try await client.execute(uri: "/api/v1/activity?subject=\(id.uuidString)", method: .get) { response in
                let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]], response.text)
                XCTAssertEqual(
                    items.map { $0["type"] as? String },
                    ["submission.reviewed", "submission.received", "submission.reviewed", "submission.received"])
                let names = items.map { ($0["actor"] as? [String: Any])?["name"] as? String }
                XCTAssertEqual(names, ["Eglė Kazlauskienė", nil, "turinio-sistema", nil])
            }
        }
    }

    func testTheFilerComesFromTheEnvelopeSoASubmissionFiledThroughTheAPIIsTheFilersToo() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .campaigns)
        let account = UUID(uuidString: "7A2C3B4A-5E6F-4A7B-8C9D-0E1F2A3B4C5D")!
        let viaPage = UUID()
        let viaToken = UUID()
        try feed.apply(
            SubmissionReceived(submissionId: viaPage, content: CampaignSample.content()), at: Sample.date("2026-11-24T10:00"),
            actor: Actor(accountId: account, name: "Rasa Rankraštienė"))
        try feed.apply(
            SubmissionReceived(submissionId: viaToken, content: CampaignSample.content("Kita")), at: Sample.date("2026-11-24T11:00"),
            actor: Actor(name: "svetaine-lnb"))
        let (page, token, own) = try fixture.database.writer.read { db in
            (
                try SubmissionFilers.filer(of: viaPage, in: db), try SubmissionFilers.filer(of: viaToken, in: db),
                try SubmissionFilers.submissions(filedBy: account, in: db).map(\.id)
            )
        }
        XCTAssertEqual(page, SubmissionFilers.Filer(accountId: account, name: "Rasa Rankraštienė", filedAt: Sample.date("2026-11-24T10:00")))
        XCTAssertEqual(token, SubmissionFilers.Filer(accountId: nil, name: "svetaine-lnb", filedAt: Sample.date("2026-11-24T11:00")))
        XCTAssertEqual(own, [viaPage])
    }
}
