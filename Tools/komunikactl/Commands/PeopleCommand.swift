import ArgumentParser
import Foundation
import MessageSchema
import ServiceKit

/// `komunikactl people export|erase EMAIL`: a person's data under the GDPR,
/// across every holder (each service's ROUTER, then the gateway's read
/// model; see `PeopleRound`). Services are those of `KOMUNIKA_SERVICES`
/// (default: all). A service that does not answer is reported and the
/// command exits with 1; an erasure run again is safe and does what was left.
struct PeopleCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "people",
        abstract: "Export or erase what every service keeps on one person (by e-mail address).",
        discussion: """
            Erasing keeps every count and statistic: a registration stays counted, its person becomes \
            "\(PersonErasure.erasedName)" without an address. Each service also rewrites the messages it \
            published about the person, announces the erasure (person.erased, ids only) for the other \
            holders, and scrubs its SQLite file. Staff accounts are not erased here (`users disable`).
            """,
        subcommands: [Export.self, Erase.self])

    struct Address: ParsableArguments {
        @Argument(help: "The person's e-mail address.") var email: String

        func validate() throws {
            let key = PersonErasure.key(email)
            let parts = key.split(separator: "@", omittingEmptySubsequences: false)
            guard parts.count == 2, !parts[0].isEmpty, !parts[1].isEmpty else {
                throw ValidationError("EMAIL must be an e-mail address, not '\(email)'")
            }
        }
    }

    struct Export: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print one JSON document of what every service keeps on the address, by service and table.")
        @OptionGroup var address: Address

        func run() async throws {
            let request = ControlRequest(.exportPerson, email: address.email)
            let answers = await PeopleRound.run(request, services: try PeopleCommand.services()) { service, request in
                try await PeopleCommand.ask(service, request, timeout: .seconds(10))
            }
            let document = PeopleRound.document(email: address.email, answers: answers)
            print(String(decoding: try MessageCoding.encode(document), as: UTF8.self))
            try PeopleCommand.failUnlessAll(answers)
        }
    }

    struct Erase: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Erase the address and its owner's name from every service, keeping every count.")
        @OptionGroup var address: Address

        func run() async throws {
            let erasureId = UUID()
            let request = ControlRequest(.erasePerson, email: address.email, erasureId: erasureId)
            let answers = await PeopleRound.run(request, services: try PeopleCommand.services()) { service, request in
                try await PeopleCommand.ask(service, request, timeout: .seconds(60))
            }
            print("erasure \(erasureId.uuidString.lowercased())")
            for answer in answers { print(PeopleRound.line(answer)) }
            try PeopleCommand.failUnlessAll(answers)
        }
    }

    /// Asks `service` its status first (3 s), then `request` (`timeout`): one that is down is not waited on long.
    static func ask(_ service: ServiceName, _ request: ControlRequest, timeout: Duration) async throws -> ControlReply {
        let connection = ControlConnection()
        _ = try await connection.ask(service, ControlRequest(.status))
        return try await connection.ask(service, request, timeout: timeout)
    }

    /// `KOMUNIKA_SERVICES`, or every service and the gateway.
    static func services() throws -> [ServiceName] {
        try ServiceSelection.fromEnvironment()
    }

    static func failUnlessAll(_ answers: [PeopleRound.Answer]) throws {
        let missing = answers.filter { $0.problem != nil }.map(\.service.rawValue)
        guard missing.isEmpty else {
            throw Failure("\(missing.joined(separator: ", ")) did not answer; run the same command again once they are running")
        }
    }
}
