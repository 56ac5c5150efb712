import GatewayKit

/// Every route of the events part: events and their registrations and attendance, the annual plans, demand statistics and the public calendar.
struct EventsRoutes {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        EventsController(dependencies: dependencies).addRoutes(to: routes)
        RegistrationsController(dependencies: dependencies).addRoutes(to: routes)
        PlansController(dependencies: dependencies).addRoutes(to: routes)
        StatsController(dependencies: dependencies).addRoutes(to: routes)
        CalendarController(dependencies: dependencies).addRoutes(to: routes)
        PublicEventsController(dependencies: dependencies).addRoutes(to: routes)
        EventExportsController(dependencies: dependencies).addRoutes(to: routes)
    }
}
