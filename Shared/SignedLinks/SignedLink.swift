import Crypto
import Foundation

/// A link sent by e-mail that lets whoever holds it do one thing without an
/// account: cancel their own registration or enrolment, unsubscribe from
/// press releases, answer a survey once. The token names what it is for and
/// which thing (`subject`: an id or an address), signed with HMAC-SHA256
/// under the `LinkSecret` that the mail service (which writes the links) and
/// the gateway (which checks them) share. It is
/// `base64url(purpose + "\n" + subject) + "." + base64url(mac)`: nothing in
/// it can be changed without the secret, and one purpose's token is never
/// accepted for another.
public struct SignedLink: Equatable, Sendable {
    public enum Purpose: String, Sendable, CaseIterable {
        case cancelRegistration = "cancel-registration"
        case cancelEnrolment = "cancel-enrolment"
        case unsubscribe
        case surveyInvitation = "survey-invitation"
    }

    public var purpose: Purpose
    public var subject: String

    public init(_ purpose: Purpose, subject: String) {
        self.purpose = purpose
        self.subject = subject
    }

    /// The token to put in a link's path.
    public func token(secret: LinkSecret) -> String {
        let message = Data("\(purpose.rawValue)\n\(subject)".utf8)
        let mac = HMAC<SHA256>.authenticationCode(for: message, using: secret.key)
        return Self.base64URL(message) + "." + Self.base64URL(Data(mac))
    }

    /// The link `token` stands for, when it was signed with `secret` for
    /// `purpose`; `nil` for anything else (changed, cut, another purpose's).
    public static func verified(_ token: String, purpose: Purpose, secret: LinkSecret) -> SignedLink? {
        let halves = token.split(separator: ".", omittingEmptySubsequences: false)
        guard halves.count == 2, let message = data(base64URL: halves[0]), let mac = data(base64URL: halves[1]),
            HMAC<SHA256>.isValidAuthenticationCode(mac, authenticating: message, using: secret.key),
            let text = String(data: message, encoding: .utf8), let newline = text.firstIndex(of: "\n"),
            text[..<newline] == purpose.rawValue
        else { return nil }
        return SignedLink(purpose, subject: String(text[text.index(after: newline)...]))
    }

    static func base64URL(_ data: Data) -> String {
        data.base64EncodedString().replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_")
            .replacingOccurrences(of: "=", with: "")
    }

    static func data(base64URL text: Substring) -> Data? {
        guard !text.isEmpty, text.allSatisfy({ $0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" }) else { return nil }
        var base64 = text.replacingOccurrences(of: "-", with: "+").replacingOccurrences(of: "_", with: "/")
        base64 += String(repeating: "=", count: (4 - base64.count % 4) % 4)
        return Data(base64Encoded: base64)
    }
}
