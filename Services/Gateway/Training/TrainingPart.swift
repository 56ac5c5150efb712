import GRDB
import GatewayKit

/// The training part: courses, sessions with enrolments and attendance, and the public check of a certificate: its tables, the messages it applies, its routes.
public struct TrainingPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        TrainingReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { TrainingReadModel() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) {
        TrainingRoutes(dependencies: dependencies).addRoutes(to: routes)
    }
}
