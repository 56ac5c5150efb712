import ArgumentParser
import Foundation
import MessageSchema

/// The operator's command line: asks each service's ROUTER.
/// Exit codes: 0 done, 1 failed, 2 usage error.
public struct Komunikactl: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "komunikactl",
        abstract: "Operate Komunika's services: status, health, replay, dead letters, backups, pause and resume.",
        discussion: """
            Addresses come from the same environment variables the services read \
            (KOMUNIKA_EVENTS_ROUTER …); without them, the defaults for one machine.
            Exit codes: 0 done, 1 failed, 2 usage error.
            """,
        subcommands: [
            StatusCommand.self, HealthCommand.self, ReplayCommand.self, DeadLettersCommand.self,
            BackupCommand.self, ReconcileCommand.self, PruneCommand.self, PauseCommand.self, ResumeCommand.self,
            LogLevelCommand.self, KeysCommand.self, TokensCommand.self, UsersCommand.self, PeopleCommand.self,
            ServicesCommand.self, ComposeCommand.self,
        ])

    public init() {}

    /// Parses the arguments, runs the command, and exits with 0, 1 or 2.
    public static func runAndExit(_ arguments: [String]? = nil) async -> Never {
        do {
            var command = try parseAsRoot(arguments)
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
            Foundation.exit(0)
        } catch {
            let code = exitCode(for: error)
            if code == .success {
                print(fullMessage(for: error))
                Foundation.exit(0)
            }
            if code == .validationFailure {
                FileHandle.standardError.write(Data((fullMessage(for: error) + "\n").utf8))
                Foundation.exit(2)
            }
            let message = fullMessage(for: error)
            if !message.isEmpty { FileHandle.standardError.write(Data(("komunikactl: " + message + "\n").utf8)) }
            Foundation.exit(code == .success ? 0 : 1)
        }
    }
}

extension ServiceName: ExpressibleByArgument {
    public static var allValueStrings: [String] { allCases.map(\.rawValue) }
}

/// Services listed on the command line, or those of `KOMUNIKA_SERVICES`
/// (default: every service and the gateway).
struct ServiceSelection: ParsableArguments {
    @Argument(help: "Services to ask (default: $KOMUNIKA_SERVICES or all of them).")
    var services: [ServiceName] = []

    func resolved() throws -> [ServiceName] {
        if !services.isEmpty { return services }
        return try Self.fromEnvironment()
    }

    /// The services of `KOMUNIKA_SERVICES`, or every service and the gateway.
    static func fromEnvironment() throws -> [ServiceName] {
        let text =
            ProcessInfo.processInfo.environment["KOMUNIKA_SERVICES"]
            ?? ServiceName.allCases.map(\.rawValue).joined(separator: ",")
        return try text.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let service = ServiceName(rawValue: name) else {
                throw ValidationError("KOMUNIKA_SERVICES names '\(name)', which is not a service")
            }
            return service
        }
    }
}
