import Foundation
import GRDB
import Logging
import MessageSchema
import ServiceKit
import ServiceLifecycle
import Store

/// Closes open surveys whose `closesAt` has passed, checking every
/// `interval`: each is set closed with `SurveyClosed` in one transaction, so
/// the gateway and other readers see the survey closed at its time.
public final class SurveyCloser: Service, Sendable {
    private let database: ServiceDatabase
    private let source: String
    private let interval: Duration
    private let logger: Logger
    private let onCommit: @Sendable () -> Void

    /// `onCommit` runs after a check that closed something: it wakes the outbox publisher.
    public init(
        database: ServiceDatabase, source: String = "surveys", interval: Duration = .seconds(5), logger: Logger,
        onCommit: @escaping @Sendable () -> Void
    ) {
        self.database = database
        self.source = source
        self.interval = interval
        self.logger = logger
        self.onCommit = onCommit
    }

    public func run() async throws {
        let ticker = Ticker(interval: interval)
        await cancelWhenGracefulShutdown {
            for await _ in ticker.wakeups {
                do {
                    if try await self.closeDue(now: Date()) > 0 { self.onCommit() }
                } catch {
                    self.logger.error("closing surveys past their closing time failed: \(error)")
                }
            }
        }
        ticker.finish()
    }

    /// Closes every open survey whose `closesAt` is not after `now`; returns how many it closed.
    @discardableResult
    public func closeDue(now: Date) async throws -> Int {
        let source = self.source
        return try await database.writer.write { db in
            let change = SurveysChange(db: db, source: source, correlationId: nil, now: now)
            let due =
                try SurveyRecord
                .filter(Column("status") == SurveyStatus.open.rawValue && Column("closesAt") <= now)
                .order(Column("closesAt"), Column("id"))
                .fetchAll(db)
            for var survey in due {
                survey.status = .closed
                survey.updatedAt = change.now
                try survey.update(db)
                try change.publish(SurveyClosed(surveyId: survey.surveyId))
            }
            return due.count
        }
    }
}
