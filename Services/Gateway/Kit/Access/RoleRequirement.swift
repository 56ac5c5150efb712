import Hummingbird
import ServiceKit

/// Lets a request of a route group through when its identity has the role
/// the group needs: 401 (problem+json, with `WWW-Authenticate`) without an
/// identity, 403 with a role too low.
public struct RoleRequirement: RouterMiddleware {
    public typealias Context = GatewayContext

    /// What a group needs.
    public enum Need: Sendable, Equatable {
        /// This role or a higher one, whatever the method.
        case role(Role)
        /// The staff's routes: a viewer reads (GET, HEAD, OPTIONS), an editor writes.
        case viewerToReadEditorToWrite
    }

    public let need: Need

    public init(_ need: Need) {
        self.need = need
    }

    /// The role `request` needs.
    public func requiredRole(for method: HTTPRequest.Method) -> Role {
        switch need {
        case .role(let role): role
        case .viewerToReadEditorToWrite: [.get, .head, .options].contains(method) ? .viewer : .editor
        }
    }

    public func handle(
        _ request: Request, context: GatewayContext, next: (Request, GatewayContext) async throws -> Response
    ) async throws -> Response {
        let required = requiredRole(for: request.method)
        guard let identity = context.identity else {
            throw Problem.unauthorized(
                "this route needs a bearer token (Authorization: Bearer <token>) of a \(required.rawValue) or higher")
        }
        guard identity.role >= required else {
            let who = identity.name.isEmpty ? "this token" : identity.name
            throw Problem.forbidden("\(who) is a \(identity.role.rawValue); this needs a \(required.rawValue) or higher")
        }
        return try await next(request, context)
    }
}
