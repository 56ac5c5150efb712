import Foundation
import Logging

/// The process's log level, changeable while it runs (`komunikactl log-level`).
public final class LogLevelControl: @unchecked Sendable {
    public static let shared = LogLevelControl()
    private let lock = NSLock()
    private var current: Logger.Level = .info

    public var level: Logger.Level {
        get { lock.withLock { current } }
        set { lock.withLock { current = newValue } }
    }
}

/// Logs to standard error, one line a record, at the level `LogLevelControl` holds.
public struct ServiceLogHandler: LogHandler {
    private var inner: StreamLogHandler
    public var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    public var logLevel: Logger.Level {
        get { LogLevelControl.shared.level }
        set { LogLevelControl.shared.level = newValue }
    }

    public init(label: String) {
        inner = StreamLogHandler.standardError(label: label)
        inner.logLevel = .trace
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    public func log(event: LogEvent) {
        guard event.level >= LogLevelControl.shared.level else { return }
        inner.log(event: event)
    }
}

public enum ServiceLogging {
    /// Sets up swift-log once per process.
    public static func bootstrap(level: Logger.Level) {
        LogLevelControl.shared.level = level
        LoggingSystem.bootstrap { label in ServiceLogHandler(label: label) }
    }
}
