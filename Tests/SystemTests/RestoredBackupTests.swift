import Foundation
import HTTPTypes
import XCTest

/// Issue 9, defect 4: a source whose database goes back (a restored backup)
/// must not be ignored for good. The gateway stops applying it, says so in
/// `komunikactl status`, and the operator's reconcile rebuilds its view.
final class RestoredBackupTests: XCTestCase {
    func testRestoredBackupIsNoticedAndReconciled() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let http = system.http

        /// Creates an event; `stale` whether the answer says the read model does not have it yet.
        func create(_ title: String, day: Int, stale: Bool = false) async throws {
            let created = try await http.send(.post, "/api/v1/events", json: Fixtures.event(title: title, day: day))
            XCTAssertEqual(created.status, 201, created.text)
            XCTAssertEqual(created.headers[HTTPField.Name("Komunika-Read-Model")!], stale ? "stale" : nil, title)
        }
        func titles() async -> Set<String> {
            guard let listed = try? await http.get("/api/v1/events?limit=100"),
                let items = listed.json?["items"] as? [[String: Any]]
            else { return [] }
            return Set(items.compactMap { ($0["title"] as? [String: Any])?["lt"] as? String })
        }

        let kept = (1...5).map { "Išsaugotas renginys \($0)" }
        let lost = (6...8).map { "Prarastas renginys \($0)" }
        let added = (9...11).map { "Naujas renginys \($0)" }
        for (index, title) in kept.enumerated() { try await create(title, day: index + 1) }
        let backup = system.folder.appendingPathComponent("b.sqlite").path
        let backedUp = try system.komunikactl(["backup", "events", backup])
        XCTAssertEqual(backedUp.status, 0, backedUp.error)
        for (index, title) in lost.enumerated() { try await create(title, day: index + 6) }
        let allEight = await eventually { await titles() == Set(kept + lost) }
        XCTAssertTrue(allEight, "the gateway shows the 8 events before the restore")
        // A source applied as it should is not reconciled: a service would react to its whole log again.
        let early = try system.komunikactl(["reconcile", "gateway", "events"])
        XCTAssertEqual(early.status, 1, early.output)
        XCTAssertTrue(
            early.error.contains("this consumer applies events and has not stopped it: reconcile is for a source status shows STOPPED"),
            early.error)

        // The operator restores the backup: the service stopped, the file put back.
        XCTAssertEqual(system.terminate("komunika-events"), 0)
        let live = system.databasePath(of: "events")
        for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: live + suffix) }
        try FileManager.default.copyItem(atPath: backup, toPath: live)
        try system.start("komunika-events")
        let eventsUp = await eventually { (try? system.komunikactl(["health", "events"]))?.status == 0 }
        XCTAssertTrue(eventsUp, system.log(of: "komunika-events").suffix(2000).description)
        // Written in the restored database's history, which the gateway does not
        // apply: each answer says so, though the old history had seq 6 to 8 too.
        for (index, title) in added.enumerated() { try await create(title, day: index + 9, stale: true) }

        // Before the reconcile: the gateway applies nothing more of events, and status says why.
        let stoppedLine = "gateway ← events: STOPPED at seq 8"
        var status = try system.komunikactl(["status"])
        let noticed = await eventually {
            status = (try? system.komunikactl(["status"])) ?? status
            return status.output.contains(stoppedLine)
        }
        XCTAssertTrue(noticed, status.output)
        XCTAssertTrue(
            status.output.contains(
                "events answers from another database than the one applied (a restored backup or a new file):"
                    + " nothing more of events is applied. Reconcile: komunikactl reconcile gateway events"),
            status.output)
        XCTAssertFalse(status.output.contains("gateway ← events: applied"), status.output)
        // The admins' operations page says the same, in Lithuanian first.
        var browser = try await system.signedInAdmin()
        let page = try await browser.get("/operacijos")
        XCTAssertEqual(page.status, 200, page.text)
        XCTAssertTrue(
            page.text.contains(
                #"<p class="error-message">„Renginiai“ atsako iš kitos duomenų bazės nei ta, iš kurios pritaikyta iki seq 8"#
                    + " (atkurta atsarginė kopija ar naujas failas). Jos žinutės nebetaikomos, kol operatorius suderins:"
                    + " komunikactl reconcile gateway events</p>"),
            page.text)
        let shownBefore = await titles()
        XCTAssertEqual(shownBefore, Set(kept + lost), "nothing of the restored database is applied before the reconcile")

        // The operator's reconcile rebuilds the gateway's events read model from the events log.
        let reconciled = try system.komunikactl(["reconcile", "gateway", "events"])
        XCTAssertEqual(reconciled.status, 0, reconciled.output + reconciled.error)
        XCTAssertTrue(
            reconciled.output.contains("gateway rebuilds what it keeps of events from the current log of events (8 messages)"),
            reconciled.output)
        let rebuilt = await eventually { await titles() == Set(kept + added) }
        let shownAfter = await titles()
        XCTAssertTrue(rebuilt, "after the reconcile the gateway shows \(shownAfter.sorted())")
        let after = try system.komunikactl(["status"])
        XCTAssertTrue(after.output.contains("gateway ← events: applied 8 of 8, lag 0"), after.output)
        system.removeFolder()
    }
}
