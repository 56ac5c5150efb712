import Crypto
import Foundation
import Hummingbird

/// Refuses a page's POST (403) unless it sends back the form token of the
/// page it came from: a form's hidden `csrf` field, an `X-CSRF-Token`
/// header, or a `csrf` query item (an upload's form). Signed in, the token
/// is the session's; before, it is the visitor's `komunika_csrf` cookie,
/// which this middleware sets when missing.
public struct CSRFProtection: RouterMiddleware {
    public typealias Context = GatewayContext

    public init() {}

    public func handle(
        _ request: Request, context: GatewayContext, next: (Request, GatewayContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        var request = request
        var newCookie: String?
        if context.csrfToken == nil {
            if let cookie = request.cookies[SessionCookie.csrfName]?.value, cookie.count >= 32 {
                context.csrfToken = cookie
            } else {
                let token = Self.newToken()
                context.csrfToken = token
                newCookie = token
            }
        }
        if ![.get, .head, .options].contains(request.method) {
            let sent = try await Self.sentToken(of: &request)
            guard let sent, let expected = context.csrfToken, Self.same(sent, expected) else { throw PageProblem.staleForm }
        }
        var response = try await next(request, context)
        if let newCookie {
            response.setCookie(
                Cookie(
                    name: SessionCookie.csrfName, value: newCookie, path: "/", secure: SessionCookie.isSecure(request),
                    httpOnly: true, sameSite: .lax))
        }
        return response
    }

    /// The token the request sent, reading a plain form's body (which stays readable for the route).
    static func sentToken(of request: inout Request) async throws -> String? {
        if let header = request.headers[.csrfToken] { return header }
        if let query = request.uri.queryParameters["csrf"] { return String(query) }
        let type = request.headers[.contentType]?.lowercased() ?? ""
        guard type.hasPrefix("application/x-www-form-urlencoded") else { return nil }
        return try await FormData.of(&request)["csrf"]
    }

    /// 32 random bytes as hex.
    public static func newToken() -> String {
        SymmetricKey(size: .bits256).withUnsafeBytes { bytes in bytes.map { String(format: "%02x", $0) }.joined() }
    }

    /// Compares in time that does not depend on where the texts differ.
    static func same(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8)
        let y = Array(b.utf8)
        guard x.count == y.count else { return false }
        var difference: UInt8 = 0
        for index in x.indices { difference |= x[index] ^ y[index] }
        return difference == 0
    }
}
