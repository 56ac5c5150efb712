import Foundation
import Logging
import MessageSchema

/// What a service's `main` reads from its environment:
/// `KOMUNIKA_DATA_DIR` (default `./data`), `KOMUNIKA_LOG_LEVEL` (default `info`),
/// and the topology's addresses.
public struct ServiceConfig: Sendable {
    public var service: ServiceName
    public var dataDirectory: String
    public var topology: Topology
    public var logLevel: Logger.Level
    /// The whole environment, for settings of one part (`KOMUNIKA_IDEMPOTENCY_RETENTION_HOURS` …).
    public var environment: [String: String]

    public init(service: ServiceName, environment: [String: String] = ProcessInfo.processInfo.environment) {
        self.service = service
        self.environment = environment
        self.dataDirectory = environment["KOMUNIKA_DATA_DIR"] ?? "./data"
        self.topology = Topology(environment: environment)
        self.logLevel = environment["KOMUNIKA_LOG_LEVEL"].flatMap(Logger.Level.init(rawValue:)) ?? .info
    }

    /// `<data>/<service>.sqlite`.
    public var databasePath: String {
        URL(fileURLWithPath: dataDirectory).appendingPathComponent("\(service.rawValue).sqlite").path
    }
}
