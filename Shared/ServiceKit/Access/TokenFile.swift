import Foundation

/// The gateway's bearer tokens, one per line: `<role> <token> <name>`
/// (`#` starts a comment). The file (`KOMUNIKA_TOKENS_FILE`, default
/// `$KOMUNIKA_DATA_DIR/gateway-tokens`) is read again when it changes, so
/// `komunikactl tokens add|revoke` takes effect without a restart.
public final class TokenFile: @unchecked Sendable {
    public struct Entry: Sendable, Equatable {
        public var role: Role
        public var token: String
        public var name: String

        public init(role: Role, token: String, name: String) {
            self.role = role
            self.token = token
            self.name = name
        }
    }

    public let path: String
    private let lock = NSLock()
    private var byToken: [String: Entry] = [:]
    private var loadedModification: Date?
    private var checkedAt = Date.distantPast

    public init(path: String) {
        self.path = path
    }

    /// The file from `KOMUNIKA_TOKENS_FILE`, or `gateway-tokens` in the data folder.
    public static func path(environment: [String: String]) -> String {
        if let path = environment["KOMUNIKA_TOKENS_FILE"], !path.isEmpty { return path }
        return URL(fileURLWithPath: environment["KOMUNIKA_DATA_DIR"] ?? "./data").appendingPathComponent("gateway-tokens").path
    }

    /// Who holds `token`, reading the file again at most once a second.
    public func entry(for token: String) -> Entry? {
        lock.withLock {
            reloadIfChanged()
            return byToken[token]
        }
    }

    private func reloadIfChanged() {
        let now = Date()
        guard now.timeIntervalSince(checkedAt) >= 1 else { return }
        checkedAt = now
        let modified = (try? FileManager.default.attributesOfItem(atPath: path))?[.modificationDate] as? Date
        guard modified != loadedModification else { return }
        loadedModification = modified
        let text = (try? String(contentsOfFile: path, encoding: .utf8)) ?? ""
        byToken = Dictionary(Self.parse(text).map { ($0.token, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The entries of a token file's text; lines that are not entries are skipped.
    public static func parse(_ text: String) -> [Entry] {
        text.split(whereSeparator: \.isNewline).compactMap { line in
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.hasPrefix("#") else { return nil }
            let parts = trimmed.split(separator: " ", maxSplits: 2, omittingEmptySubsequences: true)
            guard parts.count >= 2, let role = Role(rawValue: String(parts[0])), parts[1].count >= 16 else { return nil }
            return Entry(role: role, token: String(parts[1]), name: parts.count > 2 ? String(parts[2]) : "")
        }
    }

    /// A new unguessable token: 32 random bytes as hex.
    public static func newToken() -> String {
        var generator = SystemRandomNumberGenerator()
        return (0..<32).map { _ in String(format: "%02x", UInt8.random(in: .min ... .max, using: &generator)) }.joined()
    }
}
