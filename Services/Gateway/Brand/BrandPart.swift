import Foundation
import GRDB
import GatewayKit

/// The brand part: assets, collections, publications, and the alerts of
/// expiring rights: its tables, the messages it applies, its API routes and its pages.
public struct BrandPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        BrandReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { BrandReadModel() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) throws {
        BrandRoutes(dependencies: dependencies).addRoutes(to: routes)
        let templates = try Self.templates()
        let pages = BrandPagesController(dependencies: dependencies, templates: templates)
        pages.addRoutes(to: routes)
        AssetFormPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        AssetActionsPageController(dependencies: dependencies, pages: pages).addRoutes(to: routes)
        CollectionsPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        PublicationsPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
    }

    public func startPageSections(for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [PageSection] {
        try await BrandSections(dependencies: dependencies, templates: try Self.templates()).startPage(for: viewer)
    }

    public func search(_ text: String, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [SearchResultGroup] {
        try await BrandSections(dependencies: dependencies, templates: try Self.templates()).search(text, for: viewer)
    }

    public func reportSections(year: Int, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [ReportSection] {
        try await BrandSections(dependencies: dependencies, templates: try Self.templates()).report(year: year, for: viewer)
    }

    /// The part's templates, read once.
    static func templates() throws -> PageTemplates {
        try PageTemplates.cached(folder: Bundle.module.resourceURL?.appendingPathComponent("Templates"), strings: BrandPageStrings.all)
    }
}
