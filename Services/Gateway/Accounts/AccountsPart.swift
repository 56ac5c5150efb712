import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// The accounts part: the staff's personal accounts, one-time sign-in links
/// and sessions in the gateway's own tables (not built from messages), the
/// sign-in pages and the admins' page of accounts.
public struct AccountsPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        AccountsSchema.register(in: &migrator)
    }

    /// It applies no messages.
    public var readModel: any ReadModelPart { NoMessages() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) throws {
        let store = AccountsStore(database: dependencies.database)
        let templates = try Self.templates()
        SignInController(store: store, templates: templates).addRoutes(to: routes)
        AccountsPageController(dependencies: dependencies, store: store, templates: templates).addRoutes(to: routes)
    }

    static func templates() throws -> PageTemplates {
        try PageTemplates.cached(folder: Bundle.module.resourceURL?.appendingPathComponent("Templates"), strings: AccountsPageStrings.all)
    }

    struct NoMessages: ReadModelPart {
        func applyIfOwn(_ envelope: Envelope, in db: Database) throws -> Bool { false }
        func tables(filledBy source: String) -> [String] { [] }
    }
}
