import Foundation
import MessageSchema
import XCTest

@testable import KomunikactlCommands

/// Every list of services outside Swift comes from `ServiceName`:
/// `komunikactl services` for scripts, `komunikactl compose` for compose.yaml.
final class ServiceListTests: XCTestCase {
    func testServicesPrintsEveryServiceAndDomainLeavesOutTheGateway() throws {
        let all = try XCTUnwrap(try Komunikactl.parseAsRoot(["services"]) as? ServicesCommand)
        XCTAssertEqual(all.names, ServiceName.allCases.map(\.rawValue))
        XCTAssertEqual(all.names.last, "gateway")
        let domain = try XCTUnwrap(try Komunikactl.parseAsRoot(["services", "--domain"]) as? ServicesCommand)
        XCTAssertEqual(domain.names, ["events", "campaigns", "media-relations", "brand", "training", "surveys", "mail"])
    }

    /// A new service cannot be forgotten in compose.yaml: the committed file
    /// is what `komunikactl compose` prints.
    func testCommittedComposeFileIsTheGeneratedOne() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("compose.yaml"), encoding: .utf8)
        XCTAssertEqual(committed, ComposeFile.text(), "compose.yaml is stale: run `komunikactl compose > compose.yaml`")
        XCTAssertNotNil(try Komunikactl.parseAsRoot(["compose"]) as? ComposeCommand)
    }

    func testComposeHasAContainerAndAVolumePerServiceOnItsPorts() {
        let text = ComposeFile.text()
        for service in ServiceName.allCases {
            XCTAssertTrue(text.contains("\n  \(service.rawValue):\n"), service.rawValue)
            XCTAssertTrue(text.contains("command: [\"\(service.executable)\"]"), service.rawValue)
            XCTAssertTrue(text.contains("\n  \(service.rawValue)-data:"), service.rawValue)
        }
        XCTAssertTrue(text.contains("KOMUNIKA_MEDIA_RELATIONS_PUB: tcp://media-relations:7121\n"))
        XCTAssertTrue(text.contains("KOMUNIKA_GATEWAY_ROUTER_BIND: tcp://*:7162\n"))
        XCTAssertTrue(text.contains("KOMUNIKA_GATEWAY_SOURCES: events,campaigns,media-relations,brand,training,surveys,mail\n"))
    }

    /// The brand file store is one volume that the brand service and the gateway both mount, and no one else.
    func testComposeSharesTheBrandFileStoreBetweenBrandAndGateway() {
        let text = ComposeFile.text()
        XCTAssertTrue(text.contains("  KOMUNIKA_BRAND_FILES_DIR: /brand-files\n"))
        XCTAssertTrue(text.contains("\nvolumes:\n  keys:\n  brand-files:\n"))
        // Containers are separated by blank lines; each starts with its name.
        let mounting = text.components(separatedBy: "\n\n").filter { $0.contains("- brand-files:/brand-files") }
        XCTAssertEqual(
            mounting.compactMap { $0.split(separator: "\n").first?.trimmingCharacters(in: .whitespaces) }, ["brand:", "gateway:"])
    }

    /// Each container mounts only its own secret bus key (the internet-facing
    /// gateway holds no other); the `keys` container, which makes them, all.
    func testEachContainerMountsOnlyItsOwnSecretKey() throws {
        var mounts: [String: [String]] = [:]
        for block in ComposeFile.text().components(separatedBy: "\n\n") where !block.hasPrefix("volumes:") {
            let lines = block.split(separator: "\n").map(String.init)
            guard let name = lines.first(where: { $0.hasPrefix("  ") && !$0.hasPrefix("   ") && $0.hasSuffix(":") && !$0.contains("#") })
            else { continue }
            mounts[name.trimmingCharacters(in: .whitespaces).dropLast().description] = lines.filter { $0.contains("-secret-key:") }
        }
        for service in ServiceName.allCases.map(\.rawValue) + ["operator"] {
            XCTAssertEqual(mounts[service], ["      - \(service)-secret-key:/secret-keys/\(service):ro"], service)
        }
        XCTAssertEqual(
            mounts["keys"], (ServiceName.allCases.map(\.rawValue) + ["operator"]).map { "      - \($0)-secret-key:/secret-keys/\($0)" })
        XCTAssertTrue(ComposeFile.text().contains("  KOMUNIKA_SECRET_KEYS_DIR: /secret-keys\n"))
    }
}
