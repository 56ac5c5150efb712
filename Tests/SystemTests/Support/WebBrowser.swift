import Foundation
import HTTPTypes
import XCTest

/// A browser's side of the real gateway's pages: its cookies and the form
/// token of the last page it read.
struct WebBrowser {
    let port: Int
    var cookies: [String: String] = [:]
    var csrf = ""

    mutating func get(_ path: String) async throws -> HTTPResult {
        try await keep(HTTP(port: port, token: nil).send(.get, path, headers: ["Cookie": cookieHeader]))
    }

    mutating func post(_ path: String, _ fields: [(String, String)], withToken: Bool = true) async throws -> HTTPResult {
        let all = (withToken ? [("csrf", csrf)] : []) + fields
        let body = all.map { "\(Self.escape($0.0))=\(Self.escape($0.1))" }.joined(separator: "&")
        return try keep(
            await HTTP(port: port, token: nil).send(
                .post, path, rawBody: body,
                headers: ["Cookie": cookieHeader, "Content-Type": "application/x-www-form-urlencoded"]))
    }

    private var cookieHeader: String { cookies.sorted { $0.key < $1.key }.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }

    private mutating func keep(_ response: HTTPResult) -> HTTPResult {
        for field in response.headers[values: .setCookie] {
            let pair = field.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let value = pair.count > 1 ? String(pair[1]) : ""
            cookies[String(pair[0])] = value.isEmpty ? nil : value
        }
        if let range = response.text.range(of: #"name="csrf" value="([0-9a-f]+)""#, options: .regularExpression) {
            csrf = String(response.text[range].split(separator: "\"")[3])
        }
        return response
    }

    static func escape(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._~")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension SystemUnderTest {
    /// A browser signed in as an admin, made the way `komunikactl users add`
    /// makes one: Rasa Administratorė sets her password through the link it prints.
    func signedInAdmin() async throws -> WebBrowser {
        var browser = WebBrowser(port: httpPort)
        let added = try komunikactl(["users", "add", "Rasa Administratorė", "--email", "rasa@example.lt", "--role", "admin"])
        XCTAssertEqual(added.status, 0, added.error)
        let link = try XCTUnwrap(added.output.split(separator: "\n").last.map(String.init), added.output)
        let path = String(try XCTUnwrap(link.range(of: "/prisijungimas/").map { link[$0.lowerBound...] }, link))
        let form = try await browser.get(path)
        XCTAssertEqual(form.status, 200, form.text)
        let set = try await browser.post(path, [("password", "labai-slaptas-1"), ("password_repeat", "labai-slaptas-1")])
        XCTAssertEqual(set.status, 303, set.text)
        return browser
    }
}
