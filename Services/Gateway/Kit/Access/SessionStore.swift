import Foundation
import Hummingbird

/// A signed-in person's session, as a page request finds it from its cookie.
public struct SignedInSession: Sendable, Equatable {
    public var identity: StaffIdentity
    /// What every form of this session must send back.
    public var csrfToken: String

    public init(identity: StaffIdentity, csrfToken: String) {
        self.identity = identity
        self.csrfToken = csrfToken
    }
}

/// Where sessions are kept (the gateway's own SQLite: the accounts part).
public protocol SessionStore: Sendable {
    /// The session of a cookie's token; `nil` when unknown, expired, or its account is disabled.
    func session(token: String) async throws -> SignedInSession?
}

/// The cookies of the web application.
public enum SessionCookie {
    /// The session: `HttpOnly`, `SameSite=Lax`, `Secure` over TLS.
    public static let name = "komunika_sesija"
    /// A visitor's form token before they sign in.
    public static let csrfName = "komunika_csrf"

    /// Whether the request came over TLS (directly, or through a proxy that says so).
    public static func isSecure(_ request: Request) -> Bool {
        request.uri.scheme == .https || request.headers[.xForwardedProto]?.lowercased() == "https"
    }
}

extension SessionCookie {
    /// The session cookie for `token`: for the whole site, `HttpOnly`, `SameSite=Lax`, `Secure` over TLS.
    public static func cookie(token: String, for request: Request) -> Cookie {
        Cookie(name: name, value: token, path: "/", secure: isSecure(request), httpOnly: true, sameSite: .lax)
    }

    /// What ends the session cookie in the browser.
    public static func removal(for request: Request) -> Cookie {
        Cookie(name: name, value: "", maxAge: 0, path: "/", secure: isSecure(request), httpOnly: true, sameSite: .lax)
    }
}
