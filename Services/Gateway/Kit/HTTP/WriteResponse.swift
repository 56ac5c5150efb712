import Hummingbird

/// The answer to a write: its status, an optional `Location`, and
/// `Komunika-Read-Model: stale` when the read model had not caught up
/// within the wait (the write itself succeeded).
public struct WriteResponse<Body: ResponseEncodable>: ResponseGenerator {
    public var status: HTTPResponse.Status = .ok
    public var body: Body
    public var location: String?
    public var fresh: Bool

    public init(status: HTTPResponse.Status = .ok, body: Body, location: String? = nil, fresh: Bool) {
        self.status = status
        self.body = body
        self.location = location
        self.fresh = fresh
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try body.response(from: request, context: context)
        response.status = status
        if let location { response.headers[.location] = location }
        if !fresh { response.headers[.readModel] = "stale" }
        return response
    }
}
