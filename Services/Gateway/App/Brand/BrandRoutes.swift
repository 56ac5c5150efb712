/// Every route of the brand part of the API, added with one line from `buildGatewayRouter`.
enum BrandRoutes {
    static func add(dependencies: GatewayDependencies, to routes: RouteTable<GatewayContext>) {
        BrandAssetsController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/brand/assets"))
        BrandCollectionsController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/brand/collections"))
        BrandPublicationsController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/brand/publications"))
        AlertsController(dependencies: dependencies).addRoutes(to: routes)
    }
}
