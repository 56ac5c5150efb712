import Hummingbird

/// Every route of the campaigns part: campaigns, marketing plans,
/// submissions and the content calendar.
enum CampaignsRoutes {
    static func add(to routes: RouteTable<GatewayContext>, dependencies: GatewayDependencies) {
        CampaignsController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/campaigns"))
        MarketingPlansController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/marketing-plans"))
        SubmissionsController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/submissions"))
        ContentCalendarController(dependencies: dependencies).addRoutes(to: routes)
    }
}
