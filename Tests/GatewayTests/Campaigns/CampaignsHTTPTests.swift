import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayCampaigns
@testable import GatewayKit

/// The campaigns routes over HTTP: reads from a real read model, and the
/// gateway's own checks of writes (a write that passes them gets 503, as no
/// campaigns service runs here).
final class CampaignsHTTPTests: XCTestCase {
    static let campaignId = UUID()
    static let eventId = UUID()
    static let submissionId = UUID()

    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .campaigns)
        try feed.apply(CampaignCreated(campaignId: campaignId, details: CampaignSample.details(spentCents: 160_050), eventIds: [eventId]))
        try feed.apply(
            CampaignKPIsUpdated(
                campaignId: campaignId,
                kpis: CampaignKPIs(registrations: 3, waitlisted: 1, mentions: 2, reach: 900, surveyResponses: 4, nps: 50, satisfaction: nil)))
        try feed.apply(SubmissionReceived(submissionId: submissionId, content: CampaignSample.content()))
    }

    func testCampaignShowsItsWholeShapeWithKPIs() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            try await client.execute(uri: "/api/v1/campaigns/\(Self.campaignId.uuidString)", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                let body = try response.json()
                XCTAssertEqual(body["status"] as? String, "draft")
                XCTAssertEqual(body["nameLt"] as? String, "Žiemos skaitymai")
                XCTAssertEqual(body["startsOn"] as? String, "2026-12-01")
                XCTAssertEqual(body["budgetPlannedEur"] as? Double, 1500)
                XCTAssertEqual(body["budgetSpentEur"] as? Double, 1600.5)
                XCTAssertEqual(body["overBudget"] as? Bool, true)
                XCTAssertEqual(body["channels"] as? [String], ["social-media", "press"])
                XCTAssertEqual(body["eventIds"] as? [String], [Self.eventId.uuidString])
                XCTAssertTrue(body["objectiveId"] is NSNull)
                let kpis = try XCTUnwrap(body["kpis"] as? [String: Any])
                XCTAssertEqual(kpis["registrations"] as? Int, 3)
                XCTAssertEqual(kpis["waitlisted"] as? Int, 1)
                XCTAssertEqual(kpis["mentions"] as? Int, 2)
                XCTAssertEqual(kpis["reach"] as? Int, 900)
                XCTAssertEqual(kpis["surveyResponses"] as? Int, 4)
                XCTAssertEqual(kpis["nps"] as? Double, 50)
                XCTAssertTrue(kpis["satisfaction"] is NSNull)
            }
            let unknown = "/api/v1/campaigns/\(UUID().uuidString)"
            try await client.execute(uri: unknown, method: .get) { response in
                try response.problem(.notFound, code: "not-found", instance: unknown)
            }
        }
    }

    func testListIsPaginatedAndFiltered() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            try await client.execute(uri: "/api/v1/campaigns?status=draft&year=2027&q=ziemos&limit=10", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                let body = try response.json()
                XCTAssertEqual(body["total"] as? Int, 1)
                XCTAssertEqual(body["limit"] as? Int, 10)
                XCTAssertEqual(body["offset"] as? Int, 0)
                XCTAssertEqual((body["items"] as? [[String: Any]])?.first?["id"] as? String, Self.campaignId.uuidString)
            }
            try await client.execute(uri: "/api/v1/campaigns?status=running", method: .get) { response in
                XCTAssertEqual(try response.json()["total"] as? Int, 0)
            }
            try await client.execute(uri: "/api/v1/campaigns?status=finished", method: .get) { response in
                try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/campaigns")
            }
            try await client.execute(uri: "/api/v1/campaigns?year=nineteen", method: .get) { response in
                try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/campaigns")
            }
        }
    }

    func testBadCampaignBodiesAre422NamingTheFields() async throws {
        try await GatewayHTTP.test { client in
            try await client.execute(uri: "/api/v1/campaigns", method: .post, body: .json("{}")) { response in
                try response.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/campaigns")
                XCTAssertEqual(Set(try response.errorFields()), ["nameLt", "goal", "audience", "startsOn", "endsOn"])
            }
            let bad = """
                {"nameLt":"Kampanija","goal":"Tikslas","audience":"Visi","startsOn":"2026-12-01","endsOn":"2026-11-30",
                 "budgetPlannedEur":-5,"channels":["social-media","billboards"],"eventIds":["x"],"objectiveId":"nope",
                 "partners":[" "]}
                """
            try await client.execute(uri: "/api/v1/campaigns", method: .post, body: .json(bad)) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
                XCTAssertEqual(
                    Set(try response.errorFields()),
                    ["endsOn", "budgetPlannedEur", "channels[1]", "eventIds[0]", "objectiveId", "partners[0]"])
            }
            let fraction = """
                {"nameLt":"K","goal":"T","audience":"V","startsOn":"2026-12-01","endsOn":"2026-12-02","budgetPlannedEur":10.005}
                """
            try await client.execute(uri: "/api/v1/campaigns", method: .post, body: .json(fraction)) { response in
                XCTAssertEqual(try response.errorFields(), ["budgetPlannedEur"])
            }
            let valid = """
                {"nameLt":"Kampanija","goal":"Tikslas","audience":"Visi","startsOn":"2026-12-01","endsOn":"2027-01-31",
                 "budgetPlannedEur":1500.00,"channels":["social-media","press"],"partners":[],"eventIds":[],"surveyIds":[],
                 "objectiveId":null}
                """
            try await client.execute(uri: "/api/v1/campaigns", method: .post, body: .json(valid)) { response in
                try response.problem(.serviceUnavailable, code: "unavailable", instance: "/api/v1/campaigns")
            }
            let id = UUID().uuidString
            try await client.execute(uri: "/api/v1/campaigns/\(id)", method: .patch, body: .json("{\"budgetSpentEur\":-1}")) { response in
                XCTAssertEqual(try response.errorFields(), ["budgetSpentEur"])
            }
            try await client.execute(uri: "/api/v1/campaigns/\(id)", method: .patch, body: .json("{}")) { response in
                XCTAssertEqual(response.status, .unprocessableContent)
            }
            try await client.execute(uri: "/api/v1/campaigns/\(id)/transitions", method: .post, body: .json("{\"to\":\"finished\"}")) { response in
                let body = try response.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/campaigns/\(id)/transitions")
                let error = try XCTUnwrap((body["errors"] as? [[String: Any]])?.first)
                XCTAssertEqual(error["allowed"] as? [String], CampaignStatus.allCases.map(\.rawValue))
            }
            try await client.execute(uri: "/api/v1/campaigns/\(id)/events/not-a-uuid", method: .put) { response in
                XCTAssertEqual(response.status, .notFound)
            }
        }
    }

    func testSubmissionsRoutesCheckTheirBodies() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            try await client.execute(uri: "/api/v1/submissions", method: .get) { response in
                let body = try response.json()
                XCTAssertEqual(body["total"] as? Int, 1)
                let item = try XCTUnwrap((body["items"] as? [[String: Any]])?.first)
                XCTAssertEqual(item["status"] as? String, "submitted")
                XCTAssertEqual(item["wishedChannel"] as? String, "website-news")
                XCTAssertTrue(item["scheduledOn"] is NSNull)
            }
            try await client.execute(
                uri: "/api/v1/submissions", method: .post, body: .json("{\"wishedChannel\":\"tv\",\"wishedDate\":\"2026-02-30\"}")
            ) { response in
                XCTAssertEqual(Set(try response.errorFields()), ["unit", "title", "text", "wishedChannel", "wishedDate"])
            }
            let review = "/api/v1/submissions/\(Self.submissionId.uuidString)/review"
            try await client.execute(uri: review, method: .post, body: .json("{\"decision\":\"reject\"}")) { response in
                try response.problem(.unprocessableContent, code: "invalid", instance: review)
                XCTAssertEqual(try response.errorFields(), ["comment"])
            }
            try await client.execute(uri: review, method: .post, body: .json("{\"decision\":\"maybe\"}")) { response in
                XCTAssertEqual(try response.errorFields(), ["decision"])
            }
            let schedule = "/api/v1/submissions/\(Self.submissionId.uuidString)/schedule"
            try await client.execute(uri: schedule, method: .post, body: .json("{\"date\":\"3 Dec\",\"channel\":\"radio\"}")) { response in
                XCTAssertEqual(Set(try response.errorFields()), ["date", "channel"])
            }
            try await client.execute(uri: "/api/v1/submissions/\(UUID().uuidString)", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
        }
    }

    func testMarketingPlanAndContentCalendarRoutes() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            try await client.execute(uri: "/api/v1/marketing-plans/2027", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                let body = try response.json()
                XCTAssertEqual(body["year"] as? Int, 2027)
                XCTAssertEqual((body["otherCampaigns"] as? [[String: Any]])?.count, 1)
                XCTAssertEqual((body["totals"] as? [String: Any])?["overBudget"] as? Bool, true)
            }
            try await client.execute(uri: "/api/v1/marketing-plans/1800", method: .get) { response in
                XCTAssertEqual(response.status, .notFound)
            }
            try await client.execute(uri: "/api/v1/marketing-plans/2027/objectives", method: .post, body: .json("{\"title\":\" \"}")) { response in
                XCTAssertEqual(try response.errorFields(), ["title"])
            }
            try await client.execute(uri: "/api/v1/content-calendar?month=2026-12", method: .get) { response in
                XCTAssertEqual(response.status, .ok, response.text)
                let body = try response.json()
                XCTAssertEqual(body["month"] as? String, "2026-12")
                XCTAssertEqual((body["days"] as? [Any])?.count, 0)
                XCTAssertEqual((body["campaigns"] as? [[String: Any]])?.first?["id"] as? String, Self.campaignId.uuidString)
            }
            for month in ["2026-13", "december", "2026-1"] {
                try await client.execute(uri: "/api/v1/content-calendar?month=\(month)", method: .get) { response in
                    try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/content-calendar")
                }
            }
        }
    }
}
