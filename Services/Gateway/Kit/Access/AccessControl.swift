import Hummingbird
import ServiceKit

/// Who may use the JSON API's staff routes: `.tokens` asks for a bearer
/// token of a sufficient role; `.open` lets everything through (tests of
/// one part's routes). Pages always need a session (`PageAccess`).
public enum AccessControl: Sendable {
    case open
    case tokens(TokenFile)

    /// What a route group of the staff runs before its routes: the bearer
    /// token's authentication, then the role check. None with `.open`.
    public func middleware(requiring need: RoleRequirement.Need) -> [any MiddlewareProtocol<Request, Response, GatewayContext>] {
        guard case .tokens(let file) = self else { return [] }
        return [BearerTokenAuthenticator(tokens: file), RoleRequirement(need)]
    }
}

extension RouterMethods where Context == GatewayContext {
    /// A group of routes behind `access`'s checks for `need`.
    public func restricted(by access: AccessControl, to need: RoleRequirement.Need) -> RouterGroup<GatewayContext> {
        group(behind: access.middleware(requiring: need))
    }

    /// A group of routes behind `middleware`, in order.
    public func group(behind middleware: [any MiddlewareProtocol<Request, Response, GatewayContext>]) -> RouterGroup<GatewayContext> {
        let group = self.group()
        for middleware in middleware {
            group.add(middleware: middleware)
        }
        return group
    }
}
