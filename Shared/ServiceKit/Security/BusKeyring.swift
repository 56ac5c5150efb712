import Bus
import Foundation

/// The CURVE keys of the bus, one pair per service and per operator, in one
/// folder (`KOMUNIKA_KEYS_DIR`, default `<data>/keys`): `<name>.public` and
/// `<name>.secret`, Z85 text. Every service admits the public keys in the
/// folder and no others; a secret file is readable by its owner only.
/// `komunikactl keys init` creates the folder (`make run` does it).
public struct BusKeyring: Sendable {
    public let folder: URL
    /// Public keys by name (`events`, `gateway`, `operator` …).
    public let publicKeys: [String: String]

    /// Reads every public key in `folder`.
    public init(folder: URL) throws {
        self.folder = folder
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else {
            throw BusKeyringError.missingFolder(folder.path)
        }
        var keys: [String: String] = [:]
        for file in names where file.hasSuffix(".public") {
            let name = String(file.dropLast(".public".count))
            keys[name] = try Self.readKey(folder.appendingPathComponent(file))
        }
        publicKeys = keys
    }

    /// The folder from `KOMUNIKA_KEYS_DIR`, or `keys` in the data folder.
    public static func folder(environment: [String: String], dataDirectory: String) -> URL {
        if let folder = environment["KOMUNIKA_KEYS_DIR"], !folder.isEmpty { return URL(fileURLWithPath: folder) }
        return URL(fileURLWithPath: dataDirectory).appendingPathComponent("keys")
    }

    /// `name`'s own key pair.
    public func pair(of name: String) throws -> CurveKeyPair {
        guard let publicKey = publicKeys[name] else { throw BusKeyringError.missingKey(name, folder.path) }
        let secretKey = try Self.readKey(folder.appendingPathComponent("\(name).secret"))
        return CurveKeyPair(publicKey: publicKey, secretKey: secretKey)
    }

    /// `name`'s public key, as a client needs it to reach `name`.
    public func publicKey(of name: String) throws -> String {
        guard let key = publicKeys[name] else { throw BusKeyringError.missingKey(name, folder.path) }
        return key
    }

    /// Creates a key pair for each name that has none yet in `folder`;
    /// returns the names it created. Existing keys are never replaced.
    @discardableResult
    public static func create(names: [String], in folder: URL) throws -> [String] {
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        var created: [String] = []
        for name in names {
            guard BusKeyring.isValidName(name) else { throw BusKeyringError.badName(name) }
            let publicFile = folder.appendingPathComponent("\(name).public")
            let secretFile = folder.appendingPathComponent("\(name).secret")
            if FileManager.default.fileExists(atPath: publicFile.path) { continue }
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

    public var description: String {
        switch self {
        case .missingFolder(let path):
            "no bus keys at \(path): create them with `komunikactl keys init` (make run does it), or set KOMUNIKA_KEYS_DIR"
        case .missingKey(let name, let path):
            "no key for '\(name)' in \(path): create it with `komunikactl keys init` or `komunikactl keys add \(name)`"
        case .unreadable(let path): "cannot read the key file \(path)"
        case .malformed(let path): "\(path) does not hold a 40-character Z85 CURVE key"
        case .badName(let name): "'\(name)' is not a key name (letters, digits and '-' only)"
        case .cannotWrite(let path): "cannot write \(path)"
        }
    }
}
