import GRDB
import Hummingbird
import ServiceKit

/// One part of the gateway (events, campaigns …): its tables, the messages
/// it applies to them, its API routes and its pages. `GatewayParts.all`
/// lists them; that one list drives migrations, consumption, routing and
/// access. A part reads and writes only its own tables; what it needs of
/// another service it learns by applying that service's messages itself.
public protocol GatewayPart: Sendable {
    /// Registers the part's migrations. Shipped migrations are never edited:
    /// a change is a new migration.
    func registerMigrations(in migrator: inout DatabaseMigrator)
    /// Applies the messages the part keeps something of.
    var readModel: any ReadModelPart { get }
    /// Adds the part's routes to the groups of `routes`.
    func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) throws
    /// The part's sections of the start page (this week, what waits, alerts, numbers), newest data.
    func startPageSections(for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [PageSection]
    /// What the part has that matches `text` (diacritics ignored), for the search box.
    func search(_ text: String, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [SearchResultGroup]
    /// The part's section of the annual report of `year`.
    func reportSections(year: Int, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [ReportSection]
    /// What the part's tables keep on people (names, addresses), to export
    /// and erase by address (`GatewayPeople`); `nil` when they keep none.
    var people: (any PersonalDataHolder)? { get }
}

extension GatewayPart {
    public var people: (any PersonalDataHolder)? { nil }
}

/// Where a part puts its routes; the gateway puts each collection behind its checks.
public struct PartRoutes {
    /// API routes anyone may use without an account: the public calendar and
    /// feeds, answering a survey, checking a certificate; and the RFC 8058
    /// one-click unsubscribe POST, which a mail program sends with no page,
    /// cookie or form token (its signed link is what allows it).
    public let open = RouteCollection(context: GatewayContext.self)
    /// API routes of the department's staff (bearer tokens): a viewer reads, an editor writes.
    public let staff = RouteCollection(context: GatewayContext.self)
    /// The department's pages (sessions, form tokens): a viewer reads, an editor changes.
    public let pages = RouteCollection(context: GatewayContext.self)
    /// Pages for anyone signed in, submitters of other units included: each shows only what is theirs.
    public let signedInPages = RouteCollection(context: GatewayContext.self)
    /// Pages for admins only (operations, accounts).
    public let adminPages = RouteCollection(context: GatewayContext.self)
    /// Pages without an account (signing in); form tokens are still checked.
    public let openPages = RouteCollection(context: GatewayContext.self)
    /// The public's pages (no account): upcoming events and registering, surveys, the training
    /// catalogue and enrolling, certificates, the press room. Form tokens are checked; the
    /// library's own sites (`GatewayDependencies.publicOrigins`) may frame them.
    public let publicPages = RouteCollection(context: GatewayContext.self)
    /// The operations of the part's JSON routes (`described(_:_:)`), for the OpenAPI document.
    public let api = APIDescriptions()

    public init() {}
}
