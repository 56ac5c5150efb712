import Hummingbird

/// The answer to a write: its status, an optional `Location`, and
/// `Komunika-Read-Model: stale` when the read model had not caught up
/// within the wait (the write itself succeeded).
struct WriteResponse<Body: ResponseEncodable>: ResponseGenerator {
    var status: HTTPResponse.Status = .ok
    var body: Body
    var location: String?
    var fresh: Bool

    func response(from request: Request, context: some RequestContext) throws -> Response {
        var response = try body.response(from: request, context: context)
        response.status = status
        if let location { response.headers[.location] = location }
        if !fresh { response.headers[.readModel] = "stale" }
        return response
    }
}
