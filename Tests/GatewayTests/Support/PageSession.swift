import Foundation
import GRDB
import Hummingbird
import HummingbirdTesting
import MessageSchema
import Store
import XCTest

@testable import GatewayAccounts
@testable import GatewayKit

/// A browser's side of the web application in router tests: its cookies and
/// the form token of the last page it read.
struct PageSession {
    var cookies: [String: String] = [:]
    var csrf = ""

    var cookieHeader: String { cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    /// Keeps the cookies a response sets (an empty value removes one).
    mutating func keep(_ response: TestResponse) {
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0])
            let value = pair.count > 1 ? String(pair[1]) : ""
            if value.isEmpty { cookies[name] = nil } else { cookies[name] = value }
        }
        if let range = response.text.range(of: #"name="csrf" value="([0-9a-f]+)""#, options: .regularExpression) {
            csrf = String(response.text[range].split(separator: "\"")[3])
        }
    }

    /// GETs `path` as this browser.
    mutating func get(_ client: any TestClientProtocol, _ path: String) async throws -> TestResponse {
        let response = try await client.execute(uri: path, method: .get, headers: [.cookie: cookieHeader], body: nil)
        keep(response)
        return response
    }

    /// POSTs a form (`csrf` added unless `withToken` is false) as this browser.
    mutating func post(
        _ client: any TestClientProtocol, _ path: String, _ fields: [(String, String)], withToken: Bool = true
    ) async throws -> TestResponse {
        let all = (withToken ? [("csrf", csrf)] : []) + fields
        let body = all.map { "\(Self.escape($0.0))=\(Self.escape($0.1))" }.joined(separator: "&")
        let response = try await client.execute(
            uri: path, method: .post,
            headers: [.cookie: cookieHeader, .contentType: "application/x-www-form-urlencoded"],
            body: ByteBuffer(string: body))
        keep(response)
        return response
    }

    static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }

    /// An account made as `komunikactl users add` makes it, with its password
    /// set through its one-time link; the session signed in.
    static func signedIn(
        _ client: any TestClientProtocol, database: ServiceDatabase, name: String, email: String, role: String,
        password: String = "labai-slaptas-1"
    ) async throws -> PageSession {
        let link = try await database.writer.write { db in
            try AccountsChange(db: db, now: Date(), publicURL: "http://127.0.0.1:8080")
                .add(AddAccount(name: name, email: email, role: role))
        }
        let path = String(link.link.dropFirst("http://127.0.0.1:8080".count))
        var session = PageSession()
        _ = try await session.get(client, path)
        let set = try await session.post(client, path, [("password", password), ("password_repeat", password)])
        XCTAssertEqual(set.status, HTTPResponse.Status.seeOther, set.text)
        XCTAssertNotNil(session.cookies[SessionCookie.name])
        let home = try await session.get(client, "/")
        if let next = home.headers[.location] { _ = try await session.get(client, next) }
        return session
    }
}
