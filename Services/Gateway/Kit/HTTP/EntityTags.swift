import Crypto
import Foundation
import Hummingbird

/// Gives every `200` answer to a `GET` or `HEAD` a strong `ETag` (RFC 9110
/// §8.8.3): the first 16 bytes of the body's SHA-256 in hex, quoted. A
/// request whose `If-None-Match` names it (or `*`) gets `304 Not Modified`
/// with the tag and no body (§13.1.2), so a client that polls a list or an
/// item downloads it again only when it changed.
///
/// It sits on the JSON API's groups (open and staff). An answer that has a
/// tag already is left alone — the brand files (`BrandFiles`), streamed
/// from disk, tag themselves by their content address and answer `Range`
/// and `If-Range` — and so is one whose length is unknown (a stream).
public struct EntityTags: RouterMiddleware {
    public typealias Context = GatewayContext

    public init() {}

    public func handle(
        _ request: Request, context: GatewayContext, next: (Request, GatewayContext) async throws -> Response
    ) async throws -> Response {
        guard request.method == .get || request.method == .head else { return try await next(request, context) }
        var response = try await next(request, context)
        guard response.status == .ok, response.headers[.eTag] == nil, response.body.contentLength != nil else { return response }
        let body = try await Self.collect(response.body)
        let tag = Self.tag(of: body)
        response.headers[.eTag] = tag
        if EntityTag.list(request.headers[.ifNoneMatch], matches: tag) {
            var headers = response.headers
            headers[.contentLength] = nil
            headers[.contentType] = nil
            return Response(status: .notModified, headers: headers, body: ResponseBody())
        }
        response.body = ResponseBody(byteBuffer: body)
        return response
    }

    /// `"…"`: 32 hex digits of the body's SHA-256.
    public static func tag(of body: ByteBuffer) -> String {
        let digest = SHA256.hash(data: Data(body.readableBytesView))
        return "\"" + digest.prefix(16).map { String(format: "%02x", $0) }.joined() + "\""
    }

    /// The whole body, written into one buffer.
    static func collect(_ body: ResponseBody) async throws -> ByteBuffer {
        let collected = CollectedBody()
        try await body.write(CollectingWriter(collected: collected))
        return collected.buffer
    }
}

/// Where `CollectingWriter` puts the bytes (a class: the writer is consumed).
private final class CollectedBody: @unchecked Sendable {
    var buffer = ByteBuffer()
}

/// A `ResponseBodyWriter` that keeps what it is given.
private struct CollectingWriter: ResponseBodyWriter {
    let collected: CollectedBody

    mutating func write(_ buffer: ByteBuffer) async throws {
        var buffer = buffer
        collected.buffer.writeBuffer(&buffer)
    }

    consuming func finish(_ trailingHeaders: HTTPFields?) async throws {}
}
