import ArgumentParser
import Foundation
import ServiceKit

extension Role: ExpressibleByArgument {}

/// `komunikactl tokens add|list|show|revoke`: the gateway's bearer tokens.
struct TokensCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tokens",
        abstract: "Manage the gateway's bearer tokens (roles: viewer reads, editor also writes, admin also reads metrics).",
        discussion: """
            The file is KOMUNIKA_TOKENS_FILE, or `gateway-tokens` under KOMUNIKA_DATA_DIR (default ./data). \
            The gateway reads it again within a second of a change.
            """,
        subcommands: [Add.self, List.self, Show.self, Revoke.self])

    struct Location: ParsableArguments {
        @Option(help: "The token file (default: $KOMUNIKA_TOKENS_FILE or $KOMUNIKA_DATA_DIR/gateway-tokens).")
        var file: String?

        var path: String { file ?? TokenFile.path(environment: ProcessInfo.processInfo.environment) }

        func entries() -> [TokenFile.Entry] {
            TokenFile.parse((try? String(contentsOfFile: path, encoding: .utf8)) ?? "")
        }

        func write(_ entries: [TokenFile.Entry]) throws {
            let text =
                "# role token name — read by komunika-gateway\n"
                + entries.map { "\($0.role.rawValue) \($0.token) \($0.name)\n" }.joined()
            let url = URL(fileURLWithPath: path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            let temporary = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).new")
            guard
                FileManager.default.createFile(
                    atPath: temporary.path, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
            else { throw Failure("cannot write \(temporary.path)") }
            guard rename(temporary.path, url.path) == 0 else { throw Failure("cannot replace \(url.path)") }
        }
    }

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create a token for NAME and print it.")
        @Argument(help: "Who holds the token (a person or a tool).") var name: String
        @Option(help: "viewer, editor or admin (submitter: only submissions).") var role: Role
        @OptionGroup var location: Location

        func validate() throws {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.contains(where: \.isNewline) else { throw ValidationError("NAME must be one non-empty line") }
        }

        func run() async throws {
            var entries = location.entries()
            guard !entries.contains(where: { $0.name == name }) else {
                throw Failure("\(name) already has a token; revoke it first or choose another name")
            }
            let entry = TokenFile.Entry(role: role, token: TokenFile.newToken(), name: name)
            entries.append(entry)
            try location.write(entries)
            print(entry.token)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List who holds a token, and their role (not the tokens).")
        @OptionGroup var location: Location

        func run() async throws {
            for entry in location.entries() { print("\(entry.role.rawValue.padding(toLength: 7, withPad: " ", startingAt: 0)) \(entry.name)") }
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print NAME's token.")
        @Argument(help: "Who holds the token.") var name: String
        @OptionGroup var location: Location

        func run() async throws {
            guard let entry = location.entries().first(where: { $0.name == name }) else { throw Failure("\(name) has no token") }
            print(entry.token)
        }
    }

    struct Revoke: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Remove NAME's token; the gateway refuses it within a second.")
        @Argument(help: "Who holds the token.") var name: String
        @OptionGroup var location: Location

        func run() async throws {
            let entries = location.entries()
            guard entries.contains(where: { $0.name == name }) else { throw Failure("\(name) has no token") }
            try location.write(entries.filter { $0.name != name })
            print("Revoked \(name)'s token.")
        }
    }
}
