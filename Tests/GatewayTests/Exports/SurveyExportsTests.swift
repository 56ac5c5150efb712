import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import GatewayKit

/// A survey's results as CSV, and a formula typed into an answer coming out neutralised in the responses.
final class SurveyExportsTests: XCTestCase {
    static let id = UUID(uuidString: "6F708192-A3B4-45C6-D7E8-F90112233445")!
    static let questions = [
        SurveyQuestion(
            id: "channel", type: .singleChoice, textLt: "Iš kur sužinojote?", required: true, options: ["Facebook", "Radijas", "Draugai"]),
        SurveyQuestion(id: "visits", type: .number, textLt: "Kiek kartų lankotės?", required: false),
        SurveyQuestion(id: "comment", type: .freeText, textLt: "Pastabos", required: false),
    ]

    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .surveys)
        try feed.survey(
            id: id, details: SurveyDetails(titleLt: "Lankytojų apklausa", purpose: .publicOpinion, anonymous: false),
            questions: questions)
        try feed.respond(
            id, ["channel": .text("Radijas"), "visits": .number(3)], at: Sample.date("2026-12-01T10:00"),
            respondent: Respondent(name: "=HYPERLINK(\"http://x\",\"y\")", email: "x@example.lt"))
        try feed.respond(
            id, ["channel": .text("Radijas"), "visits": .number(5), "comment": .text("+gerai")], at: Sample.date("2026-12-01T11:00"))
        try feed.respond(id, ["channel": .text("Facebook")], at: Sample.date("2026-12-01T12:00"))
    }

    func testResultsOneRowPerQuestionAndValue() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, database in
            let response = try await client.execute(uri: "/api/v1/surveys/\(Self.id.uuidString)/results.csv", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "text/csv; charset=utf-8; header=present")
            XCTAssertEqual(
                response.text.components(separatedBy: "\r\n"),
                [
                    "\u{FEFF}questionId,question,type,answers,value,count,share,mean,median,nps",
                    "channel,Iš kur sužinojote?,single-choice,3,Facebook,1,33.3,,,",
                    "channel,Iš kur sužinojote?,single-choice,3,Radijas,2,66.7,,,",
                    "channel,Iš kur sužinojote?,single-choice,3,Draugai,0,0,,,",
                    "visits,Kiek kartų lankotės?,number,2,3,1,50,4,4,",
                    "visits,Kiek kartų lankotės?,number,2,5,1,50,4,4,",
                    "comment,Pastabos,free-text,1,,,,,,",
                    "",
                ])
            var viewer = try await PageSession.signedIn(
                client, database: database, name: "Rūta Vaitkutė", email: "ruta@lnb.lt", role: "viewer")
            let page = try await viewer.get(client, "/apklausos/\(Self.id.uuidString)/rezultatai")
            XCTAssertTrue(page.text.contains("/suvestine.csv\" download>Suvestinė (CSV)</a>"), page.text)
            let download = try await viewer.get(client, "/apklausos/\(Self.id.uuidString)/suvestine.csv")
            XCTAssertEqual(download.text, response.text)
        }
    }

    func testAFormulaTypedAsANameOrAnAnswerIsNeutralised() async throws {
        try await GatewayHTTP.test(seed: Self.seed) { client in
            let response = try await client.execute(uri: "/api/v1/surveys/\(Self.id.uuidString)/responses.csv", method: .get)
            let lines = response.text.components(separatedBy: "\r\n")
            XCTAssertEqual(lines.first, "\u{FEFF}responseId,submittedAt,name,email,channel,visits,comment")
            XCTAssertEqual(lines.count, 5)
            XCTAssertTrue(
                lines[1].hasSuffix(",2026-12-01T10:00:00+02:00,\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\",x@example.lt,Radijas,3,"),
                lines[1])
            XCTAssertTrue(lines[2].hasSuffix(",2026-12-01T11:00:00+02:00,,,Radijas,5,'+gerai"), lines[2])
        }
    }
}
