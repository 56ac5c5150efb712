import GatewayAccounts
import GatewayKit
import Hummingbird
import HummingbirdCore
import Logging

/// The gateway's HTTP side: health, the activity history of any thing (for
/// the staff), then every part's routes — the public API open, the staff's
/// API behind bearer tokens (a viewer reads, an editor writes), both
/// answering `ETag` and `If-None-Match` (`EntityTags`), metrics for admins,
/// and the pages of the web application behind sessions and form tokens. An
/// API error is answered as `application/problem+json`, a page's as a page;
/// a known API path with another method gets 405 (behind the token check:
/// without a token, 401). Every answer carries a `Content-Security-Policy`
/// of `default-src 'self'`;
/// only the public's pages may be framed, by the library's own sites
/// (`publicOrigins`), for which the public API also answers CORS.
///
/// `server` builds the HTTP server: `HTTPServerLimits.server` bounds idle
/// connections and slow request heads, as `HTTPServerLimits.configuration` bounds connections.
public func buildGatewayApplication(
    configuration: ApplicationConfiguration, server: HTTPServerBuilder = .http1(), dependencies: GatewayDependencies
) throws -> some ApplicationProtocol {
    Application(
        router: try buildGatewayRouter(dependencies: dependencies), server: server, configuration: configuration,
        logger: dependencies.logger)
}

/// The router of `buildGatewayApplication`, for tests that need no server.
func buildGatewayRouter(dependencies: GatewayDependencies, parts: [any GatewayPart] = GatewayParts.all) throws -> Router<GatewayContext> {
    try buildGatewayRoutes(dependencies: dependencies, parts: parts).table.router
}

/// Every route of the gateway (`table`, which knows each path and method) and
/// the OpenAPI document of its JSON routes, built from the same registrations.
struct GatewayRoutes {
    let table: RouteTable<GatewayContext>
    let api: APIDescriptions
}

func buildGatewayRoutes(dependencies: GatewayDependencies, parts: [any GatewayPart] = GatewayParts.all) throws -> GatewayRoutes {
    let router = Router(context: GatewayContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: SecurityHeaders())
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: ProblemMiddleware(logger: dependencies.logger))
    router.add(middleware: CommandKeyMiddleware(problems: ProblemMiddleware(logger: dependencies.logger)))
    if let folder = PageTemplates.staticFolder {
        router.add(middleware: FileMiddleware(folder.path, urlBasePath: "/static", searchForIndexHtml: false))
    }
    let routes = RouteTable(router: router)
    let access = dependencies.access
    let api = APIDescriptions()
    let admin = routes.restricted(by: access, to: .role(.admin))
    HealthRoutes(dependencies: dependencies).addRoutes(
        open: DescribedRoutes(.open, "", on: routes, descriptions: api),
        admin: DescribedRoutes(.admin, "", on: admin, descriptions: api))
    let staff = routes.group(behind: access.middleware(requiring: .viewerToReadEditorToWrite) + [EntityTags()])
    ActivityRoutes(dependencies: dependencies).addRoutes(to: DescribedRoutes(.staff, "", on: staff, descriptions: api))
    let pages = try PageGroups(routes: routes, dependencies: dependencies)
    let open = PublicCORSRoutes(table: routes, origins: PublicOrigins(dependencies.publicOrigins), logger: dependencies.logger)
    open.add(middleware: EntityTags())
    let wholeSite = PartRoutes()
    try WholeSitePages(dependencies: dependencies, parts: parts).addRoutes(to: wholeSite)
    for part in parts {
        let partRoutes = PartRoutes()
        try part.addRoutes(to: partRoutes, dependencies: dependencies)
        open.addRoutes(partRoutes.open)
        staff.addRoutes(partRoutes.staff)
        pages.add(partRoutes)
        api.add(contentsOf: partRoutes.api, part: String(describing: type(of: part)).replacingOccurrences(of: "Part", with: ""))
    }
    staff.addRoutes(wholeSite.staff)
    open.addPreflightRoutes()
    pages.add(wholeSite)
    api.add(contentsOf: wholeSite.api, part: "Search")
    APIDocsRoutes.describe(in: api)
    try APIDocsRoutes(document: APIDocument.build(api.routes)).addRoutes(to: routes)
    routes.addMethodNotAllowedRoutes(behind: access.middleware(requiring: .viewerToReadEditorToWrite))
    return GatewayRoutes(table: routes, api: api)
}

/// The page groups: each behind the page errors, the session cookie and the
/// form-token check, then the roles it allows; the public's pages first
/// behind their framing policy and look (`PublicPageFrame`).
struct PageGroups {
    let open: RouterGroup<GatewayContext>
    let publicPages: RouterGroup<GatewayContext>
    let department: RouterGroup<GatewayContext>
    let signedIn: RouterGroup<GatewayContext>
    let admin: RouterGroup<GatewayContext>

    init(routes: RouteTable<GatewayContext>, dependencies: GatewayDependencies) throws {
        let errors = PageErrors(templates: try PageTemplates(folder: nil), logger: dependencies.logger)
        let common: [any MiddlewareProtocol<Request, Response, GatewayContext>] = [
            errors, SessionAuthenticator(sessions: AccountsStore(database: dependencies.database)), CSRFProtection(),
        ]
        open = routes.group(behind: common)
        publicPages = routes.group(behind: [PublicPageFrame(origins: PublicOrigins(dependencies.publicOrigins))] + common)
        department = routes.group(behind: common + [PageAccess(.viewerToReadEditorToWrite)])
        signedIn = routes.group(behind: common + [PageAccess(.anySignedIn)])
        admin = routes.group(behind: common + [PageAccess(.admin)])
    }

    func add(_ routes: PartRoutes) {
        open.addRoutes(routes.openPages)
        publicPages.addRoutes(routes.publicPages)
        department.addRoutes(routes.pages)
        signedIn.addRoutes(routes.signedInPages)
        admin.addRoutes(routes.adminPages)
    }
}
