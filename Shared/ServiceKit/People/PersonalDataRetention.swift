import Foundation
import Logging
import MessageSchema
import ServiceLifecycle

/// Erases, at start and every day, the registrations, enrolments and survey
/// contact details kept longer than the retention after their event,
/// session or survey ended: `KOMUNIKA_RETENTION_MONTHS` (default 12)
/// months. Each run is one erasure (`PersonErased` with reason `retention`).
public final class PersonalDataRetention: Service {
    private let eraser: PersonalDataEraser
    private let months: Int
    private let logger: Logger
    private let ticker = Ticker(interval: .seconds(24 * 3600))

    public init(eraser: PersonalDataEraser, months: Int = PersonErasure.defaultRetentionMonths, logger: Logger) {
        self.eraser = eraser
        self.months = months
        self.logger = logger
    }

    /// The retention in months from `KOMUNIKA_RETENTION_MONTHS`, or the default.
    public static func months(from environment: [String: String]) -> Int {
        guard let text = environment["KOMUNIKA_RETENTION_MONTHS"], let months = Int(text), months > 0 else {
            return PersonErasure.defaultRetentionMonths
        }
        return months
    }

    /// What ended before this is erased when it runs at `now`.
    public func cutoff(now: Date) -> Date {
        Calendar(identifier: .gregorian).date(byAdding: .month, value: -months, to: now) ?? now
    }

    public func run() async throws {
        await ticker.repeatUntilShutdown { await self.expire() }
    }

    /// Erases what ended before the cutoff of `now`; what it erased.
    @discardableResult
    public func expire(now: Date = Date()) async -> Erasure {
        let cutoff = cutoff(now: now)
        do {
            let erasure = try await eraser.eraseExpired(endedBefore: cutoff)
            if !erasure.isEmpty {
                logger.info("erased \(erasure.records.count) records of people kept past \(cutoff) (\(months) months)")
            }
            return erasure
        } catch {
            logger.error("erasing people's data kept past \(cutoff) failed: \(error)")
            return Erasure()
        }
    }
}
