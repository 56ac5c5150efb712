import GRDB
import Hummingbird

/// One part of the gateway (events, campaigns …): its tables, the messages
/// it applies to them, and its routes. `GatewayParts.all` lists them; that
/// one list drives migrations, consumption, routing and access. A part reads
/// and writes only its own tables; what it needs of another service it
/// learns by applying that service's messages itself.
public protocol GatewayPart: Sendable {
    /// Registers the part's migrations. Shipped migrations are never edited:
    /// a change is a new migration.
    func registerMigrations(in migrator: inout DatabaseMigrator)
    /// Applies the messages the part keeps something of.
    var readModel: any ReadModelPart { get }
    /// Adds the part's routes: the public ones to `routes.open`, the staff's to `routes.staff`.
    func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies)
}

/// Where a part puts its routes. The gateway adds `open` as it is and
/// `staff` behind the bearer token and role checks.
public struct PartRoutes {
    /// Routes anyone may use without an account: the public calendar and
    /// feeds, answering a survey, checking a certificate.
    public let open = RouteCollection(context: GatewayContext.self)
    /// Routes of the department's staff: a viewer reads, an editor writes.
    public let staff = RouteCollection(context: GatewayContext.self)

    public init() {}
}
