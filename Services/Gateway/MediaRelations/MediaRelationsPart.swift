import GRDB
import GatewayKit

/// The media-relations part: contacts and lists, press releases and their public feed, journalists' visits, mentions with their import and reports: its tables, the messages it applies, its routes.
public struct MediaRelationsPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        MediaRelationsReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { MediaRelationsReadModel() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) {
        MediaRelationsRoutes(dependencies: dependencies).addRoutes(to: routes)
    }
}
