import ArgumentParser
import Foundation
import MessageSchema

struct DeadLettersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dead-letters", abstract: "Messages a service could not decode or apply.",
        subcommands: [List.self, Retry.self], defaultSubcommand: List.self)

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List unresolved dead letters with their reasons.")

        @OptionGroup var selection: ServiceSelection
        @Flag(help: "Print JSON instead of lines.") var json = false

        func run() async throws {
            var all: [String: [DeadLetterInfo]] = [:]
            for service in try selection.resolved() {
                all[service.rawValue] = try await ControlConnection().ask(service, ControlRequest(.deadLetters)).deadLetters ?? []
            }
            if json {
                print(String(decoding: try MessageCoding.encode(all), as: UTF8.self))
                return
            }
            for service in try selection.resolved() {
                let letters = all[service.rawValue] ?? []
                print("\(service.rawValue): \(letters.count) dead letter(s)")
                for letter in letters {
                    let seq = letter.seq.map { " seq \($0)" } ?? ""
                    print("  #\(letter.id) \(Timestamp.format(letter.receivedAt)) topic '\(letter.topic)'\(seq): \(letter.reason)")
                }
            }
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Apply dead letters again; those that now succeed are resolved.")

        @Argument(help: "The service whose dead letters to retry.") var service: ServiceName
        @Option(help: "Only this dead letter (default: all unresolved).") var id: Int64?

        func run() async throws {
            let reply = try await ControlConnection().ask(service, ControlRequest(.retryDeadLetters, id: id), timeout: .seconds(30))
            let left = reply.deadLetters?.count ?? 0
            print("\(service.rawValue): \(reply.count ?? 0) resolved, \(left) still dead")
            if left > 0 && id != nil { throw ExitCode.failure }
        }
    }
}
