import Foundation
import HTTPTypes
import HummingbirdTesting
import NIOCore

/// A response as a client sees it.
struct HTTPResult: Sendable {
    var status: Int
    var headers: HTTPFields
    var body: Data

    var text: String { String(decoding: body, as: UTF8.self) }
    var json: [String: Any]? { (try? JSONSerialization.jsonObject(with: body)) as? [String: Any] }
    var contentType: String? { headers[.contentType] }
}

/// Plain HTTP/1.1 over TCP to the gateway: one connection per request, so a
/// gateway killed mid-test fails only the requests in flight.
struct HTTP: Sendable {
    let port: Int
    /// Sent as `Authorization: Bearer …` unless the request names its own; `nil` for a member of the public.
    var token: String?

    func send(
        _ method: HTTPRequest.Method, _ path: String, json: Any? = nil, rawBody: String? = nil,
        headers: [String: String] = [:], timeout: Duration = .seconds(30)
    ) async throws -> HTTPResult {
        var fields = HTTPFields()
        var body: ByteBuffer?
        if let json {
            let data = try JSONSerialization.data(withJSONObject: json)
            body = ByteBuffer(bytes: data)
            fields[.contentType] = "application/json"
        } else if let rawBody {
            body = ByteBuffer(string: rawBody)
            fields[.contentType] = "application/json"
        }
        if let token, headers["Authorization"] == nil { fields[.authorization] = "Bearer \(token)" }
        for (name, value) in headers {
            if let field = HTTPField.Name(name) { fields[field] = value }
        }
        let request = TestClient.Request(path, method: method, authority: "127.0.0.1:\(port)", headers: fields, body: body)
        let response = try await TestClient.withClient(
            host: "127.0.0.1", port: port, configuration: .init(timeout: timeout)
        ) { client in
            try await client.execute(request)
        }
        let bytes = response.body.map { Data($0.readableBytesView) } ?? Data()
        return HTTPResult(status: Int(response.status.code), headers: response.head.headerFields, body: bytes)
    }

    func get(_ path: String) async throws -> HTTPResult { try await send(.get, path) }
}

/// Polls `condition` until it holds or `timeout` passes.
func eventually(
    timeout: Duration = .seconds(30), every interval: Duration = .milliseconds(100),
    _ condition: () async -> Bool
) async -> Bool {
    let deadline = ContinuousClock.now + timeout
    while ContinuousClock.now < deadline {
        if await condition() { return true }
        try? await Task.sleep(for: interval)
    }
    return await condition()
}

extension SystemUnderTest {
    /// HTTP as the system's admin.
    var http: HTTP { HTTP(port: httpPort, token: adminToken) }
    /// HTTP as a member of the public, without a token.
    var publicHTTP: HTTP { HTTP(port: httpPort, token: nil) }

    /// Starts events and the gateway and waits until the gateway is ready.
    func startEventsAndGateway() async throws {
        try start("komunika-events")
        try start("komunika-gateway")
        try await waitUntilReady()
    }

    func waitUntilReady(timeout: Duration = .seconds(60)) async throws {
        let http = self.http
        let ready = await eventually(timeout: timeout) {
            (try? await http.get("/readyz"))?.status == 200
        }
        if !ready {
            throw NSError(
                domain: "SystemUnderTest", code: 1,
                userInfo: [
                    NSLocalizedDescriptionKey:
                        "gateway not ready; gateway log:\n\(log(of: "komunika-gateway").suffix(3000))\nevents log:\n\(log(of: "komunika-events").suffix(3000))"
                ])
        }
    }
}
