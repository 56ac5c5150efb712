import Hummingbird

/// Reads the session cookie of a page request and sets who is signed in and
/// the session's form token. No cookie, or one whose session ended, leaves
/// the request signed out (`PageAccess` sends it to the sign-in page).
public struct SessionAuthenticator: RouterMiddleware {
    public typealias Context = GatewayContext

    public let sessions: any SessionStore

    public init(sessions: any SessionStore) {
        self.sessions = sessions
    }

    public func handle(
        _ request: Request, context: GatewayContext, next: (Request, GatewayContext) async throws -> Response
    ) async throws -> Response {
        var context = context
        if let token = request.cookies[SessionCookie.name]?.value, !token.isEmpty,
            let session = try await sessions.session(token: token)
        {
            context.identity = session.identity
            context.csrfToken = session.csrfToken
            context.sessionToken = token
        }
        return try await next(request, context)
    }
}
