import ArgumentParser
import Foundation
import MessageSchema

struct ReplayCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "replay",
        abstract: "Publish a service's messages again from a seq on; consumers skip what they have applied.")

    @Argument(help: "The service whose messages to publish again.") var service: ServiceName
    @Option(help: "The first seq to publish again (1 or more).") var from: Int64

    func validate() throws {
        guard from >= 1 else { throw ValidationError("--from must be 1 or more") }
    }

    func run() async throws {
        let reply = try await ControlConnection().ask(service, ControlRequest(.republish, from: from))
        print("\(service.rawValue): publishing \(reply.count ?? 0) message(s) again from seq \(from)")
    }
}

struct BackupCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "backup", abstract: "An online backup of a service's SQLite file, taken while it runs.")

    @Argument(help: "The service to back up.") var service: ServiceName
    @Argument(
        help:
            "The file to write, in the service's backup folder (KOMUNIKA_BACKUP_DIR, default $KOMUNIKA_DATA_DIR/backups): a name, or an absolute path inside that folder; it must not exist."
    ) var file: String

    func run() async throws {
        let reply = try await ControlConnection().ask(service, ControlRequest(.backup, path: file), timeout: .seconds(60))
        print("\(service.rawValue): backed up to \(reply.path ?? file) (\(StatusTable.bytes(reply.count ?? 0)), readable by its owner only)")
    }
}

struct PauseCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "pause", abstract: "Stop a service applying other services' messages until resumed.")

    @Argument(help: "The service to pause.") var service: ServiceName

    func run() async throws {
        _ = try await ControlConnection().ask(service, ControlRequest(.pause))
        print("\(service.rawValue): consumption paused")
    }
}

struct ResumeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "resume", abstract: "Resume consumption; the service catches up on what it missed.")

    @Argument(help: "The service to resume.") var service: ServiceName

    func run() async throws {
        _ = try await ControlConnection().ask(service, ControlRequest(.resume))
        print("\(service.rawValue): consumption resumed")
    }
}

struct LogLevelCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log-level", abstract: "Change a running service's log level.")

    enum Level: String, ExpressibleByArgument, CaseIterable {
        case trace, debug, info, notice, warning, error, critical
    }

    @Argument(help: "The service.") var service: ServiceName
    @Argument(help: "trace, debug, info, notice, warning, error or critical.") var level: Level

    func run() async throws {
        _ = try await ControlConnection().ask(service, ControlRequest(.logLevel, level: level.rawValue))
        print("\(service.rawValue): log level \(level.rawValue)")
    }
}
