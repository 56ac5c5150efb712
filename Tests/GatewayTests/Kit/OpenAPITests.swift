import Foundation
import Hummingbird
import HummingbirdTesting
import OpenAPIKit
import XCTest

@testable import Gateway
@testable import GatewayKit

/// The OpenAPI document is built from the same registrations as the routes:
/// every JSON route has its operation, and the document is served.
final class OpenAPITests: XCTestCase {
    /// Paths outside `/api/` that are part of the API.
    static let otherAPIPaths: Set<String> = ["/openapi.json", "/healthz", "/readyz", "/metrics"]

    func testEveryRouteOfTheAPIHasADescription() throws {
        try GatewayHTTP.withRoutes { routes in
            let described = Set(routes.api.routes.map { "\($0.method.rawValue) \($0.path)" })
            var missing: [String] = []
            var checked = 0
            for (path, methods) in routes.table.routes where path.hasPrefix("/api/") || Self.otherAPIPaths.contains(path) {
                // OPTIONS answers a CORS preflight: not an operation of the API.
                for method in methods where method != .options {
                    checked += 1
                    if !described.contains("\(method.rawValue) \(path)") { missing.append("\(method.rawValue) \(path)") }
                }
            }
            XCTAssertEqual(missing, [], "routes without an OpenAPI operation: register them with `routes.described(…)`")
            XCTAssertGreaterThan(checked, 90)
            for route in routes.api.routes {
                XCTAssertFalse(route.operation.summary.isEmpty, "\(route.method) \(route.path) has no summary")
                XCTAssertFalse(route.operation.answers.isEmpty, "\(route.method) \(route.path) answers nothing")
            }
        }
    }

    func testEveryDescriptionIsARoute() throws {
        try GatewayHTTP.withRoutes { routes in
            var served = Set<String>()
            for (path, methods) in routes.table.routes {
                for method in methods { served.insert("\(method.rawValue) \(path)") }
            }
            let stale = routes.api.routes.map { "\($0.method.rawValue) \($0.path)" }.filter { !served.contains($0) }
            XCTAssertEqual(stale, [])
            let keys = routes.api.routes.map { "\($0.method.rawValue) \($0.path)" }
            XCTAssertEqual(keys.count, Set(keys).count, "a route is described twice")
        }
    }

    func testTheDocumentIsServedAsOpenAPI31WithTheEventsSchemas() async throws {
        try await GatewayHTTP.test { client in
            let response = try await client.execute(uri: "/openapi.json", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "application/json")
            let document = try response.json()
            XCTAssertEqual(document["openapi"] as? String, "3.1.1")
            let paths = try XCTUnwrap(document["paths"] as? [String: [String: Any]])
            let show = try XCTUnwrap(paths["/api/v1/events/{id}"]?["get"] as? [String: Any])
            XCTAssertEqual(show["summary"] as? String, "An event")
            XCTAssertEqual(show["x-komunika-role"] as? String, "viewer")
            let responses = try XCTUnwrap(show["responses"] as? [String: Any])
            XCTAssertEqual(Set(responses.keys), ["200", "401", "403", "404"])
            let json = try XCTUnwrap(
                ((responses["200"] as? [String: Any])?["content"] as? [String: Any])?["application/json"] as? [String: Any])
            let schema = try XCTUnwrap(json["schema"] as? [String: Any])
            let properties = try XCTUnwrap(schema["properties"] as? [String: [String: Any]])
            XCTAssertEqual(properties["capacity"]?["type"] as? [String], ["integer", "null"])
            XCTAssertEqual(properties["id"]?["format"] as? String, "uuid")
            XCTAssertEqual(properties["startsAt"]?["type"] as? String, "string")
            let required = try XCTUnwrap(schema["required"] as? [String])
            XCTAssertTrue(required.contains("capacity"), "an explicit null is always sent: \(required)")
            XCTAssertEqual(schema["additionalProperties"] as? Bool, false)
            let create = try XCTUnwrap(paths["/api/v1/events"]?["post"] as? [String: Any])
            let created = try XCTUnwrap((create["responses"] as? [String: Any])?["201"] as? [String: Any])
            let headers = try XCTUnwrap(created["headers"] as? [String: [String: Any]])
            XCTAssertEqual(headers["Location"]?["required"] as? Bool, true)
            XCTAssertEqual(create["x-komunika-role"] as? String, "editor")
            let calendar = try XCTUnwrap(paths["/api/v1/calendar.ics"]?["get"] as? [String: Any])
            XCTAssertEqual((calendar["security"] as? [Any])?.count, 0, "open: no token")
            let answer = try XCTUnwrap((calendar["responses"] as? [String: Any])?["200"] as? [String: Any])
            XCTAssertEqual((answer["content"] as? [String: Any]).map { Array($0.keys) }, ["text/calendar; charset=utf-8"])
        }
    }

    func testTheDocsPageShowsEveryPartWithoutAToken() async throws {
        try await GatewayHTTP.test { client in
            let response = try await client.execute(uri: "/api/docs", method: .get)
            XCTAssertEqual(response.status, .ok)
            XCTAssertEqual(response.headers[.contentType], "text/html; charset=utf-8")
            let page = response.text
            XCTAssertTrue(page.contains("<h1>API dokumentacija</h1>"), page)
            for part in ["Events", "Surveys", "Training", "MediaRelations", "Campaigns", "Brand"] {
                XCTAssertTrue(page.contains("<h2>\(part)</h2>"), "no section \(part)")
            }
            XCTAssertTrue(page.contains("<code>/api/v1/events/{id}/registrations/{registrationId}</code>"))
            XCTAssertFalse(page.contains("<script>"), "no inline script")
        }
    }
}

/// `SchemaReader` reads required, optional and nullable members off a type.
final class SchemaReaderTests: XCTestCase {
    enum Colour: String, Codable, CaseIterable { case red, green }

    struct Sample: Codable {
        var id: UUID
        var name: String
        var count: Int?
        @ExplicitNull var note: String?
        var colour: Colour
        @ExplicitNull var shade: Colour?
        var tags: [String]
        var totals: [String: Int]
    }

    func testMembersAreRequiredOptionalOrNullableAsEncoded() throws {
        let schema = SchemaReader.schema(of: Sample.self)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        let json = String(decoding: try encoder.encode(schema), as: UTF8.self)
        XCTAssertEqual(
            json,
            #"{"additionalProperties":false,"properties":{"colour":{"enum":["red","green"],"type":"string"},"#
                + #""count":{"type":"integer"},"id":{"format":"uuid","type":"string"},"name":{"type":"string"},"#
                + #""note":{"type":["string","null"]},"shade":{"enum":["red","green",null],"type":["string","null"]},"tags":{"items":{"type":"string"},"type":"array"},"#
                + #""totals":{"additionalProperties":{"type":"integer"},"type":"object"}},"#
                + #""required":["id","name","note","colour","shade","tags","totals"],"type":"object"}"#)
    }
}
