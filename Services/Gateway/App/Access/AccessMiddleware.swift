import ServiceKit
import Hummingbird

/// Who may do what through the HTTP API: `.tokens` asks for a bearer token
/// of a sufficient role on every route that is not public; `.open` lets
/// everything through (tests of one controller).
public enum AccessControl: Sendable {
    case open
    case tokens(TokenFile)
}

/// Answers 401 (no or unknown token) or 403 (a role too low) as
/// problem+json before the route runs.
struct AccessMiddleware<Context: RequestContext>: RouterMiddleware {
    let access: AccessControl

    func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        guard case .tokens(let file) = access,
            let required = AccessRules.requiredRole(request.method, request.uri.path)
        else { return try await next(request, context) }
        guard let header = request.headers[.authorization] else {
            throw Problem.unauthorized("this route needs a bearer token (Authorization: Bearer <token>) of a \(required.rawValue) or higher")
        }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer", let entry = file.entry(for: String(parts[1]).trimmingCharacters(in: .whitespaces)) else {
            throw Problem.unauthorized("the bearer token is not known")
        }
        guard entry.role >= required else {
            throw Problem.forbidden("\(entry.name.isEmpty ? "this token" : entry.name) is a \(entry.role.rawValue); this needs a \(required.rawValue) or higher")
        }
        return try await next(request, context)
    }
}
