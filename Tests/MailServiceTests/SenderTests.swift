import Foundation
import GRDB
import Logging
import MailService
import MessageSchema
import Store
import XCTest

/// The sender over the real transports: files in a folder, and libcurl
/// against a port nothing listens on (a relay that is down).
final class SenderTests: XCTestCase {
    private final class Clock: @unchecked Sendable {
        private let lock = NSLock()
        private var current = Date()
        var now: Date { lock.withLock { current } }
        func advance(_ seconds: TimeInterval) { lock.withLock { current = current.addingTimeInterval(seconds) } }
    }

    private func queued(_ app: MailHarness, at date: Date) throws {
        try app.receive(EventScheduled(eventId: Sample.eventId, details: Sample.details()), from: .events, at: date)
        try app.receive(
            RegistrationAccepted(registrationId: UUID(), eventId: Sample.eventId, attendee: Sample.attendee, registeredAt: date),
            from: .events, at: date)
    }

    func testWithoutARelayTheMailIsWrittenAsAnEmlFileAndMarkedSent() async throws {
        let app = try MailHarness()
        addTeardownBlock { app.remove() }
        try queued(app, at: Date())
        let folder = app.folder.appendingPathComponent("mail")
        let sender = MailSender(
            database: app.database, transport: FileTransport(directory: folder), sender: "komunika@lnb.lt",
            logger: Logger(label: "test"))

        let tried = try await sender.sendDue()

        XCTAssertEqual(tried, 1)
        let mail = try XCTUnwrap(try app.mails().first)
        XCTAssertEqual(mail.status, .sent)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("\(mail.id).eml")), mail.raw)
        let sent = try await app.database.writer.read { db in
            try Outbox.envelopes(from: 1, limit: 100, source: "mail", in: db).filter { $0.type == MailSent.type }
        }
        XCTAssertEqual(try sent.map { try $0.decodePayload(MailSent.self).mailId }, [mail.mailId])
        let again = try await sender.sendDue()
        XCTAssertEqual(again, 0, "a sent mail is not sent again")
    }

    func testARelayThatIsDownIsRetriedWithBackoffAndGivenUpAfterADay() async throws {
        let app = try MailHarness()
        addTeardownBlock { app.remove() }
        let clock = Clock()
        try queued(app, at: clock.now)
        let port = try closedPort()
        let sender = MailSender(
            database: app.database, transport: SMTPTransport(url: "smtp://127.0.0.1:\(port)"), sender: "komunika@lnb.lt",
            logger: Logger(label: "test"), now: { clock.now })

        try await sender.sendDue()
        var mail = try XCTUnwrap(try app.mails().first)
        XCTAssertEqual(mail.status, .pending)
        XCTAssertEqual(mail.attempts, 1)
        XCTAssertEqual(mail.nextAttemptAt.timeIntervalSince(clock.now), 60, accuracy: 0.01)
        XCTAssertTrue(try XCTUnwrap(mail.lastAnswer).contains("Failed to connect to 127.0.0.1 port \(port)"), mail.lastAnswer ?? "")

        let notYet = try await sender.sendDue()
        XCTAssertEqual(notYet, 0, "nothing is due before the backoff ends")
        clock.advance(60)
        try await sender.sendDue()
        mail = try XCTUnwrap(try app.mails().first)
        XCTAssertEqual(mail.attempts, 2)
        XCTAssertEqual(mail.nextAttemptAt.timeIntervalSince(clock.now), 120, accuracy: 0.01)

        clock.advance(86_400)
        try await sender.sendDue()
        mail = try XCTUnwrap(try app.mails().first)
        XCTAssertEqual(mail.status, .failed)
        let failed = try await app.database.writer.read { db in
            try Outbox.envelopes(from: 1, limit: 100, source: "mail", in: db).filter { $0.type == MailFailed.type }
        }
        let message = try XCTUnwrap(failed.first).decodePayload(MailFailed.self)
        XCTAssertEqual(failed.count, 1)
        XCTAssertEqual(message.recipient, "Zydrune@Example.lt")
        XCTAssertEqual(message.attempts, 3)
        XCTAssertEqual(message.lastAnswer, mail.lastAnswer)
    }

    func testBackoffDoublesToAnHour() {
        let backoff = MailSender.Backoff()
        XCTAssertEqual((1...8).map { backoff.delay(afterAttempts: $0) }, [60, 120, 240, 480, 960, 1_920, 3_600, 3_600])
    }

    /// A port on 127.0.0.1 that nothing listens on.
    private func closedPort() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafePointer(to: &address) { $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) } }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
