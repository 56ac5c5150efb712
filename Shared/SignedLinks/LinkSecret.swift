import Crypto
import Foundation

/// The key that signs the links of `SignedLink`: `KOMUNIKA_LINK_SECRET`
/// (at least 32 characters) where several hosts must share it, otherwise the
/// file `link-secret` in the data folder, made with 32 random bytes (mode
/// 0600) by whichever process needs it first.
public struct LinkSecret: Sendable {
    let key: SymmetricKey

    public init(_ text: String) {
        key = SymmetricKey(data: Data(text.utf8))
    }

    public enum LoadError: Error, CustomStringConvertible {
        case tooShort
        case unreadable(String, String)

        public var description: String {
            switch self {
            case .tooShort: "KOMUNIKA_LINK_SECRET must have at least 32 characters"
            case .unreadable(let path, let reason): "the link secret \(path) cannot be read or made: \(reason)"
            }
        }
    }

    public static func load(environment: [String: String], dataDirectory: String) throws -> LinkSecret {
        if let text = environment["KOMUNIKA_LINK_SECRET"], !text.isEmpty {
            guard text.count >= 32 else { throw LoadError.tooShort }
            return LinkSecret(text)
        }
        let path = URL(fileURLWithPath: dataDirectory).appendingPathComponent("link-secret").path
        do {
            if let text = try? String(contentsOfFile: path, encoding: .utf8), text.count >= 32 {
                return LinkSecret(text.trimmingCharacters(in: .whitespacesAndNewlines))
            }
            try FileManager.default.createDirectory(atPath: dataDirectory, withIntermediateDirectories: true)
            let random = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }
            let text = random.map { String(format: "%02x", $0) }.joined()
            // Written under a temporary name and linked into place, so two processes starting
            // together agree: the second finds the file the first made and reads it.
            let temporary = path + ".\(ProcessInfo.processInfo.processIdentifier)"
            guard FileManager.default.createFile(atPath: temporary, contents: Data(text.utf8), attributes: [.posixPermissions: 0o600])
            else { throw LoadError.unreadable(path, "cannot write \(temporary)") }
            defer { try? FileManager.default.removeItem(atPath: temporary) }
            if link(temporary, path) != 0, errno != EEXIST {
                throw LoadError.unreadable(path, String(cString: strerror(errno)))
            }
            let stored = try String(contentsOfFile: path, encoding: .utf8)
            return LinkSecret(stored.trimmingCharacters(in: .whitespacesAndNewlines))
        } catch let error as LoadError {
            throw error
        } catch {
            throw LoadError.unreadable(path, "\(error)")
        }
    }
}
