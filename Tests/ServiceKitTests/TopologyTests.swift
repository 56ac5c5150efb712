import MessageSchema
import ServiceKit
import XCTest

/// The default ports are a table: each service has its own two, and the
/// numbers operators and compose.yaml know stay where they are.
final class TopologyTests: XCTestCase {
    func testEveryServiceHasItsOwnPorts() {
        var owners: [Int: ServiceName] = [:]
        for service in ServiceName.allCases {
            let ports = Topology.defaultPorts(for: service)
            XCTAssertNotEqual(ports.publish, ports.router, "\(service.rawValue) uses one port twice")
            for port in [ports.publish, ports.router] {
                if let other = owners[port] {
                    XCTFail("\(service.rawValue) and \(other.rawValue) share port \(port)")
                }
                owners[port] = service
            }
        }
        XCTAssertEqual(owners.count, ServiceName.allCases.count * 2)
    }

    func testDefaultPortsAreTheDocumentedOnes() {
        let expected: [ServiceName: (Int, Int)] = [
            .events: (7101, 7102), .campaigns: (7111, 7112), .mediaRelations: (7121, 7122), .brand: (7131, 7132),
            .training: (7141, 7142), .surveys: (7151, 7152), .gateway: (7161, 7162), .mail: (7171, 7172),
        ]
        XCTAssertEqual(Set(expected.keys), Set(ServiceName.allCases))
        for (service, ports) in expected {
            let actual = Topology.defaultPorts(for: service)
            XCTAssertEqual(actual.publish, ports.0, service.rawValue)
            XCTAssertEqual(actual.router, ports.1, service.rawValue)
        }
        let topology = Topology(environment: [:])
        XCTAssertEqual(topology[.gateway].router, "tcp://127.0.0.1:7162")
        XCTAssertEqual(topology[.mediaRelations].publish, "tcp://127.0.0.1:7121")
    }

    func testEnvironmentOverridesAnAddress() {
        let topology = Topology(environment: [
            "KOMUNIKA_MEDIA_RELATIONS_PUB": "ipc:///tmp/media.sock", "KOMUNIKA_MEDIA_RELATIONS_PUB_BIND": "tcp://*:7121",
        ])
        XCTAssertEqual(Topology.environmentKey(of: .mediaRelations), "KOMUNIKA_MEDIA_RELATIONS")
        XCTAssertEqual(topology[.mediaRelations].publish, "ipc:///tmp/media.sock")
        XCTAssertEqual(topology[.mediaRelations].publishBind, "tcp://*:7121")
        XCTAssertEqual(topology[.mediaRelations].routerBind, "tcp://127.0.0.1:7122")
    }
}
