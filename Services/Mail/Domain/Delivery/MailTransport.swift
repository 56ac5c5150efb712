import Foundation
import MessageSchema

/// What a relay answered to one mail.
public enum DeliveryOutcome: Sendable, Equatable {
    /// Taken; the relay's answer (`250 2.0.0 Ok: queued as …`).
    case delivered(String)
    /// Not taken; the relay's last answer, or why there was none.
    case failed(String)
}

/// Hands one RFC 5322 message to one recipient.
public protocol MailTransport: Sendable {
    var delivery: MailDelivery { get }
    /// Where the `.eml` files go, for a transport that writes files.
    var folder: String? { get }
    func deliver(_ raw: Data, from sender: String, to recipient: String, id: String) async -> DeliveryOutcome
}

/// No relay: each mail is written to `folder` as `<id>.eml` (written under a
/// temporary name and renamed, so a reader never sees half a mail).
public struct FileTransport: MailTransport {
    public let directory: URL
    public var delivery: MailDelivery { .files }
    public var folder: String? { directory.path }

    public init(directory: URL) { self.directory = directory }

    public func deliver(_ raw: Data, from sender: String, to recipient: String, id: String) async -> DeliveryOutcome {
        do {
            try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
            let target = directory.appendingPathComponent("\(id).eml")
            let temporary = directory.appendingPathComponent(".\(id).eml.partial")
            try raw.write(to: temporary)
            if FileManager.default.fileExists(atPath: target.path) { try FileManager.default.removeItem(at: target) }
            try FileManager.default.moveItem(at: temporary, to: target)
            return .delivered("written to \(target.path)")
        } catch {
            return .failed("cannot write the mail to \(directory.path): \(error)")
        }
    }
}
