import Hummingbird
import Logging

/// The gateway's HTTP API: health, events, registrations, plans, demand
/// statistics and the public calendar. Every error is answered as
/// `application/problem+json`; a known path with another method gets 405.
public func buildGatewayApplication(
    configuration: ApplicationConfiguration, dependencies: GatewayDependencies
) -> some ApplicationProtocol {
    Application(
        router: buildGatewayRouter(dependencies: dependencies), configuration: configuration,
        logger: dependencies.logger)
}

/// The router of `buildGatewayApplication`, for tests that need no server.
func buildGatewayRouter(dependencies: GatewayDependencies) -> Router<GatewayContext> {
    let router = Router(context: GatewayContext.self, options: .autoGenerateHeadEndpoints)
    router.add(middleware: MetricsMiddleware())
    router.add(middleware: LogRequestsMiddleware(.debug))
    router.add(middleware: ProblemMiddleware(logger: dependencies.logger))
    router.add(middleware: AccessMiddleware(access: dependencies.access))
    let routes = RouteTable(router: router)
    HealthController(dependencies: dependencies).addRoutes(to: routes)
    EventsController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/events"))
    RegistrationsController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/events/:id"))
    PlansController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/plans"))
    StatsController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/stats"))
    CalendarController(dependencies: dependencies).addRoutes(to: routes)
    SurveysController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/surveys"))
    TrainingRoutes(dependencies: dependencies).addRoutes(to: routes)
    MediaRelationsRoutes(dependencies: dependencies).addRoutes(to: routes)
    CampaignsRoutes.add(to: routes, dependencies: dependencies)
    BrandRoutes.add(dependencies: dependencies, to: routes)
    routes.addMethodNotAllowedRoutes()
    return router
}
