import HTTPTypes
import Hummingbird
import OpenAPIKit

/// What one route of the JSON API does, for the OpenAPI document: its
/// summary, query parameters (the names its `QueryParameters` allows),
/// body, answers and the problems it can answer with. Path parameters come
/// from the route's path. A route is registered together with its
/// operation (`DescribedRoutes`), so the document cannot miss a route.
public struct APIOperation: Sendable {
    public var summary: String
    public var description: String?
    public var query: [String]
    /// The query parameters that must be given.
    public var requiredQuery: Set<String> = []
    public var body: APIBody?
    public var answers: [APIAnswer]
    /// Problem statuses beyond those every route of its kind can answer.
    public var problems: Set<Int>

    public init(
        _ summary: String, description: String? = nil, query: [String] = [], body: APIBody? = nil,
        answers: [APIAnswer], problems: Set<Int> = []
    ) {
        self.summary = summary
        self.description = description
        self.query = query
        self.body = body
        self.answers = answers
        self.problems = problems
    }

    /// A JSON read of one `View`; 404 when the path names nothing.
    public static func read<View: Decodable>(
        _ summary: String, _ view: View.Type, query: [String] = [], description: String? = nil, problems: Set<Int> = [404]
    ) -> APIOperation {
        APIOperation(
            summary, description: description, query: query, answers: [.json(200, view)], problems: problems)
    }

    /// A page of a list: `{"items":[View…],"total","limit","offset"}`.
    public static func list<Item: Codable & Sendable>(
        _ summary: String, _ item: Item.Type, query: [String] = [], description: String? = nil, problems: Set<Int> = []
    ) -> APIOperation {
        APIOperation(
            summary, description: description, query: query, answers: [.list(item)], problems: problems)
    }

    /// A command through a service (`WriteResponse`): 201 with `Location` when it creates, else `status`;
    /// 422 for a body that is not valid, 409 for a state that does not allow it, 503 when the service is down,
    /// 504 when its outcome is unknown (retry with the `Idempotency-Key` the problem names).
    public static func write<Input: Decodable, View: Decodable>(
        _ summary: String, body: Input.Type, answer view: View.Type, creates: Bool = false, status: Int = 200,
        description: String? = nil, query: [String] = [], problems: Set<Int> = [404, 409]
    ) -> APIOperation {
        APIOperation(
            summary, description: description, query: query, body: .json(body),
            answers: [creates ? .created(view) : .written(status, view)], problems: problems.union(Self.commandProblems))
    }

    /// A command without a body (a removal, a link): `answer` as `WriteResponse` gives it.
    public static func command<View: Decodable>(
        _ summary: String, answer view: View.Type, status: Int = 200, description: String? = nil,
        problems: Set<Int> = [404, 409]
    ) -> APIOperation {
        APIOperation(
            summary, description: description, answers: [.written(status, view)],
            problems: problems.union(Self.commandProblems))
    }

    /// What a command through the bus can answer besides its own problems.
    /// The same operation with `names` as required query parameters.
    public func requiring(_ names: String...) -> APIOperation {
        var operation = self
        operation.requiredQuery.formUnion(names)
        return operation
    }

    public static let commandProblems: Set<Int> = [400, 422, 502, 503, 504]
}

/// A request body.
public struct APIBody: Sendable {
    /// The media types it may be sent as, each with the same schema.
    public var contentTypes: [String]
    public var schema: @Sendable () -> JSONSchema
    public var required: Bool

    public static func json<Input: Decodable>(_ input: Input.Type) -> APIBody {
        APIBody(contentTypes: ["application/json"], schema: { SchemaReader.schema(of: input) }, required: true)
    }

    /// A file as the body, of one of `contentTypes` (`*/*`: any).
    public static func file(_ contentTypes: [String]) -> APIBody {
        APIBody(contentTypes: contentTypes, schema: { .string(contentEncoding: .binary) }, required: true)
    }
}

/// One successful answer of a route.
public struct APIAnswer: Sendable {
    public var status: Int
    public var description: String
    public var contentType: String?
    public var schema: (@Sendable () -> JSONSchema)?
    /// Response headers: name, whether always sent, its schema.
    public var headers: [(name: String, required: Bool, schema: JSONSchema)]

    public init(
        status: Int, description: String, contentType: String?, schema: (@Sendable () -> JSONSchema)?,
        headers: [(name: String, required: Bool, schema: JSONSchema)] = []
    ) {
        self.status = status
        self.description = description
        self.contentType = contentType
        self.schema = schema
        self.headers = headers
    }

    public static func json<View: Decodable>(_ status: Int, _ view: View.Type, description: String = "OK") -> APIAnswer {
        APIAnswer(
            status: status, description: description, contentType: "application/json",
            schema: { SchemaReader.schema(of: view) })
    }

    public static func list<Item: Codable & Sendable>(_ item: Item.Type) -> APIAnswer {
        APIAnswer(
            status: 200, description: "One page of the list", contentType: "application/json",
            schema: { SchemaReader.schema(of: ListView<Item>.self) })
    }

    /// `Komunika-Read-Model: stale` when the read model had not caught up (the write succeeded).
    static let staleHeader = (
        name: HTTPField.Name.readModel.rawName, required: false, schema: JSONSchema.string(allowedValues: "stale")
    )

    /// A `WriteResponse` with `status`.
    public static func written<View: Decodable>(_ status: Int, _ view: View.Type) -> APIAnswer {
        APIAnswer(
            status: status, description: "Done", contentType: "application/json",
            schema: { SchemaReader.schema(of: view) }, headers: [staleHeader])
    }

    /// A `WriteResponse` of a new thing: 201 with its `Location`.
    public static func created<View: Decodable>(_ view: View.Type) -> APIAnswer {
        APIAnswer(
            status: 201, description: "Created; Location names the new thing", contentType: "application/json",
            schema: { SchemaReader.schema(of: view) },
            headers: [("Location", true, .string(format: .uriReference)), staleHeader])
    }

    /// A body that is not JSON: a calendar, a CSV file, a feed, a stored file.
    public static func file(_ contentType: String, description: String, headers: [String] = []) -> APIAnswer {
        APIAnswer(
            status: 200, description: description, contentType: contentType,
            schema: { .string(contentMediaType: OpenAPI.ContentType(rawValue: contentType)) },
            headers: headers.map { ($0, true, JSONSchema.string) })
    }

    /// An answer without a body.
    public static func empty(_ status: Int, description: String) -> APIAnswer {
        APIAnswer(status: status, description: description, contentType: nil, schema: nil)
    }
}

/// Who may call a route: anyone, a staff token (a viewer reads, an editor
/// writes), or an admin's token.
public enum APIAccess: String, Sendable {
    case open
    case staff
    case admin
}
