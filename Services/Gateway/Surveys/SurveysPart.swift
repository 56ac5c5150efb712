import GRDB
import GatewayKit

/// The surveys part: surveys and polls, their public answering, results and CSV export: its tables, the messages it applies, its routes.
public struct SurveysPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        SurveysReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { SurveysReadModel() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) {
        SurveysRoutes(dependencies: dependencies).addRoutes(to: routes)
    }
}
