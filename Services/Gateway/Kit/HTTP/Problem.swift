import Foundation
import Hummingbird
import MessageSchema

/// An RFC 9457 problem: every error the HTTP API answers, as
/// `application/problem+json` with `type`, `title`, `status`, `detail`,
/// `instance` (the request's path) and members of its own.
public struct Problem: Error, HTTPResponseError, CustomStringConvertible {
    public static let typeBase = "https://komunika.lnb.lt/problems/"

    public var status: HTTPResponse.Status
    /// The last part of `type`: `not-found`, `invalid`, …
    public var code: String
    public var title: String
    public var detail: String
    /// Members beyond the standard ones (`errors`, `clashingEventId`, …).
    public var extensions: [String: JSONValue]
    public var headers: HTTPFields

    public init(
        _ status: HTTPResponse.Status, code: String, title: String, detail: String,
        extensions: [String: JSONValue] = [:], headers: HTTPFields = [:]
    ) {
        self.status = status
        self.code = code
        self.title = title
        self.detail = detail
        self.extensions = extensions
        self.headers = headers
    }

    public var type: String { Problem.typeBase + code }

    public var description: String { "\(status.code) \(code): \(detail)" }

    /// The problem as a JSON object, `instance` being the path it happened at.
    public func body(instance: String) -> JSONValue {
        var members = extensions
        members["type"] = .string(type)
        members["title"] = .string(title)
        members["status"] = .number(Double(status.code))
        members["detail"] = .string(detail)
        members["instance"] = .string(instance)
        return .object(members)
    }

    public func response(from request: Request, context: some RequestContext) throws -> Response {
        response(instance: request.uri.path)
    }

    public func response(instance: String) -> Response {
        let data = (try? MessageCoding.encode(body(instance: instance))) ?? Data("{}".utf8)
        var fields = headers
        fields[.contentType] = "application/problem+json"
        return Response(
            status: status, headers: fields, body: ResponseBody(byteBuffer: ByteBuffer(bytes: data)))
    }
}
