import Foundation
import Hummingbird
import HummingbirdCore
import Logging
import NIOCore

/// What bounds the gateway's HTTP server, so that slow or idle clients cannot
/// hold it: each from an environment variable, in seconds or a count.
///
/// - `KOMUNIKA_HTTP_IDLE_TIMEOUT` (default 60): a connection with no request
///   for that long (kept alive, or opened and silent), or whose request body
///   stops arriving for that long, is closed.
/// - `KOMUNIKA_HTTP_HEADER_TIMEOUT` (default 10): a request's line and
///   headers must arrive in full within that from their first byte, or the
///   connection is closed (a client trickling its headers a byte at a time).
/// - `KOMUNIKA_HTTP_MAX_CONNECTIONS` (default 512): open connections at
///   once; beyond it the server stops accepting, so new connections wait in
///   the listen queue until one closes, and are then answered.
public struct HTTPServerLimits: Sendable, Equatable {
    public var idleTimeout: Duration
    public var headerTimeout: Duration
    public var maxConnections: Int

    public init(idleTimeout: Duration = .seconds(60), headerTimeout: Duration = .seconds(10), maxConnections: Int = 512) {
        self.idleTimeout = idleTimeout
        self.headerTimeout = headerTimeout
        self.maxConnections = maxConnections
    }

    /// From the environment; a value that is not a whole number above zero is an error naming the variable.
    public static func from(environment: [String: String]) throws -> HTTPServerLimits {
        var limits = HTTPServerLimits()
        if let seconds = try number("KOMUNIKA_HTTP_IDLE_TIMEOUT", environment) { limits.idleTimeout = .seconds(seconds) }
        if let seconds = try number("KOMUNIKA_HTTP_HEADER_TIMEOUT", environment) { limits.headerTimeout = .seconds(seconds) }
        if let count = try number("KOMUNIKA_HTTP_MAX_CONNECTIONS", environment) { limits.maxConnections = count }
        return limits
    }

    private static func number(_ name: String, _ environment: [String: String]) throws -> Int? {
        guard let text = environment[name]?.trimmingCharacters(in: .whitespaces), !text.isEmpty else { return nil }
        guard let value = Int(text), value > 0 else { throw HTTPServerLimitsError(name: name, text: text) }
        return value
    }

    /// The server configuration at `address`, accepting at most `maxConnections` at once.
    public func configuration(address: BindAddress, serverName: String, logger: Logger) -> ApplicationConfiguration {
        ApplicationConfiguration(
            address: address, serverName: serverName,
            availableConnectionsDelegate: MaximumAvailableConnections(maxConnections, logger: logger))
    }

    /// HTTP/1.1 with the idle timeout and the request-head deadline.
    public var server: HTTPServerBuilder {
        let limits = self
        return HTTPServerBuilder { responder in
            HeadTimedHTTP1Channel(
                responder: responder, idleTimeout: TimeAmount(limits.idleTimeout),
                headerTimeout: TimeAmount(limits.headerTimeout))
        }
    }
}

public struct HTTPServerLimitsError: Error, CustomStringConvertible {
    public var name: String
    public var text: String
    public var description: String { "\(name) must be a whole number above zero, not '\(text)'" }
}
