import GatewayKit
import Hummingbird
import Logging

/// The gateway's HTTP API: health, the activity history of any thing (for
/// the staff), then every part's routes — the public
/// ones open, the staff's behind bearer tokens (a viewer reads, an editor
/// writes), metrics for admins. Every error is answered as
/// `application/problem+json`; a known path with another method gets 405
/// (behind the token check: without a token, 401).
public func buildGatewayApplication(
    configuration: ApplicationConfiguration, dependencies: GatewayDependencies
) -> some ApplicationProtocol {
    Application(
        router: buildGatewayRouter(dependencies: dependencies), configuration: configuration,
        logger: dependencies.logger)
}

/// The router of `buildGatewayApplication`, for tests that need no server.
func buildGatewayRouter(dependencies: GatewayDependencies, parts: [any GatewayPart] = GatewayParts.all) -> Router<GatewayContext> {
    let router = Router(context: GatewayContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: ProblemMiddleware(logger: dependencies.logger))
    let routes = RouteTable(router: router)
    let access = dependencies.access
    HealthRoutes(dependencies: dependencies).addRoutes(open: routes, admin: routes.restricted(by: access, to: .role(.admin)))
    let staff = routes.restricted(by: access, to: .viewerToReadEditorToWrite)
    ActivityRoutes(dependencies: dependencies).addRoutes(to: staff)
    for part in parts {
        let partRoutes = PartRoutes()
        part.addRoutes(to: partRoutes, dependencies: dependencies)
        routes.addRoutes(partRoutes.open)
        staff.addRoutes(partRoutes.staff)
    }
    routes.addMethodNotAllowedRoutes(behind: access.middleware(requiring: .viewerToReadEditorToWrite))
    return router
}
