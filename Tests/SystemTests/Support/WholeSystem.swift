import Foundation
import MessageSchema

extension SystemUnderTest {
    /// Every executable, domain services first (the order of `ServiceName`).
    static let allExecutables = ServiceName.allCases.map(\.executable)

    /// A system whose gateway consumes every domain service, and whose
    /// `komunikactl` asks every service.
    static func whole() throws -> SystemUnderTest {
        try SystemUnderTest(extraEnvironment: [
            "KOMUNIKA_GATEWAY_SOURCES": ServiceName.domainServices.map(\.rawValue).joined(separator: ","),
            "KOMUNIKA_SERVICES": ServiceName.allCases.map(\.rawValue).joined(separator: ","),
        ])
    }

    /// Starts every executable and waits until the gateway has caught up with each.
    func startAll() async throws {
        for executable in Self.allExecutables { try start(executable) }
        try await waitUntilReady()
    }

    /// Waits until every service has published its whole outbox and every
    /// consumer has applied its sources up to their latest `seq` (as each
    /// source itself reports it), twice in a row: the flows have run to their end.
    func waitUntilSettled(timeout: Duration = .seconds(60)) async throws {
        var settledPolls = 0
        let settled = await eventually(timeout: timeout, every: .milliseconds(300)) {
            guard let status = try? self.komunikactl(["status", "--json"]), status.status == 0,
                let json = try? JSONSerialization.jsonObject(with: Data(status.output.utf8)) as? [String: Any],
                let services = json["services"] as? [[String: Any]], services.count == Self.allExecutables.count
            else {
                settledPolls = 0
                return false
            }
            var latest: [String: Int] = [:]
            for service in services {
                if let name = service["service"] as? String { latest[name] = service["latestSeq"] as? Int }
            }
            let quiet = services.allSatisfy { service in
                (service["outboxBacklog"] as? Int) == 0
                    && ((service["consumers"] as? [[String: Any]]) ?? []).allSatisfy { consumer in
                        guard let source = consumer["source"] as? String, let applied = consumer["appliedSeq"] as? Int
                        else { return false }
                        return applied == latest[source]
                    }
            }
            settledPolls = quiet ? settledPolls + 1 : 0
            return settledPolls >= 2
        }
        if !settled { throw NSError(domain: "SystemUnderTest", code: 2, userInfo: [NSLocalizedDescriptionKey: "the system did not settle"]) }
    }
}
