import FileStore
import Foundation
import Logging
import ServiceKit
import SignedLinks
import Store

/// What the HTTP API needs from the gateway's main: its read model, a way to
/// send commands, the consumer's progress and readiness.
public struct GatewayDependencies: Sendable {
    /// The read model's database.
    public var database: ServiceDatabase
    /// Sends commands to the services, and an admin's control requests
    /// (status, dead letters and their retry: see the operations part).
    public var commands: CommandClient
    /// Answers the gateway's own control requests: what its ROUTER answers
    /// `komunikactl`, and what the operations page shows of the gateway.
    public var control: ControlHandler
    /// Tells when the consumer has applied a given `seq`.
    public var waiter: AppliedSeqWaiter
    /// `true` once the read model has caught up and the bus is connected.
    public var isReady: @Sendable () async -> Bool
    public var logger: Logger
    /// Who may use which route: bearer tokens in the running gateway.
    public var access: AccessControl
    /// The gateway's address as people open it (`KOMUNIKA_PUBLIC_URL`): what links in pages and e-mails start with.
    public var publicURL: String
    /// The brand service's file store, shared: uploads are streamed into its
    /// `incoming/` folder and downloads streamed from it. `nil`: file routes answer 503.
    public var brandFiles: ContentStore?
    /// Signs and checks the links in e-mails (cancel one's registration, unsubscribe), shared with the mail service.
    public var linkSecret: LinkSecret
    /// The library's own sites (`KOMUNIKA_PUBLIC_ORIGINS`, e.g. `https://www.lnb.lt`): the public JSON
    /// routes answer CORS for them, and they may frame the public pages.
    public var publicOrigins: [String]
    /// The per-address limit of the public forms' posts (`RateLimitMiddleware`), shared by every public form.
    public var publicPosts: PublicPostLimit

    public init(
        database: ServiceDatabase, commands: CommandClient, waiter: AppliedSeqWaiter,
        isReady: @escaping @Sendable () async -> Bool, logger: Logger, access: AccessControl = .open,
        publicURL: String = "http://127.0.0.1:8080", brandFiles: ContentStore? = nil, control: ControlHandler? = nil,
        linkSecret: LinkSecret = LinkSecret(UUID().uuidString + UUID().uuidString), publicOrigins: [String] = [],
        publicPosts: PublicPostLimit = PublicPostLimit()
    ) {
        self.publicPosts = publicPosts
        self.linkSecret = linkSecret
        self.publicOrigins = publicOrigins
        self.control = control ?? ControlHandler(service: .gateway, database: database, relay: nil, consumer: nil)
        self.access = access
        self.publicURL = publicURL
        self.brandFiles = brandFiles
        self.database = database
        self.commands = commands
        self.waiter = waiter
        self.isReady = isReady
        self.logger = logger
    }
}
