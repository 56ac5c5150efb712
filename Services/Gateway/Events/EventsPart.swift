import Foundation
import GRDB
import GatewayKit
import ServiceKit

/// The events part: events and their registrations and attendance, the
/// annual plans, demand statistics and the public calendar: its tables, the
/// messages it applies, its API routes and its pages — the staff's, and the
/// public's (the calendar, an event's page and registration form, the cancel link).
public struct EventsPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        EventsReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { EventsReadModel() }
    public var people: (any PersonalDataHolder)? { RegistrationPeople() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) throws {
        EventsRoutes(dependencies: dependencies).addRoutes(to: routes)
        let templates = try Self.templates()
        let pages = EventsPageController(dependencies: dependencies, templates: templates)
        pages.addRoutes(to: routes)
        EventFormPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        EventActionsPageController(dependencies: dependencies, pages: pages).addRoutes(to: routes)
        PlanPagesController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        PublicEventsPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        CancelLinkPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
    }

    public func startPageSections(for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [PageSection] {
        try await EventsSections(dependencies: dependencies, templates: try Self.templates()).startPage(for: viewer)
    }

    public func search(_ text: String, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [SearchResultGroup] {
        try await EventsSections(dependencies: dependencies, templates: try Self.templates()).search(text, for: viewer)
    }

    public func reportSections(year: Int, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [ReportSection] {
        try await EventsSections(dependencies: dependencies, templates: try Self.templates()).report(year: year, for: viewer)
    }

    /// The part's templates, read once.
    static func templates() throws -> PageTemplates {
        try PageTemplates.cached(
            folder: Bundle.module.resourceURL?.appendingPathComponent("Templates"),
            strings: EventsPageStrings.all.merging(PublicEventsPageStrings.all) { _, publicWords in publicWords })
    }
}
