import Hummingbird

/// Puts on every answer what keeps a page to its own site: a
/// `Content-Security-Policy` of `default-src 'self'` (nothing is loaded
/// from another site, no inline script or style), no framing, no MIME
/// sniffing, no referrer to other sites. An answer that already has a
/// policy (the public pages' `PublicPageFrame`, which lets the library's own
/// sites frame them) keeps it, and its framing is left to that policy: no
/// `X-Frame-Options` is added to it.
public struct SecurityHeaders<Context: RequestContext>: RouterMiddleware {
    public static var contentSecurityPolicy: String { contentSecurityPolicy(frameAncestors: "'none'") }

    /// The policy with `frame-ancestors` of `sources` (`'none'`, or `'self' https://www.lnb.lt`).
    public static func contentSecurityPolicy(frameAncestors sources: String) -> String {
        "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors \(sources); base-uri 'self'; object-src 'none'"
    }

    public init() {}

    public func handle(_ request: Request, context: Context, next: (Request, Context) async throws -> Response) async throws -> Response {
        var response = try await next(request, context)
        if response.headers[.contentSecurityPolicy] == nil {
            response.headers[.contentSecurityPolicy] = Self.contentSecurityPolicy
            if response.headers[.xFrameOptions] == nil { response.headers[.xFrameOptions] = "DENY" }
        }
        response.headers[.xContentTypeOptions] = "nosniff"
        response.headers[.referrerPolicy] = "same-origin"
        return response
    }
}
