import GRDB
import GatewayAccounts
import GatewayBrand
import GatewayCampaigns
import GatewayEvents
import GatewayKit
import GatewayMail
import GatewayMediaRelations
import GatewayOperations
import GatewaySurveys
import GatewayTraining

/// Every part of the gateway, in the order their migrations run: the one
/// list that drives migrations, consumption and routing. A new part is one
/// line here (and its target in `Package.swift`).
public enum GatewayParts {
    public static let all: [any GatewayPart] = [
        EventsPart(), SurveysPart(), TrainingPart(), MediaRelationsPart(), CampaignsPart(), BrandPart(), AccountsPart(),
        OperationsPart(), MailPart(),
    ]

    /// The activity history's table (the kernel's, which every part's
    /// messages feed), then every part's migrations, in the order of `all`.
    public static func registerMigrations(in migrator: inout DatabaseMigrator) {
        ActivitySchema.register(in: &migrator)
        for part in all { part.registerMigrations(in: &migrator) }
    }
}

extension GatewayParts {
    /// What the read model keeps on people, over every part that keeps some.
    public static var people: GatewayPeople { GatewayPeople(parts: all.compactMap(\.people)) }
}

extension GatewayReadModel {
    /// The read model of every part.
    public static var all: GatewayReadModel {
        GatewayReadModel(parts: GatewayParts.all.map(\.readModel))
    }
}
