import GRDB
import Hummingbird
import HummingbirdAuth

/// The request context of every route: Hummingbird's core context and, on
/// the staff's routes, who the request acts for.
public struct GatewayContext: AuthRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `BearerTokenAuthenticator`; `nil` on public routes and with open access.
    public var identity: StaffIdentity?

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.identity = nil
    }
}

extension GatewayDependencies {
    /// Reads the read model in one consistent snapshot.
    public func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await database.writer.read(body)
    }
}
