import Hummingbird

/// In front of the public's pages (`PartRoutes.publicPages`), error pages
/// included: marks the request as a public page (the layout shows the public
/// navigation) and lets the library's own sites frame the answer — a
/// `Content-Security-Policy` whose `frame-ancestors` is `'self'` and the
/// configured origins, which `SecurityHeaders` keeps. Every other page stays
/// unframable (`frame-ancestors 'none'`, `X-Frame-Options: DENY`).
public struct PublicPageFrame: RouterMiddleware {
    public typealias Context = GatewayContext

    /// The policy of every public page.
    public let contentSecurityPolicy: String

    public init(origins: PublicOrigins) {
        let sources = (["'self'"] + origins.origins).joined(separator: " ")
        contentSecurityPolicy = SecurityHeaders<GatewayContext>.contentSecurityPolicy(frameAncestors: sources)
    }

    public func handle(
        _ request: Request, context: GatewayContext, next: (Request, GatewayContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        context.isPublicPage = true
        var response = try await next(request, context)
        response.headers[.contentSecurityPolicy] = contentSecurityPolicy
        response.headers[.xFrameOptions] = nil
        return response
    }
}
