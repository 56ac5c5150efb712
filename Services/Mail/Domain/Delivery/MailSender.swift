import Foundation
import GRDB
import Logging
import MessageSchema
import ServiceKit
import ServiceLifecycle
import Store

/// Sends the pending mails whose time has come, oldest first. A mail the
/// relay takes is marked sent and `mail.sent` published; one it does not is
/// tried again after `Backoff.delay` (1 minute, doubling to an hour), and a
/// day after it was queued it is marked failed with the relay's last answer
/// and `mail.failed` published. Each outcome and its message are written in
/// one transaction.
public actor MailSender: Service {
    /// When a failed mail is tried again, and when it is given up.
    public struct Backoff: Sendable {
        public var first: TimeInterval
        public var longest: TimeInterval
        public var giveUpAfter: TimeInterval

        public init(first: TimeInterval = 60, longest: TimeInterval = 3_600, giveUpAfter: TimeInterval = 86_400) {
            self.first = first
            self.longest = longest
            self.giveUpAfter = giveUpAfter
        }

        /// The wait after the `attempts`-th failed try: `first`, doubling, at most `longest`.
        public func delay(afterAttempts attempts: Int) -> TimeInterval {
            min(longest, first * pow(2, Double(max(0, attempts - 1))))
        }
    }

    private let database: ServiceDatabase
    private let transport: any MailTransport
    private let sender: String
    private let backoff: Backoff
    private let source: String
    private let logger: Logger
    private let onCommit: @Sendable () -> Void
    private let ticker = Ticker(interval: .milliseconds(500))
    private let now: @Sendable () -> Date
    private let staffAlerts: Bool?

    /// `staffAlerts`: whether `KOMUNIKA_STAFF_MAIL` names anyone, as `mail.delivery-configured` tells.
    public init(
        database: ServiceDatabase, transport: any MailTransport, sender: String, backoff: Backoff = Backoff(),
        source: String = ServiceName.mail.rawValue, logger: Logger, now: @escaping @Sendable () -> Date = Date.init,
        onCommit: @escaping @Sendable () -> Void = {}, staffAlerts: Bool? = nil
    ) {
        self.staffAlerts = staffAlerts
        self.database = database
        self.transport = transport
        self.sender = sender
        self.backoff = backoff
        self.source = source
        self.logger = logger
        self.now = now
        self.onCommit = onCommit
    }

    /// Wakes the sender (after the consumer queued mails).
    public nonisolated func notify() { ticker.poke() }

    public func run() async throws {
        try await announceDelivery()
        await cancelWhenGracefulShutdown {
            for await _ in self.ticker.wakeups {
                do {
                    while try await self.sendDue() > 0 {}
                } catch {
                    self.logger.error("sending mails failed: \(error)")
                }
            }
        }
        ticker.finish()
    }

    /// Tells the gateway how mail is delivered and whether staff get alerts (once at every start).
    func announceDelivery() async throws {
        let message = MailDeliveryConfigured(delivery: transport.delivery, folder: transport.folder, staffAlerts: staffAlerts)
        try await database.writer.write { db in
            _ = try Outbox.append(message, source: self.source, occurredAt: self.now(), in: db)
        }
        onCommit()
    }

    /// Sends one batch of due mails; returns how many it tried.
    @discardableResult
    public func sendDue(limit: Int = 20) async throws -> Int {
        let now = self.now()
        let due = try await database.writer.read { db in try MailRecord.due(at: now, limit: limit).fetchAll(db) }
        for mail in due {
            let outcome = await transport.deliver(mail.raw, from: sender, to: mail.recipient, id: mail.id)
            try await record(outcome, for: mail)
        }
        return due.count
    }

    /// The mail after `outcome`, and the message that tells of it (none while it is retried).
    func after(_ outcome: DeliveryOutcome, of mail: MailRecord, at date: Date) -> (MailRecord, (any Message)?) {
        var updated = mail
        updated.attempts += 1
        switch outcome {
        case .delivered(let answer):
            updated.status = .sent
            updated.sentAt = date
            updated.lastAnswer = answer
            return (updated, MailSent(mailId: mail.mailId, kind: mail.kind, sentAt: date, attempts: updated.attempts))
        case .failed(let answer):
            updated.lastAnswer = answer
            guard date.timeIntervalSince(mail.createdAt) >= backoff.giveUpAfter else {
                updated.nextAttemptAt = date.addingTimeInterval(backoff.delay(afterAttempts: updated.attempts))
                return (updated, nil)
            }
            updated.status = .failed
            let failed = MailFailed(
                mailId: mail.mailId, kind: mail.kind, recipient: mail.recipient, subject: mail.subject,
                lastAnswer: answer, attempts: updated.attempts, createdAt: mail.createdAt, failedAt: date)
            return (updated, failed)
        }
    }

    private func record(_ outcome: DeliveryOutcome, for mail: MailRecord) async throws {
        let at = now()
        let (updated, message) = after(outcome, of: mail, at: at)
        let source = self.source
        try await database.writer.write { db in
            try updated.update(db)
            if let message {
                _ = try Self.append(message, source: source, causedBy: mail, at: at, in: db)
            }
        }
        switch outcome {
        case .delivered: logger.debug("mail \(mail.id) sent to \(mail.recipient)")
        case .failed(let answer): logger.warning("mail \(mail.id) to \(mail.recipient) not sent: \(answer)")
        }
        onCommit()
    }

    private static func append<M: Message>(
        _ message: M, source: String, causedBy mail: MailRecord, at date: Date, in db: Database
    ) throws -> Envelope {
        try Outbox.append(message, source: source, causationId: UUID(uuidString: mail.causationId), occurredAt: date, in: db)
    }
}
