import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// The operations part: the admins' page of every service's status and dead
/// letters (`/operacijos`), asked over the bus as `komunikactl` asks, and the
/// admins' dead-letter alert on the start page; and the page of a person's
/// data (`/operacijos/zmones`: export and erasure across every service). It has no tables and applies
/// no messages.
public struct OperationsPart: GatewayPart {
    public init() {}

    /// It keeps nothing of its own.
    public func registerMigrations(in migrator: inout DatabaseMigrator) {}

    /// It applies no messages.
    public var readModel: any ReadModelPart { NoMessages() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) throws {
        let control = OperationsControl(dependencies: dependencies)
        OperationsPageController(control: control, templates: try Self.templates()).addRoutes(to: routes)
        PeoplePageController(control: control, templates: try Self.templates()).addRoutes(to: routes)
    }

    /// For admins only: the services with dead letters (and those not answering), linking to `/operacijos`.
    public func startPageSections(for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [PageSection] {
        guard viewer.isAdmin else { return [] }
        let statuses = await OperationsControl(dependencies: dependencies).statuses(timeout: OperationsControl.startPageTimeout)
        guard let html = OperationsViews.alert(statuses, templates: try Self.templates(), viewer: viewer) else { return [] }
        return [PageSection(order: 5, html: html)]
    }

    /// The part's templates, read once.
    static func templates() throws -> PageTemplates { try OperationsTemplates.loaded.get() }

    struct NoMessages: ReadModelPart {
        func applyIfOwn(_ envelope: Envelope, in db: Database) throws -> Bool { false }
        func tables(filledBy source: String) -> [String] { [] }
    }
}

enum OperationsTemplates {
    static let loaded: Result<PageTemplates, any Error> = Result {
        try PageTemplates.cached(
            folder: Bundle.module.resourceURL?.appendingPathComponent("Templates"),
            strings: OperationsPageStrings.all.merging(PeoplePageStrings.all) { first, _ in first })
    }
}
