import Hummingbird
import ServiceKit

/// Lets a page request through when someone is signed in with a role the
/// group allows: signed out, a GET goes to the sign-in page (and back after);
/// a role too low is refused with a 403 page.
public struct PageAccess: RouterMiddleware {
    public typealias Context = GatewayContext

    public enum Need: Sendable {
        /// Viewers and above read, editors and above change (the department's pages).
        case viewerToReadEditorToWrite
        /// Anyone signed in, a submitter included (each route shows only what is theirs).
        case anySignedIn
        case admin
    }

    public let need: Need

    public init(_ need: Need) {
        self.need = need
    }

    public func handle(
        _ request: Request, context: GatewayContext, next: (Request, GatewayContext) async throws -> Response
    ) async throws -> Response {
        guard let identity = context.identity else {
            if request.method == .get || request.method == .head {
                return PageTemplates.redirect(to: "/prisijungimas?toliau=\(Viewer.queryEscaped(request.uri.description))")
            }
            throw PageProblem(
                .unauthorized, Localized(lt: "Prisijunkite ir bandykite dar kartą.", en: "Sign in and try again."))
        }
        let writes = ![.get, .head, .options].contains(request.method)
        let required: Role =
            switch need {
            case .viewerToReadEditorToWrite: writes ? .editor : .viewer
            case .anySignedIn: .submitter
            case .admin: .admin
            }
        guard identity.role >= required else {
            let role = KitStrings.roleName(identity.role)
            let needed = KitStrings.roleName(required)
            throw PageProblem.forbidden(
                Localized(
                    lt: "Jūsų vaidmuo – \(role.lt); tam reikia vaidmens „\(needed.lt)“ ar aukštesnio.",
                    en: "Your role is \(role.en); this needs \(needed.en) or higher."))
        }
        return try await next(request, context)
    }
}
