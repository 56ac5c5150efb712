import Foundation
import Hummingbird

/// Which address a request comes from, for rate limits. It is the
/// connection's remote address, unless that address is one of
/// `trustedProxies` (`KOMUNIKA_TRUSTED_PROXIES`): then `X-Forwarded-For` is
/// read from the right, skipping the trusted proxies, and the first other
/// address is the client. A client's own `X-Forwarded-For` is never
/// believed: without a trusted proxy in front, the header is ignored.
public struct ClientAddresses: Sendable, Equatable {
    public var trustedProxies: Set<String>

    public init(trustedProxies: [String] = []) {
        self.trustedProxies = Set(trustedProxies)
    }

    /// The client of a connection from `remote` with the `forwardedFor`
    /// headers (each a comma-separated list). `"unknown"` without a remote address.
    public func client(remote: String?, forwardedFor: [String]) -> String {
        guard let remote else { return "unknown" }
        guard trustedProxies.contains(remote) else { return remote }
        let hops = forwardedFor.flatMap { $0.split(separator: ",") }
            .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        return hops.reversed().first { !trustedProxies.contains($0) } ?? remote
    }

    public func client(of request: Request, context: GatewayContext) -> String {
        client(remote: context.remoteAddress, forwardedFor: request.headers[values: .xForwardedFor])
    }
}
