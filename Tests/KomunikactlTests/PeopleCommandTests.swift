import ArgumentParser
import Foundation
import MessageSchema
import ServiceKit
import XCTest

@testable import KomunikactlCommands

/// `komunikactl people`: its arguments, and how a round's answers are printed.
final class PeopleCommandTests: XCTestCase {
    func testExportAndEraseTakeOneAddress() throws {
        let export = try XCTUnwrap(try Komunikactl.parseAsRoot(["people", "export", "ona@example.lt"]) as? PeopleCommand.Export)
        XCTAssertEqual(export.address.email, "ona@example.lt")
        XCTAssertNotNil(try Komunikactl.parseAsRoot(["people", "erase", "Ona@Example.LT"]) as? PeopleCommand.Erase)
    }

    func testABadAddressOrFlagIsAUsageError() {
        for arguments in [["people", "erase", "ona"], ["people", "erase"], ["people", "export", "ona@example.lt", "--bogus"]] {
            XCTAssertThrowsError(try Komunikactl.parseAsRoot(arguments), "\(arguments)") { error in
                XCTAssertEqual(Komunikactl.exitCode(for: error), .validationFailure, "\(arguments)")
            }
        }
        do {
            _ = try Komunikactl.parseAsRoot(["people", "erase", "ona"])
        } catch {
            XCTAssertEqual(Komunikactl.message(for: error), "EMAIL must be an e-mail address, not 'ona'")
        }
    }

    func testEachServicesAnswerIsOneLine() {
        let answers = [
            PeopleRound.Answer(service: .events, person: .object(["registration": .number(2)]), problem: nil),
            PeopleRound.Answer(
                service: .training, person: .object(["certificate": .number(1), "enrolment": .number(1)]), problem: nil),
            PeopleRound.Answer(service: .campaigns, person: .object([:]), problem: nil),
            PeopleRound.Answer(service: .surveys, person: nil, problem: "timed out"),
        ]
        XCTAssertEqual(
            answers.map(PeopleRound.line),
            [
                "events: 2 registration(s) erased", "training: 1 certificate(s), 1 enrolment(s) erased",
                "campaigns: nothing kept on this address", "surveys: not erased — timed out",
            ])
        XCTAssertEqual(PeopleRound.order([.gateway, .events, .surveys]), [.events, .surveys, .gateway])
    }

    func testTheExportDocumentGroupsByServiceAndNamesThoseThatDidNotAnswer() throws {
        let rows: JSONValue = .array([.object(["name": .string("Ona Žemaitė")])])
        let document = PeopleRound.document(
            email: " Ona@Example.LT ",
            answers: [
                PeopleRound.Answer(service: .events, person: .object(["registrations": rows]), problem: nil),
                PeopleRound.Answer(service: .brand, person: nil, problem: "brand is not answering"),
            ])
        XCTAssertEqual(
            document,
            .object([
                "email": .string("ona@example.lt"), "services": .object(["events": .object(["registrations": rows])]),
                "unanswered": .object(["brand": .string("brand is not answering")]),
            ]))
    }
}
