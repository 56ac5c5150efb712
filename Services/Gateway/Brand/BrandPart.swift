import GRDB
import GatewayKit

/// The brand part: assets, collections, publications, and the alerts of expiring rights: its tables, the messages it applies, its routes.
public struct BrandPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        BrandReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { BrandReadModel() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) {
        BrandRoutes(dependencies: dependencies).addRoutes(to: routes)
    }
}
