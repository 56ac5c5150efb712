import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The mail part: what the mail service says of its mails. Admins see the
/// mails it gave up on with the relay's answer (`/operacijos/laiskai`,
/// linked from the operations page and, when there are any, the start
/// page); everyone's start page says so when no relay is set and mails are
/// only written to `data/mail/`. A failed mail's recipient is erased with
/// the person (`MailFailurePeople`).
public struct MailPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        MailReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { MailReadModel() }

    public var people: (any PersonalDataHolder)? { MailFailurePeople() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) throws {
        MailPageController(dependencies: dependencies, templates: try Self.templates.get()).addRoutes(to: routes)
    }

    public func startPageSections(for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [PageSection] {
        let (delivery, failures) = try await dependencies.read { db in
            (try MailQueries.delivery(in: db), try MailQueries.failureCount(in: db))
        }
        guard let data = MailViews.home(delivery: delivery, failures: failures, viewer: viewer) else { return [] }
        return [PageSection(order: 6, html: try Self.templates.get().renderFragment("mail-home", data: data, for: viewer))]
    }

    public func search(
        _ text: String, for viewer: Viewer, dependencies: GatewayDependencies
    ) async throws
        -> [SearchResultGroup]
    { [] }

    public func reportSections(
        year: Int, for viewer: Viewer, dependencies: GatewayDependencies
    ) async throws
        -> [ReportSection]
    { [] }

    static let templates: Result<PageTemplates, any Error> = Result {
        try PageTemplates.cached(
            folder: Bundle.module.resourceURL?.appendingPathComponent("Templates"), strings: MailPageStrings.all)
    }
}
