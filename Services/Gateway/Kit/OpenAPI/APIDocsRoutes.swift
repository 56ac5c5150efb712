import Foundation
import Hummingbird
import OpenAPIKit

/// `GET /openapi.json`: the OpenAPI 3.1 document of every described route
/// (open, no token). `GET /api/docs`: the same document as a page for people,
/// by part: each route's parameters, body and answers with examples.
public struct APIDocsRoutes: Sendable {
    public let document: OpenAPI.Document
    let json: Data

    public init(document: OpenAPI.Document) throws {
        self.document = document
        self.json = try APIDocument.json(document)
    }

    /// The two routes' own operations, to be in the document they serve.
    public static func describe(in descriptions: APIDescriptions) {
        descriptions.add(
            DescribedRoute(
                method: .get, path: "/openapi.json", access: .open, part: "API",
                operation: APIOperation(
                    "This document", description: "The OpenAPI 3.1 document of the JSON API",
                    answers: [
                        APIAnswer(
                            status: 200, description: "The OpenAPI document", contentType: "application/json",
                            schema: { .object(properties: ["openapi": .string, "paths": .object]) })
                    ])))
        descriptions.add(
            DescribedRoute(
                method: .get, path: "/api/docs", access: .open, part: "API",
                operation: APIOperation(
                    "The API's documentation page", description: "This document as a page for people",
                    answers: [.file("text/html", description: "The page")])))
    }

    public func addRoutes(to routes: some RouterMethods<GatewayContext>) throws {
        let json = json
        routes.get("/openapi.json") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "application/json"],
                body: .init(byteBuffer: ByteBuffer(bytes: json)))
        }
        let templates = try PageTemplates.cached(folder: nil)
        let page = APIDocsPage(document: document)
        routes.get("/api/docs") { request, context -> Response in
            templates.render(
                "api-docs", title: Localized(lt: "API dokumentacija", en: "API documentation"), data: page.data,
                for: Viewer(request: request, context: context))
        }
    }
}

/// What the docs page shows of the document, for its template.
struct APIDocsPage: Sendable {
    let document: OpenAPI.Document

    var data: [String: Any] {
        var parts: [String: [[String: Any]]] = [:]
        var order: [String] = []
        for (path, item) in document.paths {
            guard let item = item.b else { continue }
            for endpoint in item.endpoints {
                let part = endpoint.operation.tags?.first ?? "API"
                if parts[part] == nil { order.append(part) }
                parts[part, default: []].append(operation(endpoint, path: path.rawValue))
            }
        }
        return [
            "version": document.info.version,
            "parts": order.map { ["name": $0, "anchor": $0.lowercased(), "operations": parts[$0] ?? []] },
        ]
    }

    func operation(_ endpoint: OpenAPI.PathItem.Endpoint, path: String) -> [String: Any] {
        let operation = endpoint.operation
        let parameters: [[String: Any]] = operation.parameters.compactMap(\.b).map { parameter in
            [
                "name": parameter.name, "in": parameter.location.rawValue, "required": parameter.required,
                "type": parameter.schemaOrContent.schemaValue.map(Self.typeName) ?? "",
                "description": parameter.description ?? parameter.schemaOrContent.schemaValue?.description ?? "",
            ]
        }
        var body: [[String: Any]] = []
        for (type, content) in operation.requestBody?.b?.content ?? [:] {
            body.append(["contentType": type.rawValue, "example": content.b?.schema.map(example) ?? ""])
        }
        var answers: [[String: Any]] = []
        for (status, response) in operation.responses {
            guard let response = response.b else { continue }
            let content = response.content.first
            let type = content?.key.rawValue ?? ""
            let schema = type == "application/problem+json" ? nil : content?.value.b?.schema
            answers.append([
                "status": status.rawValue, "description": response.description, "contentType": type,
                "example": schema.map(example) ?? "",
                "headers": (response.headers ?? [:]).keys.sorted().joined(separator: ", "),
            ])
        }
        return [
            "method": endpoint.method.rawValue.uppercased(), "path": path, "anchor": operation.operationId ?? path,
            "summary": operation.summary ?? "", "description": operation.description ?? "",
            "role": operation.vendorExtensions["x-komunika-role"]?.value as? String ?? "",
            "open": operation.security?.isEmpty ?? true,
            "parameters": parameters, "hasParameters": !parameters.isEmpty, "body": body, "answers": answers,
        ]
    }

    func example(_ schema: JSONSchema) -> String {
        if schema.jsonType == .string, schema.formatString == nil, schema.allowedValues == nil { return "" }
        return SchemaExample.json(of: schema)
    }

    static func typeName(_ schema: JSONSchema) -> String {
        let type = schema.jsonType?.rawValue ?? "any"
        return schema.formatString.map { "\(type) (\($0))" } ?? type
    }
}
