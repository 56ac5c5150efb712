import ArgumentParser
import Foundation
import MessageSchema
import ServiceKit

extension BusRole: ExpressibleByArgument {}

/// `komunikactl keys init|add|list`: the CURVE keys of the bus.
struct KeysCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "keys",
        abstract: "Create and list the bus's CURVE keys (services admit only the public keys in the keys folder).",
        discussion: """
            The folder is KOMUNIKA_KEYS_DIR, or `keys` under KOMUNIKA_DATA_DIR (default ./data/keys). \
            A public key's folder is its role: service/<name>.public, operator/<name>.public, \
            listener/<name>.public. Secret keys lie in KOMUNIKA_SECRET_KEYS_DIR (default <keys>/secret), \
            as <name>/<name>.secret. A service reads the folder when it starts: restart the services after adding a key.
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

        /// `KOMUNIKA_SECRET_KEYS_DIR`, or `secret` in the keys folder.
        var secretFolder: URL {
            BusKeyring.secretFolder(environment: ProcessInfo.processInfo.environment, keysFolder: folder)
        }
    }

    struct Init: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: """
                Create a key pair for every service (role service) and for `operator` (role operator), where none exists \
                yet; keys made before roles are moved into their role's folder (other names into listener/).
                """)
        @OptionGroup var location: Location

        func run() async throws {
            let initial = BusKeyring.initialRoles(services: ServiceName.allCases.map(\.rawValue))
            let loose = BusKeyring.looseNames(in: location.folder)
            let others = loose.filter { name in !initial.contains { $0.name == name } }
            let created = try BusKeyring.create(
                initial + others.map { (name: $0, role: BusRole.listener) }, in: location.folder, secretFolder: location.secretFolder)
            if !loose.isEmpty {
                let listeners =
                    others.isEmpty
                    ? "" : "; not a service's nor the operator's, so now listener keys: \(others.joined(separator: ", "))"
                print("Moved the keys made before roles into their role folders: \(loose.joined(separator: ", "))\(listeners).")
            }
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
        @Option(help: "What the key may do: listener (only subscribe), operator (everything), service.")
        var role: BusRole = .listener
        @OptionGroup var location: Location

        func validate() throws {
            guard BusKeyring.isValidName(name) else { throw ValidationError("'\(name)' is not a key name: letters, digits and '-' only") }
        }

        func run() async throws {
            if (try? BusKeyring(folder: location.folder))?.publicKeys[name] != nil {
                throw Failure("a key named '\(name)' already exists in \(location.folder.path)")
            }
            let created = try BusKeyring.create([(name: name, role: role)], in: location.folder, secretFolder: location.secretFolder)
            guard !created.isEmpty else { throw Failure("a key named '\(name)' already exists in \(location.folder.path)") }
            let publicFile = BusKeyring.publicFile(of: name, role: role, in: location.folder).path
            let secretFile = BusKeyring.secretFile(of: name, in: location.secretFolder).path
            print("Created \(publicFile) and \(secretFile) (role \(role.rawValue)); restart the services so they admit it.")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the admitted public keys: name, role, key.")
        @OptionGroup var location: Location

        func run() async throws {
            let keyring: BusKeyring
            do { keyring = try BusKeyring(folder: location.folder) } catch { throw Failure("\(error)") }
            for (name, key) in keyring.publicKeys.sorted(by: { $0.key < $1.key }) {
                print("\(name)\t\(keyring.roles[name]?.rawValue ?? "")\t\(key)")
            }
        }
    }
}
