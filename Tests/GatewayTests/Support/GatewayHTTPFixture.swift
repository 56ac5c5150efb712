import Bus
import FileStore
import Foundation
import Hummingbird
import HummingbirdTesting
import Logging
import MessageSchema
import ServiceKit
import SignedLinks
import Store
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

/// Runs the gateway's HTTP API against a real read model, with a real
/// command client that has no connection to any service: writes that pass
/// the gateway's own checks are answered 503. The brand file store is
/// `brandFiles`, or a new one in a temporary folder that takes files up to
/// `GatewayHTTP.testMaxFileSize`, removed after. The public pages may be
/// framed by, and the public API answers CORS for, `publicOrigins`; links are
/// signed with `GatewayHTTP.linkSecret`.
enum GatewayHTTP {
    /// The secret the test gateway checks signed links with.
    static let linkSecret = LinkSecret("gateway-tests-link-secret-of-32-characters-or-more")

    /// The largest upload of the temporary file store: 1 MiB.
    static let testMaxFileSize: Int64 = 1024 * 1024

    static func test(
        ready: Bool = true, access: AccessControl = .open, brandFiles: ContentStore? = nil, publicOrigins: [String] = [],
        seed: (ReadModelFixture) throws -> Void = { _ in },
        _ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void
    ) async throws {
        try await withDatabase(ready: ready, access: access, brandFiles: brandFiles, publicOrigins: publicOrigins, seed: seed) {
            client, _ in
            try await body(client)
        }
    }

    /// The same, with the gateway's database in hand (accounts, the read model).
    /// `unreachable` are services the command client has a connection to, on
    /// ipc paths nothing listens on: they never answer.
    static func withDatabase(
        ready: Bool = true, access: AccessControl = .open, brandFiles: ContentStore? = nil, publicOrigins: [String] = [],
        unreachable: [ServiceName] = [], publicPosts: PublicPostLimit = PublicPostLimit(),
        seed: (ReadModelFixture) throws -> Void = { _ in },
        _ body: @escaping @Sendable (any TestClientProtocol, ServiceDatabase) async throws -> Void
    ) async throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("gateway-files-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let files = brandFiles ?? ContentStore(folder: temporary, maxFileSize: testMaxFileSize)
        let fixture = try ReadModelFixture()
        try seed(fixture)
        let context = ZMQContext()
        var nowhere: [String: String] = [:]
        for service in unreachable {
            nowhere[Topology.environmentKey(of: service) + "_ROUTER"] = "ipc://\(temporary.path)/\(service.rawValue)-router.sock"
        }
        let commands = try CommandClient(context: context, topology: Topology(environment: nowhere), services: unreachable)
        defer {
            commands.close()
            context.terminate()
        }
        let dependencies = Self.dependencies(
            fixture, commands: commands, ready: ready, access: access, files: files, publicOrigins: publicOrigins,
            publicPosts: publicPosts)
        let app = try buildGatewayApplication(configuration: ApplicationConfiguration(), dependencies: dependencies)
        let database = fixture.database
        try await app.test(.router) { client in try await body(client, database) }
        withExtendedLifetime(fixture) {}
    }

    /// Every route of the gateway and their OpenAPI operations, built as the gateway builds them.
    static func withRoutes(_ body: (GatewayRoutes) throws -> Void) throws {
        let temporary = FileManager.default.temporaryDirectory.appendingPathComponent("gateway-files-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: temporary) }
        let fixture = try ReadModelFixture()
        let context = ZMQContext()
        let commands = try CommandClient(context: context, topology: Topology(environment: [:]), services: [])
        defer {
            commands.close()
            context.terminate()
        }
        let files = ContentStore(folder: temporary, maxFileSize: testMaxFileSize)
        try body(buildGatewayRoutes(dependencies: dependencies(fixture, commands: commands, ready: true, access: .open, files: files)))
        withExtendedLifetime(fixture) {}
    }

    private static func dependencies(
        _ fixture: ReadModelFixture, commands: CommandClient, ready: Bool, access: AccessControl, files: ContentStore,
        publicOrigins: [String] = [], publicPosts: PublicPostLimit = PublicPostLimit()
    ) -> GatewayDependencies {
        GatewayDependencies(
            database: fixture.database, commands: commands, waiter: AppliedSeqWaiter(), isReady: { ready },
            logger: Logger(label: "gateway-tests"), access: access, brandFiles: files, linkSecret: linkSecret,
            publicOrigins: publicOrigins, publicPosts: publicPosts)
    }
}

extension TestResponse {
    var text: String { String(buffer: body) }

    func json() throws -> [String: Any] {
        let value = try JSONSerialization.jsonObject(with: Data(text.utf8))
        return try XCTUnwrap(value as? [String: Any], "not a JSON object: \(text)")
    }

    /// Checks an RFC 9457 problem: its media type, status, `type` and `instance`.
    @discardableResult
    func problem(
        _ status: HTTPResponse.Status, code: String, instance: String, file: StaticString = #filePath, line: UInt = #line
    ) throws -> [String: Any] {
        XCTAssertEqual(self.status, status, text, file: file, line: line)
        XCTAssertEqual(headers[.contentType], "application/problem+json", file: file, line: line)
        let body = try json()
        XCTAssertEqual(body["type"] as? String, "https://komunika.lnb.lt/problems/\(code)", text, file: file, line: line)
        XCTAssertEqual(body["status"] as? Int, Int(status.code), file: file, line: line)
        XCTAssertEqual(body["instance"] as? String, instance, file: file, line: line)
        XCTAssertNotNil(body["title"] as? String, file: file, line: line)
        XCTAssertNotNil(body["detail"] as? String, file: file, line: line)
        return body
    }

    /// The `field` of every entry of a problem's `errors`.
    func errorFields() throws -> [String] {
        let errors = try XCTUnwrap(try json()["errors"] as? [[String: Any]], text)
        return errors.compactMap { $0["field"] as? String }
    }
}

extension ByteBuffer {
    static func json(_ text: String) -> ByteBuffer { ByteBuffer(string: text) }
}
