import Foundation
import GRDB
import Hummingbird
import HummingbirdAuth

/// The request context of every route: Hummingbird's core context and, on
/// the staff's routes, who the request acts for.
public struct GatewayContext: AuthRequestContext, RequestContext {
    public var coreContext: CoreRequestContextStorage
    /// Set by `BearerTokenAuthenticator` on the API and by `SessionAuthenticator`
    /// on pages; `nil` on public routes and with open access.
    public var identity: StaffIdentity?
    /// The token every form of a page sends back (`CSRFProtection` checks it):
    /// the session's when signed in, else the visitor's `komunika_csrf` cookie.
    public var csrfToken: String?
    /// The session cookie's token of a signed-in page request (sign-out ends it).
    public var sessionToken: String?
    /// `true` on the public's pages (`PublicPageFrame` sets it): the layout shows the public
    /// navigation, not the staff's.
    public var isPublicPage = false
    /// The connection's remote IP address (`nil` in router tests): see `ClientAddresses` for the client's.
    public var remoteAddress: String?

    public init(source: Source) {
        self.coreContext = .init(source: source)
        self.identity = nil
        self.remoteAddress = source.channel.remoteAddress?.ipAddress
    }

    /// Hummingbird's JSON encoder (ISO 8601 dates) with its keys sorted: the
    /// same data is always the same bytes, so `EntityTags` tags it the same.
    public var responseEncoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }
}

extension GatewayDependencies {
    /// Reads the read model in one consistent snapshot.
    public func read<T: Sendable>(_ body: @escaping @Sendable (Database) throws -> T) async throws -> T {
        try await database.writer.read(body)
    }
}
