import GatewayKit

/// Every route of the campaigns part: campaigns, marketing plans, submissions and the content calendar.
struct CampaignsRoutes {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        CampaignsController(dependencies: dependencies).addRoutes(to: routes)
        MarketingPlansController(dependencies: dependencies).addRoutes(to: routes)
        SubmissionsController(dependencies: dependencies).addRoutes(to: routes)
        ContentCalendarController(dependencies: dependencies).addRoutes(to: routes)
    }
}
