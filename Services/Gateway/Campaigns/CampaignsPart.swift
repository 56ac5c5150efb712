import GRDB
import GatewayKit

/// The campaigns part: campaigns, marketing plans, submissions and the content calendar: its tables, the messages it applies, its routes.
public struct CampaignsPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        CampaignsReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { CampaignsReadModel() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) {
        CampaignsRoutes(dependencies: dependencies).addRoutes(to: routes)
    }
}
