import Hummingbird

/// Every route of the training service's part of the API:
/// `/api/v1/courses…`, `/api/v1/sessions…` and the public `/api/v1/certificates/{code}`.
struct TrainingRoutes {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: RouteTable<GatewayContext>) {
        CoursesController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/courses"))
        TrainingSessionsController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/sessions"))
        CertificatesController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/certificates"))
    }
}
