import Bus
import Foundation
import KomunikaTesting
import MessageSchema
import ServiceKit
import XCTest

/// Each bus key has a role, which every ROUTER checks per request through
/// the ZAP user id: a listener may only subscribe, a service may not pause
/// or back up, and the operator's backups go only into the backup folder,
/// readable by their owner only.
final class BusRoleTests: XCTestCase {
    func testAListenerKeyIsRefusedForACommandAPauseAndABackup() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        // A listener's key, made by the operator before the services start (they read the keys then).
        let added = try system.komunikactl(["keys", "add", "skaitytojas", "--role", "listener"])
        XCTAssertEqual(added.status, 0, added.output + added.error)
        try await system.startEventsAndGateway()

        let context = ZMQContext()
        defer { context.terminate() }
        let router = system.endpoint("events", "ROUTER")
        let listener = try ControlClient(
            context: context, connect: router, options: try system.security(as: "skaitytojas").clientOptions(to: .events))
        defer { listener.close() }

        // A command: refused with the reason, and nothing written.
        let details = EventDetails(
            type: .exhibition, title: LocalizedText(lt: "Klausytojo paroda"), startsAt: Fixtures.start,
            endsAt: Fixtures.start.addingTimeInterval(3_600), venue: Venue(kind: .libraryHall, hall: "Parodų erdvė"),
            organisingUnit: "Komunikacijos ir rinkodaros departamentas")
        let command = try CommandRequest(ProposeEvent(details: details), idempotencyKey: UUID().uuidString)
        let commandReply = try await listener.command(command, timeout: .seconds(5), attempts: 2)
        XCTAssertEqual(commandReply.failure?.code, .forbidden)
        XCTAssertEqual(
            commandReply.failure?.message, "the listener key 'skaitytojas' may not send commands: a listener may only subscribe")

        // A pause: refused, and the service is not paused.
        let pause = try await listener.control(ControlRequest(.pause), timeout: .seconds(5), attempts: 2)
        XCTAssertFalse(pause.ok)
        XCTAssertEqual(pause.error, "the listener key 'skaitytojas' may not ask for pause: a listener may only subscribe")

        // A backup: refused, and no file written, neither inside the backup folder nor elsewhere.
        let inside = system.folder.appendingPathComponent("klausytojo.sqlite")
        let elsewhere = FileManager.default.temporaryDirectory.appendingPathComponent("klausytojo-\(UUID().uuidString).sqlite")
        for target in [inside, elsewhere] {
            let backup = try await listener.control(ControlRequest(.backup, path: target.path), timeout: .seconds(5), attempts: 2)
            XCTAssertFalse(backup.ok)
            XCTAssertEqual(backup.error, "the listener key 'skaitytojas' may not ask for backup: a listener may only subscribe")
            XCTAssertFalse(FileManager.default.fileExists(atPath: target.path), target.path)
        }

        // A service's key (the gateway's, which sends commands) may not pause a service either.
        let gateway = try ControlClient(
            context: context, connect: router, options: try system.security(as: "gateway").clientOptions(to: .events))
        defer { gateway.close() }
        let servicePause = try await gateway.control(ControlRequest(.pause), timeout: .seconds(5), attempts: 2)
        XCTAssertEqual(servicePause.error, "the service key 'gateway' may not ask for pause: that needs an operator key")

        // Another service's key only reads: it may fetch, but neither command nor erase anyone.
        let surveys = try ControlClient(
            context: context, connect: router, options: try system.security(as: "surveys").clientOptions(to: .events))
        defer { surveys.close() }
        let fetched = try await surveys.control(ControlRequest(.fetch, from: 0, limit: 10), timeout: .seconds(5), attempts: 2)
        XCTAssertTrue(fetched.ok, fetched.error ?? "")
        XCTAssertEqual(fetched.messages?.count, 0)
        let surveysCommand = try await surveys.command(command, timeout: .seconds(5), attempts: 2)
        XCTAssertEqual(
            surveysCommand.failure?.message,
            "the service key 'surveys' may not send commands: only the gateway's key and operators' send commands")
        let erase = try await surveys.control(
            ControlRequest(.erasePerson, email: "vardenis@example.lt"), timeout: .seconds(5), attempts: 2)
        XCTAssertEqual(erase.error, "the service key 'surveys' may not ask for people-erase: that needs an operator key")

        let status = try system.komunikactl(["status", "events", "--json"])
        XCTAssertEqual(status.status, 0, status.error)
        let report = try XCTUnwrap(try JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any])
        let events = try XCTUnwrap((report["services"] as? [[String: Any]])?.first, status.output)
        XCTAssertEqual(events["latestSeq"] as? Int, 0, "the listener's command wrote nothing")
        XCTAssertEqual(events["paused"] as? Bool, false)

        // The operator's backup goes into the backup folder, readable by its owner only.
        let backedUp = try system.komunikactl(["backup", "events", "renginiai.sqlite"])
        XCTAssertEqual(backedUp.status, 0, backedUp.output + backedUp.error)
        let file = system.folder.appendingPathComponent("renginiai.sqlite").path
        XCTAssertTrue(backedUp.output.contains("backed up to \(file)"), backedUp.output)
        let mode = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: file)[.posixPermissions] as? NSNumber)
        XCTAssertEqual(mode.intValue & 0o777, 0o600)

        // A path outside the folder is refused with the reason, and nothing is written there.
        for outside in [elsewhere.path, "../uz-aplanko.sqlite"] {
            let refused = try system.komunikactl(["backup", "events", outside])
            XCTAssertEqual(refused.status, 1, refused.output)
            XCTAssertTrue(
                refused.error.contains(
                    "\(outside) is outside the backup folder \(system.folder.path): backups go only into it (KOMUNIKA_BACKUP_DIR)"),
                refused.error)
        }
        XCTAssertFalse(FileManager.default.fileExists(atPath: elsewhere.path))
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: system.folder.deletingLastPathComponent().appendingPathComponent("uz-aplanko.sqlite").path))
        system.removeFolder()
    }
}
