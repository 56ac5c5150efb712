import Foundation
import OpenAPIKit

/// The OpenAPI 3.1 document of the gateway's JSON API, built from the
/// described routes: every path and method, path and query parameters,
/// bodies and answers (schemas read off the Inputs and Views types),
/// problems as `application/problem+json`, the bearer token and the role
/// each route needs.
public enum APIDocument {
    public static let securityScheme = "bearerToken"

    public static func build(_ routes: [DescribedRoute]) -> OpenAPI.Document {
        var paths: OpenAPI.PathItem.Map = [:]
        for route in routes {
            let path = OpenAPI.Path(rawValue: route.path)
            var item = paths[path]?.b ?? OpenAPI.PathItem()
            let operation = operation(route)
            switch route.method {
            case .get: item.get(operation)
            case .post: item.post(operation)
            case .put: item.put(operation)
            case .patch: item.patch(operation)
            case .delete: item.delete(operation)
            default: preconditionFailure("\(route.method) \(route.path) is not a method the API describes")
            }
            paths[path] = .b(item)
        }
        let tags = orderedParts(routes).map { OpenAPI.Tag(name: $0) }
        return OpenAPI.Document(
            openAPIVersion: .v3_1_1,
            info: .init(
                title: "Komunika API",
                description: """
                    The JSON API of Komunika, the communication department's system of the Martynas Mažvydas \
                    National Library of Lithuania. Staff routes need a bearer token (`Authorization: Bearer …`): \
                    a viewer's token reads, an editor's writes, an admin's does everything. Errors are RFC 9457 \
                    problems (`application/problem+json`). Times are Europe/Vilnius with their offset.
                    """,
                version: "1"),
            servers: [],
            paths: paths,
            components: .init(
                schemas: ["Problem": problemSchema],
                securitySchemes: [
                    "bearerToken": .b(
                        .http(
                            scheme: "bearer",
                            description: "A token from the gateway's token file (KOMUNIKA_TOKENS_FILE), with its role"))
                ]),
            tags: tags)
    }

    /// The document as served: JSON, keys sorted.
    public static func json(_ document: OpenAPI.Document) throws -> Data {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        return try encoder.encode(document)
    }

    static func orderedParts(_ routes: [DescribedRoute]) -> [String] {
        var seen: [String] = []
        for part in routes.compactMap(\.part) where !seen.contains(part) { seen.append(part) }
        return seen
    }

    /// The role a route needs, as its description says it.
    public static func role(of route: DescribedRoute) -> String? {
        switch route.access {
        case .open: nil
        case .admin: "admin"
        case .staff: route.method == .get ? "viewer" : "editor"
        }
    }

    static func operation(_ route: DescribedRoute) -> OpenAPI.Operation {
        let described = route.operation
        var parameters: OpenAPI.Parameter.Array = pathParameters(route.path).map { .b($0) }
        parameters += described.query.map {
            .b(.query(name: $0, required: described.requiredQuery.contains($0), schema: querySchema($0)))
        }
        if route.access != .open && route.method != .get {
            parameters.append(
                .b(
                    .header(
                        name: "Idempotency-Key", schema: .string(maxLength: 200),
                        description:
                            "Names the write: a retry with the same key is done once. The answer names the key used (the header `Idempotency-Key`, and `idempotencyKey` in a problem), one the gateway made up when none was sent; the same key with another body is refused (422 `idempotency-key-reused`)"
                    )))
        }
        var responses: OpenAPI.Response.Map = [:]
        for answer in described.answers {
            responses[.status(code: answer.status)] = .b(response(answer))
        }
        for status in problems(route).sorted() {
            responses[.status(code: status)] = .b(problemResponse(status))
        }
        var text = described.description ?? ""
        if let role = role(of: route) {
            text += (text.isEmpty ? "" : "\n\n") + "Needs the role **\(role)** (or a higher one)."
        }
        let security: [OpenAPI.SecurityRequirement] =
            route.access == .open ? [] : [[.component(named: securityScheme): []]]
        return OpenAPI.Operation(
            tags: route.part.map { [$0] },
            summary: described.summary,
            description: text.isEmpty ? nil : text,
            operationId: operationId(route),
            parameters: parameters,
            requestBody: described.body.map { body in
                let schema = body.schema()
                var content: OpenAPI.Content.Map = [:]
                for type in body.contentTypes { content[contentType(type)] = .b(OpenAPI.Content(schema: schema)) }
                return OpenAPI.Request(content: content, required: body.required)
            },
            responses: responses,
            security: security,
            vendorExtensions: role(of: route).map { ["x-komunika-role": AnyCodable($0)] } ?? [:])
    }

    /// Every problem `route` can answer: its own, and those of its kind.
    public static func problems(_ route: DescribedRoute) -> Set<Int> {
        var statuses = route.operation.problems
        if !route.operation.query.isEmpty { statuses.insert(400) }
        if route.access != .open { statuses.formUnion([401, 403]) }
        if route.operation.body != nil { statuses.formUnion([400, 413, 422]) }
        if route.path.contains("{") { statuses.insert(404) }
        return statuses
    }

    static func pathParameters(_ path: String) -> [OpenAPI.Parameter] {
        path.split(separator: "/").compactMap { component in
            guard let open = component.firstIndex(of: "{"), let close = component.firstIndex(of: "}") else { return nil }
            let name = String(component[component.index(after: open)..<close])
            return .path(name: name, schema: pathSchema(name))
        }
    }

    static func pathSchema(_ name: String) -> JSONSchema {
        switch name {
        case "year": .integer(maximum: (2100, exclusive: false), minimum: (2000, exclusive: false))
        case "number": .integer(minimum: (1, exclusive: false))
        case "code": .string(minLength: 1)
        default: .string(format: .uuid)
        }
    }

    /// A query parameter's schema by its name: the same names mean the same everywhere.
    static func querySchema(_ name: String) -> JSONSchema {
        switch name {
        case "limit": .integer(description: "Above \(Page.maximumLimit) counts as \(Page.maximumLimit)", minimum: (1, exclusive: false))
        case "offset": .integer(minimum: (0, exclusive: false))
        case "year": .integer(maximum: (2100, exclusive: false), minimum: (2000, exclusive: false))
        case "from", "to":
            .string(description: "A day (2026-12-01) or an ISO 8601 date-time (2026-12-01T18:00:00+02:00)")
        case "subject", "eventId", "campaignId", "journalistId": .string(format: .uuid)
        case "month": .string(description: "A month, 2026-12", pattern: "^[0-9]{4}-[0-9]{2}$")
        default: .string
        }
    }

    static func operationId(_ route: DescribedRoute) -> String {
        let words = route.path.split { !($0.isLetter || $0.isNumber) }.map { $0.prefix(1).uppercased() + $0.dropFirst() }
        return route.method.rawValue.lowercased() + words.joined()
    }

    static func contentType(_ text: String) -> OpenAPI.ContentType {
        guard let type = OpenAPI.ContentType(rawValue: text) else { preconditionFailure("'\(text)' is not a media type") }
        return type
    }

    static func response(_ answer: APIAnswer) -> OpenAPI.Response {
        var headers: OpenAPI.Header.Map = [:]
        for header in answer.headers {
            headers[header.name] = .b(OpenAPI.Header(schema: header.schema, required: header.required))
        }
        var content: OpenAPI.Content.Map = [:]
        if let type = answer.contentType { content[contentType(type)] = .b(OpenAPI.Content(schema: answer.schema?())) }
        return OpenAPI.Response(description: answer.description, headers: headers.isEmpty ? nil : headers, content: content)
    }

    static func problemResponse(_ status: Int) -> OpenAPI.Response {
        var headers: OpenAPI.Header.Map = [:]
        switch status {
        case 401: headers["WWW-Authenticate"] = .b(OpenAPI.Header(schema: .string, required: true))
        case 503: headers["Retry-After"] = .b(OpenAPI.Header(schema: .integer(minimum: (0, exclusive: false)), required: true))
        default: break
        }
        return OpenAPI.Response(
            description: problemMeaning[status] ?? "A problem",
            headers: headers.isEmpty ? nil : headers,
            content: [contentType("application/problem+json"): .b(OpenAPI.Content(schema: problemReference))])
    }

    static let problemReference = JSONSchema.reference(.component(named: "Problem"))

    static let problemMeaning: [Int: String] = [
        400: "The query, a header or the body cannot be read (`bad-query-parameter`, `malformed-body`)",
        401: "No bearer token, or one the gateway does not know",
        403: "The token's role does not allow this",
        404: "Nothing has this id",
        405: "Not a method of this path",
        409: "The current state does not allow it (`conflict`, `illegal-transition`)",
        413: "The body is too large",
        422: "The body is not valid: `errors` names each field; or the Idempotency-Key was first used for another request (`idempotency-key-reused`)",
        429: "Too many requests; wait as Retry-After says",
        502: "A service answered with something the gateway cannot read",
        503: "The service cannot be reached; retry after Retry-After seconds",
        504: "The outcome is unknown (`outcome-unknown`): retry with the Idempotency-Key `idempotencyKey` names",
    ]

    /// RFC 9457: the standard members, and members of its own (`errors`, `parameter`, `allowed` …).
    static let problemSchema = JSONSchema.object(
        description: "An RFC 9457 problem",
        properties: [
            "type": .string(format: .uri),
            "title": .string,
            "status": .integer,
            "detail": .string,
            "instance": .string,
            "errors": .array(
                required: false,
                items: .object(
                    properties: [
                        "field": .string, "detail": .string, "allowed": .array(required: false, items: .string),
                    ])),
            "parameter": .string(required: false),
            "allowed": .array(required: false, items: .string),
        ],
        additionalProperties: .init(true))
}
