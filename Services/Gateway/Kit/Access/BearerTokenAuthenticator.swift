import Hummingbird
import HummingbirdAuth
import ServiceKit

/// Reads `Authorization: Bearer <token>` and sets the request's identity
/// from the token file. No header leaves the identity empty (the role check
/// answers 401); a token the file does not know is 401 at once.
public struct BearerTokenAuthenticator: AuthenticatorMiddleware {
    public typealias Context = GatewayContext

    public let tokens: TokenFile

    public init(tokens: TokenFile) {
        self.tokens = tokens
    }

    public func authenticate(request: Request, context: GatewayContext) async throws -> StaffIdentity? {
        guard let header = request.headers[.authorization] else { return nil }
        let parts = header.split(separator: " ", maxSplits: 1)
        guard parts.count == 2, parts[0].lowercased() == "bearer",
            let entry = tokens.entry(for: String(parts[1]).trimmingCharacters(in: .whitespaces))
        else {
            throw Problem.unauthorized("the bearer token is not known")
        }
        return StaffIdentity(name: entry.name, role: entry.role)
    }
}
