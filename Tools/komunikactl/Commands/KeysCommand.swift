import ArgumentParser
import Foundation
import MessageSchema
import ServiceKit

/// `komunikactl keys init|add|list`: the CURVE keys of the bus.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create and list the bus's CURVE keys (services admit only the public keys in the keys folder).",
        discussion: """
            The folder is KOMUNIKA_KEYS_DIR, or `keys` under KOMUNIKA_DATA_DIR (default ./data/keys). \
            A service reads the folder when it starts: restart the services after adding a key.
            """,
        subcommands: [Init.self, Add.self, List.self])

    struct Location: ParsableArguments {
        @Option(help: "The keys folder (default: $KOMUNIKA_KEYS_DIR or $KOMUNIKA_DATA_DIR/keys).")
        var dir: String?

        var folder: URL {
            if let dir { return URL(fileURLWithPath: dir) }
            let environment = ProcessInfo.processInfo.environment
            return BusKeyring.folder(environment: environment, dataDirectory: environment["KOMUNIKA_DATA_DIR"] ?? "./data")
        }
    }

    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a key pair for every service and for `operator`, where none exists yet.")
        @OptionGroup var location: Location

        func run() async throws {
            let names = ServiceName.allCases.map(\.rawValue) + ["operator"]
            let created = try BusKeyring.create(names: names, in: location.folder)
            print(
                created.isEmpty
                    ? "All keys exist in \(location.folder.path)." : "Created keys for \(created.joined(separator: ", ")) in \(location.folder.path)."
            )
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Create a key pair for another operator or listener (letters, digits and '-').")
        @Argument(help: "The name the key is known by.") var name: String
        @OptionGroup var location: Location

        func validate() throws {
            guard BusKeyring.isValidName(name) else { throw ValidationError("'\(name)' is not a key name: letters, digits and '-' only") }
        }

        func run() async throws {
            let created = try BusKeyring.create(names: [name], in: location.folder)
            guard !created.isEmpty else { throw Failure("a key named '\(name)' already exists in \(location.folder.path)") }
            print(
                "Created \(location.folder.appendingPathComponent("\(name).public").path) and \(name).secret; restart the services so they admit it.")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the admitted public keys.")
        @OptionGroup var location: Location

        func run() async throws {
            let keyring: BusKeyring
            do { keyring = try BusKeyring(folder: location.folder) } catch { throw Failure("\(error)") }
            for (name, key) in keyring.publicKeys.sorted(by: { $0.key < $1.key }) { print("\(name)\t\(key)") }
        }
    }
}
