import GatewayKit

/// Every route of the brand part: assets, collections, publications, and the alerts of expiring rights.
struct BrandRoutes {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        BrandAssetsController(dependencies: dependencies).addRoutes(to: routes)
        BrandCollectionsController(dependencies: dependencies).addRoutes(to: routes)
        BrandPublicationsController(dependencies: dependencies).addRoutes(to: routes)
        AlertsController(dependencies: dependencies).addRoutes(to: routes)
    }
}
