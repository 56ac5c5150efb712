import Bus
import Foundation

/// The CURVE keys of the bus. Public keys lie in the keys folder
/// (`KOMUNIKA_KEYS_DIR`, default `<data>/keys`), one folder per role:
/// `service/<name>.public`, `operator/<name>.public`, `listener/<name>.public`
/// (Z85 text); the folder a key lies in is its role (`BusRole`). Secret keys
/// lie apart, one folder per key, so a container can be given its own only:
/// `<secrets>/<name>/<name>.secret`, readable by its owner only, where
/// `<secrets>` is `KOMUNIKA_SECRET_KEYS_DIR` (default `<keys>/secret`).
/// Every service admits the public keys in the keys folder and no others.
/// `komunikactl keys init` creates the folders (`make run` does it).
public struct BusKeyring: Sendable {
    public let folder: URL
    public let secretFolder: URL
    /// Public keys by name (`events`, `gateway`, `operator` …).
    public let publicKeys: [String: String]
    /// Each key's role, by name.
    public let roles: [String: BusRole]

    /// Reads every public key in `folder`'s role folders.
    public init(folder: URL, secretFolder: URL? = nil) throws {
        self.folder = folder
        self.secretFolder = secretFolder ?? Self.defaultSecretFolder(in: folder)
        guard let entries = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw BusKeyringError.missingFolder(folder.path)
        }
        if let loose = entries.sorted().first(where: { $0.hasSuffix(".public") }) {
            throw BusKeyringError.withoutRole(folder.appendingPathComponent(loose).path)
        }
        var keys: [String: String] = [:]
        var roles: [String: BusRole] = [:]
        for role in BusRole.allCases {
            let roleFolder = folder.appendingPathComponent(role.rawValue)
            let files = (try? FileManager.default.contentsOfDirectory(atPath: roleFolder.path)) ?? []
            for file in files.sorted() where file.hasSuffix(".public") {
                let name = String(file.dropLast(".public".count))
                if let other = roles[name] { throw BusKeyringError.twoRoles(name, other, role) }
                keys[name] = try Self.readKey(roleFolder.appendingPathComponent(file))
                roles[name] = role
            }
        }
        publicKeys = keys
        self.roles = roles
    }

    /// The keyring the environment names: `KOMUNIKA_KEYS_DIR` and `KOMUNIKA_SECRET_KEYS_DIR`.
    public init(environment: [String: String], dataDirectory: String) throws {
        let folder = Self.folder(environment: environment, dataDirectory: dataDirectory)
        try self.init(folder: folder, secretFolder: Self.secretFolder(environment: environment, keysFolder: folder))
    }

    /// The folder from `KOMUNIKA_KEYS_DIR`, or `keys` in the data folder.
    public static func folder(environment: [String: String], dataDirectory: String) -> URL {
        if let folder = environment["KOMUNIKA_KEYS_DIR"], !folder.isEmpty { return URL(fileURLWithPath: folder) }
        return URL(fileURLWithPath: dataDirectory).appendingPathComponent("keys")
    }

    /// The secret keys' folder from `KOMUNIKA_SECRET_KEYS_DIR`, or `secret` in the keys folder.
    public static func secretFolder(environment: [String: String], keysFolder: URL) -> URL {
        if let folder = environment["KOMUNIKA_SECRET_KEYS_DIR"], !folder.isEmpty { return URL(fileURLWithPath: folder) }
        return defaultSecretFolder(in: keysFolder)
    }

    private static func defaultSecretFolder(in keysFolder: URL) -> URL { keysFolder.appendingPathComponent("secret") }

    /// `name`'s own key pair.
    public func pair(of name: String) throws -> CurveKeyPair {
        guard let publicKey = publicKeys[name] else { throw BusKeyringError.missingKey(name, folder.path) }
        let secretKey = try Self.readKey(Self.secretFile(of: name, in: secretFolder))
        return CurveKeyPair(publicKey: publicKey, secretKey: secretKey)
    }

    /// `name`'s public key, as a client needs it to reach `name`.
    public func publicKey(of name: String) throws -> String {
        guard let key = publicKeys[name] else { throw BusKeyringError.missingKey(name, folder.path) }
        return key
    }

    /// Each admitted public key with the ZAP user id (`<role>/<name>`) it is answered with.
    public var userIds: [String: String] {
        var ids: [String: String] = [:]
        for (name, key) in publicKeys.sorted(by: { $0.key < $1.key }) where ids[key] == nil {
            if let role = roles[name] { ids[key] = BusIdentity(role: role, name: name).userId }
        }
        return ids
    }

    /// The roles `komunikactl keys init` gives: every service's own key, and `operator`.
    public static func initialRoles(services: [String]) -> [(name: String, role: BusRole)] {
        services.map { (name: $0, role: BusRole.service) } + [(name: "operator", role: BusRole.operator)]
    }

    /// Creates a key pair for each name that has none yet; returns the names
    /// it created. Existing keys are never replaced; a public key still lying
    /// loose in `folder` (before roles) is moved into the folder of the role
    /// it is given here, and its secret into the secrets folder.
    @discardableResult
    public static func create(
        _ members: [(name: String, role: BusRole)], in folder: URL, secretFolder: URL? = nil
    ) throws -> [String] {
        let secretFolder = secretFolder ?? defaultSecretFolder(in: folder)
        for path in [folder, secretFolder] {
            try FileManager.default.createDirectory(
                at: path, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        }
        let existing = try? BusKeyring(folder: folder, secretFolder: secretFolder)
        var created: [String] = []
        for (name, role) in members {
            guard BusKeyring.isValidName(name) else { throw BusKeyringError.badName(name) }
            let publicFile = publicFile(of: name, role: role, in: folder)
            let secretFile = secretFile(of: name, in: secretFolder)
            try FileManager.default.createDirectory(
                at: publicFile.deletingLastPathComponent(), withIntermediateDirectories: true)
            try FileManager.default.createDirectory(
                at: secretFile.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
            if try moveLoose(name, in: folder, to: publicFile, secretFile: secretFile) { continue }
            if existing?.publicKeys[name] != nil || FileManager.default.fileExists(atPath: publicFile.path) { continue }
            let pair = try CurveKeyPair.generate()
            guard
                FileManager.default.createFile(
                    atPath: secretFile.path, contents: Data((pair.secretKey + "\n").utf8), attributes: [.posixPermissions: 0o600])
            else { throw BusKeyringError.cannotWrite(secretFile.path) }
            try Data((pair.publicKey + "\n").utf8).write(to: publicFile, options: .atomic)
            created.append(name)
        }
        return created
    }

    /// The names of the public keys still lying loose in `folder`, as before roles.
    public static func looseNames(in folder: URL) -> [String] {
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return files.filter { $0.hasSuffix(".public") }.map { String($0.dropLast(".public".count)) }.sorted()
    }

    /// `<folder>/<role>/<name>.public`.
    public static func publicFile(of name: String, role: BusRole, in folder: URL) -> URL {
        folder.appendingPathComponent(role.rawValue).appendingPathComponent("\(name).public")
    }

    /// `<secrets>/<name>/<name>.secret`.
    public static func secretFile(of name: String, in secretFolder: URL) -> URL {
        secretFolder.appendingPathComponent(name).appendingPathComponent("\(name).secret")
    }

    /// Moves `<folder>/<name>.public` and `.secret`, as keys were kept before
    /// roles, to their places; `false` when there is none.
    private static func moveLoose(_ name: String, in folder: URL, to publicFile: URL, secretFile: URL) throws -> Bool {
        let loosePublic = folder.appendingPathComponent("\(name).public")
        guard FileManager.default.fileExists(atPath: loosePublic.path) else { return false }
        let looseSecret = folder.appendingPathComponent("\(name).secret")
        if let secret = FileManager.default.contents(atPath: looseSecret.path) {
            guard
                FileManager.default.createFile(atPath: secretFile.path, contents: secret, attributes: [.posixPermissions: 0o600])
            else { throw BusKeyringError.cannotWrite(secretFile.path) }
            try FileManager.default.removeItem(at: looseSecret)
        }
        try FileManager.default.moveItem(at: loosePublic, to: publicFile)
        return true
    }

    /// Letters, digits and `-`: a name that is also a safe file name.
    public static func isValidName(_ name: String) -> Bool {
        !name.isEmpty && name.count <= 64
            && name.unicodeScalars.allSatisfy { CharacterSet.alphanumerics.contains($0) && $0.isASCII || $0 == "-" }
    }

    private static func readKey(_ file: URL) throws -> String {
        guard let data = FileManager.default.contents(atPath: file.path) else { throw BusKeyringError.unreadable(file.path) }
        let key = String(decoding: data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        guard key.count == 40 else { throw BusKeyringError.malformed(file.path) }
        return key
    }
}

public enum BusKeyringError: Error, CustomStringConvertible, Equatable {
    case missingFolder(String)
    case missingKey(String, String)
    case unreadable(String)
    case malformed(String)
    case badName(String)
    case cannotWrite(String)
    case withoutRole(String)
    case twoRoles(String, BusRole, BusRole)

    public var description: String {
        switch self {
        case .missingFolder(let path):
            "no bus keys at \(path): create them with `komunikactl keys init` (make run does it), or set KOMUNIKA_KEYS_DIR"
        case .missingKey(let name, let path):
            "no key for '\(name)' in \(path): create it with `komunikactl keys init` or `komunikactl keys add \(name) --role …`"
        case .unreadable(let path): "cannot read the key file \(path)"
        case .malformed(let path): "\(path) does not hold a 40-character Z85 CURVE key"
        case .badName(let name): "'\(name)' is not a key name (letters, digits and '-' only)"
        case .cannotWrite(let path): "cannot write \(path)"
        case .withoutRole(let path):
            "\(path) has no role: a public key lies in service/, operator/ or listener/ (`komunikactl keys init` moves the keys it made)"
        case .twoRoles(let name, let first, let second):
            "the key '\(name)' lies in both \(first.rawValue)/ and \(second.rawValue)/: keep one"
        }
    }
}
