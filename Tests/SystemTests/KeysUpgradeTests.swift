import Bus
import Foundation
import MessageSchema
import XCTest

/// A data folder from before key roles (every `<name>.public` and
/// `<name>.secret` side by side in `data/keys`): `komunikactl keys init`
/// moves each key into its role's folder, keeps every key as it was, and the
/// services and the operator work with the moved keys.
final class KeysUpgradeTests: XCTestCase {
    func testKeysMadeBeforeRolesAreMovedAndStillWork() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        let keys = system.dataFolder.appendingPathComponent("keys")
        try FileManager.default.removeItem(at: keys)
        try FileManager.default.createDirectory(at: keys, withIntermediateDirectories: true)
        var pairs: [String: CurveKeyPair] = [:]
        for name in ServiceName.allCases.map(\.rawValue) + ["operator", "skaitytojas"] {
            let pair = try CurveKeyPair.generate()
            pairs[name] = pair
            try Data(pair.publicKey.utf8).write(to: keys.appendingPathComponent("\(name).public"))
            try Data(pair.secretKey.utf8).write(to: keys.appendingPathComponent("\(name).secret"))
        }

        let upgraded = try system.komunikactl(["keys", "init"])
        XCTAssertEqual(upgraded.status, 0, upgraded.error)
        XCTAssertEqual(
            upgraded.output,
            """
            Moved the keys made before roles into their role folders: brand, campaigns, events, gateway, mail, \
            media-relations, operator, skaitytojas, surveys, training; not a service's nor the operator's, so now \
            listener keys: skaitytojas.
            All keys exist in \(keys.path).

            """)
        let files = try FileManager.default.subpathsOfDirectory(atPath: keys.path).filter { $0.hasSuffix(".public") || $0.hasSuffix(".secret") }
        XCTAssertEqual(files.filter { !$0.contains("/") }, [], "nothing is left loose")
        for (name, pair) in pairs {
            let role = name == "operator" ? "operator" : name == "skaitytojas" ? "listener" : "service"
            let publicKey = try String(contentsOf: keys.appendingPathComponent("\(role)/\(name).public"), encoding: .utf8)
            XCTAssertEqual(publicKey.trimmingCharacters(in: .whitespacesAndNewlines), pair.publicKey, name)
            let secretFile = keys.appendingPathComponent("secret/\(name)/\(name).secret")
            let secretKey = try String(contentsOf: secretFile, encoding: .utf8)
            XCTAssertEqual(secretKey.trimmingCharacters(in: .whitespacesAndNewlines), pair.secretKey, name)
            let mode = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: secretFile.path)[.posixPermissions] as? NSNumber)
            XCTAssertEqual(mode.intValue & 0o777, 0o600, name)
        }

        // The service starts with its moved key and answers the operator's.
        try await system.startEventsAndGateway()
        let status = try system.komunikactl(["status", "events"])
        XCTAssertEqual(status.status, 0, status.output + status.error)
        XCTAssertTrue(status.output.contains("events   up"), status.output)
        system.removeFolder()
    }
}
