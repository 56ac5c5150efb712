import Foundation
import Hummingbird
import HummingbirdTesting
import ServiceKit
import XCTest

@testable import Gateway
@testable import GatewayKit

/// Which role each route needs, through the gateway's router with a real
/// token file, and how the token file is read.
final class AccessTests: XCTestCase {
    static let survey = "5B0F3C52-1111-4222-8333-944455556666"
    static let tokens = [
        "viewer": "00000000000000000000000000000000000000000000000000000000000000a1",
        "editor": "00000000000000000000000000000000000000000000000000000000000000b2",
        "admin": "00000000000000000000000000000000000000000000000000000000000000c3",
    ]

    func testPublicRoutesNeedNoTokenReadsAViewerWritesAnEditorMetricsAnAdmin() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("access-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("gateway-tokens").path
        let lines = Self.tokens.map { role, token in "\(role) \(token) \(role.capitalized)" }
        try lines.joined(separator: "\n").write(toFile: path, atomically: true, encoding: .utf8)

        try await GatewayHTTP.test(access: .tokens(TokenFile(path: path))) { client in
            let expected: [(HTTPRequest.Method, String, String?, HTTPResponse.Status)] = [
                // Public: no token, and the route answers for itself.
                (.get, "/healthz", nil, .ok),
                (.get, "/api/v1/calendar.ics", nil, .ok),
                (.get, "/api/v1/press-releases/feed.xml", nil, .ok),
                (.get, "/api/v1/surveys/\(Self.survey)", nil, .notFound),
                (.post, "/api/v1/surveys/\(Self.survey)/responses", nil, .notFound),
                (.get, "/api/v1/certificates/K7P2-9XQ4-MN3R", nil, .notFound),
                // The staff's reads: a viewer.
                (.get, "/api/v1/surveys", nil, .unauthorized),
                (.get, "/api/v1/surveys", "viewer", .ok),
                (.get, "/api/v1/surveys/\(Self.survey)/responses.csv", nil, .unauthorized),
                (.get, "/api/v1/events", nil, .unauthorized),
                (.get, "/api/v1/events", "viewer", .ok),
                (.get, "/api/v1/activity?subject=\(Self.survey)", nil, .unauthorized),
                (.get, "/api/v1/activity?subject=\(Self.survey)", "viewer", .ok),
                // The staff's writes: an editor.
                (.post, "/api/v1/surveys/\(Self.survey)/transitions", "viewer", .forbidden),
                (.post, "/api/v1/events", nil, .unauthorized),
                (.post, "/api/v1/events", "viewer", .forbidden),
                (.post, "/api/v1/events", "editor", .badRequest),
                (.delete, "/api/v1/events/x/registrations/y", "viewer", .forbidden),
                (.delete, "/api/v1/events/x/registrations/y", "editor", .notFound),
                // A method a path does not answer: the token check first, then 405.
                (.post, "/api/v1/calendar.ics", nil, .unauthorized),
                (.post, "/api/v1/calendar.ics", "viewer", .forbidden),
                (.post, "/api/v1/calendar.ics", "editor", .methodNotAllowed),
                // Metrics: an admin.
                (.get, "/metrics", nil, .unauthorized),
                (.get, "/metrics", "editor", .forbidden),
                (.get, "/metrics", "admin", .ok),
            ]
            for (method, uri, role, status) in expected {
                var headers: HTTPFields = [:]
                if let role, let token = Self.tokens[role] { headers[.authorization] = "Bearer \(token)" }
                let response = try await client.execute(uri: uri, method: method, headers: headers)
                XCTAssertEqual(response.status, status, "\(method) \(uri) as \(role ?? "nobody"): \(response.text)")
            }
        }
    }

    func testTheTokenFileSkipsCommentsUnknownRolesAndShortTokens() {
        let entries = TokenFile.parse(
            """
            # role token name
            admin 00112233445566778899aabbccddeeff Ona Žemaitytė
            editor short Jonas
            owner 00112233445566778899aabbccddeef0 Petras

            viewer ffeeddccbbaa99887766554433221100
            """)
        XCTAssertEqual(
            entries,
            [
                TokenFile.Entry(role: .admin, token: "00112233445566778899aabbccddeeff", name: "Ona Žemaitytė"),
                TokenFile.Entry(role: .viewer, token: "ffeeddccbbaa99887766554433221100", name: ""),
            ])
        XCTAssertTrue(Role.admin > Role.editor && Role.editor > Role.viewer)
        XCTAssertEqual(TokenFile.newToken().count, 64)
        XCTAssertNotEqual(TokenFile.newToken(), TokenFile.newToken())
    }
}
