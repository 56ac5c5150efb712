import GRDB
import GatewayKit

/// The events part: events and their registrations and attendance, the annual plans, demand statistics and the public calendar: its tables, the messages it applies, its routes.
public struct EventsPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        EventsReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { EventsReadModel() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) {
        EventsRoutes(dependencies: dependencies).addRoutes(to: routes)
    }
}
