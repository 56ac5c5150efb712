import Foundation
import GRDB
import MailService
import MessageSchema
import ServiceKit
import SignedLinks
import Store
import XCTest

/// The mail service's database in a temporary folder, and its reactions as
/// the consumer applies them: real envelopes, one write transaction each.
final class MailHarness: @unchecked Sendable {
    let folder: URL
    let database: ServiceDatabase
    let context: MailContext
    let reactions: MessageReactions
    private var seqs: [String: Int64] = [:]

    static let secret = LinkSecret(String(repeating: "s", count: 40))

    init(recipients: any RecipientFilter = EveryoneMayReceive(), staff: [MailAddress] = []) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komunika-mail-\(UUID().uuidString)")
        database = try ServiceDatabase(path: folder.appendingPathComponent("mail.sqlite").path, migrations: MailSchema.register(in:))
        let composer = MailComposer(
            templates: try MailTemplates(), from: MailAddress(name: "LNB Komunikacijos skyrius", address: "komunika@lnb.lt"))
        context = MailContext(
            composer: composer, publicURL: "https://komunika.lnb.lt/", linkSecret: Self.secret, recipients: recipients,
            staff: staff)
        reactions = MailReactions.make(context)
    }

    /// Applies `message` from `source` with the next `seq`, made for `actor`; returns its envelope.
    @discardableResult
    func receive<M: Message>(
        _ message: M, from source: ServiceName, at date: Date = Date(), actor: Actor? = nil
    ) throws -> Envelope {
        let seq = (seqs[source.rawValue] ?? 0) + 1
        seqs[source.rawValue] = seq
        let envelope = Envelope(
            type: M.type, version: M.version, source: source.rawValue, seq: seq, occurredAt: date, actor: actor,
            payload: try .from(message))
        try apply(envelope)
        return envelope
    }

    func apply(_ envelope: Envelope) throws {
        try database.writer.write { db in try self.reactions.apply(envelope, in: db) }
    }

    func mails() throws -> [MailRecord] {
        try database.writer.read { db in try MailRecord.order(MailRecord.Columns.createdAt, MailRecord.Columns.id).fetchAll(db) }
    }

    func remove() { try? FileManager.default.removeItem(at: folder) }
}

/// A received mail read back: its headers unfolded, its parts decoded.
struct ParsedMail {
    var headers: [(String, String)]
    var body: String

    init(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        let split = text.range(of: "\r\n\r\n")!
        let head = String(text[..<split.lowerBound]).replacingOccurrences(of: "\r\n ", with: " ")
        headers = head.components(separatedBy: "\r\n").map { line in
            let colon = line.firstIndex(of: ":")!
            return (String(line[..<colon]), String(line[line.index(after: colon)...]).trimmingCharacters(in: .whitespaces))
        }
        body = String(text[split.upperBound...])
    }

    func header(_ name: String) -> String? { headers.first { $0.0.lowercased() == name.lowercased() }?.1 }

    /// A header of RFC 2047 encoded-words decoded back to text: the space
    /// between two encoded-words is dropped (RFC 2047 §6.2), others kept.
    static func decodeWords(_ value: String) -> String {
        var text = ""
        var previousWasEncoded = false
        for (index, word) in value.split(separator: " ").enumerated() {
            let encoded = word.hasPrefix("=?UTF-8?B?") && word.hasSuffix("?=")
            if index > 0 && !(encoded && previousWasEncoded) { text += " " }
            if encoded {
                let base64 = word.dropFirst("=?UTF-8?B?".count).dropLast(2)
                text += String(decoding: Data(base64Encoded: String(base64))!, as: UTF8.self)
            } else {
                text += word
            }
            previousWasEncoded = encoded
        }
        return text
    }

    /// The decoded body of the part whose Content-Type starts with `type`.
    func part(_ type: String) -> Data? {
        let pieces = body.components(separatedBy: "\r\n--")
        for piece in pieces {
            guard let end = piece.range(of: "\r\n\r\n") else { continue }
            let head = piece[..<end.lowerBound].replacingOccurrences(of: "\r\n ", with: " ")
            guard head.range(of: "Content-Type: \(type)", options: [.caseInsensitive]) != nil else { continue }
            let content = String(piece[end.upperBound...])
            if head.contains("quoted-printable") { return Self.quotedPrintableDecoded(content) }
            if head.contains("base64") {
                return Data(base64Encoded: content.components(separatedBy: "\r\n").joined())
            }
            return Data(content.utf8)
        }
        return nil
    }

    static func quotedPrintableDecoded(_ text: String) -> Data {
        let joined = text.replacingOccurrences(of: "=\r\n", with: "")
        var bytes: [UInt8] = []
        var index = joined.utf8.startIndex
        let utf8 = joined.utf8
        while index < utf8.endIndex {
            let byte = utf8[index]
            if byte == UInt8(ascii: "="), let end = utf8.index(index, offsetBy: 3, limitedBy: utf8.endIndex) {
                let hex = String(decoding: utf8[utf8.index(after: index)..<end], as: UTF8.self)
                bytes.append(UInt8(hex, radix: 16)!)
                index = end
            } else {
                bytes.append(byte)
                index = utf8.index(after: index)
            }
        }
        return Data(bytes)
    }
}

enum Sample {
    static let eventId = UUID(uuidString: "11111111-2222-3333-4444-555555555555")!

    static func date(_ text: String) -> Date { Timestamp.parse(text + ":00Z")! }

    static func details(
        _ title: String = "Knygos „Žalgirio mūšis“ pristatymas", startsAt: String = "2027-02-24T16:00"
    ) -> EventDetails {
        EventDetails(
            type: .bookPresentation, title: LocalizedText(lt: title), startsAt: date(startsAt),
            endsAt: date(startsAt).addingTimeInterval(7_200), venue: Venue(kind: .libraryHall, hall: "Konferencijų salė"),
            organisingUnit: "Komunikacijos skyrius", capacity: 2)
    }

    static let attendee = Attendee(name: "Žydrūnė Šėškienė", email: "Zydrune@Example.lt")
}
