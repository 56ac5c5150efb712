import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import GatewayKit

/// The public pages may be framed by the library's own sites and nothing
/// else; every other page stays unframable. The public JSON routes answer
/// CORS for exactly those sites.
final class PublicFrameAndCORSTests: XCTestCase {
    static let lnb = "https://www.lnb.lt"
    static let origins = ["https://www.lnb.lt", "https://lnb.lt/"]

    func testPublicPagesMayBeFramedByTheLibrarysSitesOnly() async throws {
        try await GatewayHTTP.test(publicOrigins: Self.origins) { client in
            let calendar = try await client.execute(uri: "/kalendorius", method: .get)
            XCTAssertEqual(calendar.status, .ok, calendar.text)
            XCTAssertEqual(
                calendar.headers[.contentSecurityPolicy],
                "default-src 'self'; img-src 'self' data:; form-action 'self'; frame-ancestors 'self' https://www.lnb.lt https://lnb.lt; base-uri 'self'; object-src 'none'"
            )
            XCTAssertNil(calendar.headers[.xFrameOptions])
            XCTAssertEqual(calendar.headers[.xContentTypeOptions], "nosniff")

            // A public page's error page too: the frame shows it.
            let missing = try await client.execute(uri: "/kalendorius/\(UUID().uuidString)", method: .get)
            XCTAssertEqual(missing.status, .notFound)
            XCTAssertTrue(missing.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'self' https://www.lnb.lt https://lnb.lt;") == true)
            XCTAssertNil(missing.headers[.xFrameOptions])

            // The staff's pages, the sign-in and the API stay unframable.
            for path in ["/prisijungimas", "/renginiai", "/api/v1/public/events", "/healthz"] {
                let response = try await client.execute(uri: path, method: .get)
                XCTAssertEqual(response.headers[.contentSecurityPolicy], SecurityHeaders<GatewayContext>.contentSecurityPolicy, path)
                XCTAssertTrue(response.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'none'") == true, path)
                XCTAssertEqual(response.headers[.xFrameOptions], "DENY", path)
            }
        }
    }

    func testWithoutConfiguredOriginsPublicPagesAreFramedOnlyByTheGatewayItself() async throws {
        try await GatewayHTTP.test { client in
            let privacy = try await client.execute(uri: "/privatumas", method: .get)
            XCTAssertEqual(privacy.status, .ok)
            XCTAssertTrue(privacy.headers[.contentSecurityPolicy]?.contains("frame-ancestors 'self';") == true)
        }
    }

    func testPublicPagesHaveThePublicMenuAndNoStaffMenu() async throws {
        try await GatewayHTTP.test { client in
            let lt = try await client.execute(uri: "/kalendorius", method: .get)
            XCTAssertTrue(lt.text.contains(#"<a href="/kalendorius" aria-current="page">Renginiai</a>"#), lt.text)
            XCTAssertTrue(lt.text.contains(#"<a href="/kursai">Mokymai</a>"#))
            XCTAssertTrue(lt.text.contains(#"<a href="/spaudai">Spaudai</a>"#))
            XCTAssertTrue(
                lt.text.contains(#"<a href="/kalba?lang=en&amp;back=/kalendorius" lang="en" hreflang="en" title="English">EN</a>"#), lt.text)
            XCTAssertTrue(lt.text.contains(#"<a href="/privatumas">Privatumo pranešimas</a>"#))
            XCTAssertFalse(lt.text.contains(#"action="/paieska""#))
            XCTAssertFalse(lt.text.contains(#"href="/kampanijos""#))
            XCTAssertTrue(lt.text.contains("<title>Renginių kalendorius · LNB</title>"))

            let en = try await client.execute(uri: "/kalendorius", method: .get, headers: [.cookie: "kalba=en"])
            XCTAssertTrue(en.text.contains(#"<html lang="en">"#))
            XCTAssertTrue(en.text.contains(#"<a href="/kalendorius" aria-current="page">Events</a>"#), en.text)
            XCTAssertTrue(en.text.contains(#"<a href="/spaudai">Press</a>"#))
            XCTAssertTrue(en.text.contains(#"title="English" aria-current="true">EN</a>"#), en.text)
        }
    }

    func testPublicAPIAnswersCORSForTheLibrarysSitesOnly() async throws {
        try await GatewayHTTP.test(publicOrigins: Self.origins) { client in
            let allowed = try await client.execute(uri: "/api/v1/public/events", method: .get, headers: [.origin: Self.lnb])
            XCTAssertEqual(allowed.status, .ok, allowed.text)
            XCTAssertEqual(allowed.headers[.accessControlAllowOrigin], Self.lnb)
            XCTAssertEqual(allowed.headers[.vary], "Origin")
            XCTAssertEqual(allowed.headers[.accessControlExposeHeaders], "ETag, Location, Idempotency-Key, Komunika-Read-Model")
            XCTAssertNil(allowed.headers[.accessControlAllowCredentials])

            // The second origin was configured with a trailing slash; the browser sends none.
            let bare = try await client.execute(uri: "/api/v1/calendar.ics", method: .get, headers: [.origin: "https://lnb.lt"])
            XCTAssertEqual(bare.headers[.accessControlAllowOrigin], "https://lnb.lt")

            for origin in ["https://evil.example", "http://www.lnb.lt", "https://www.lnb.lt.evil.example"] {
                let other = try await client.execute(uri: "/api/v1/public/events", method: .get, headers: [.origin: origin])
                XCTAssertEqual(other.status, .ok)
                XCTAssertNil(other.headers[.accessControlAllowOrigin], origin)
                XCTAssertEqual(other.headers[.vary], "Origin")
            }

            // An error of a public route carries the header too, so the site's script can read the problem.
            let wrong = try await client.execute(uri: "/api/v1/public/events?colour=red", method: .get, headers: [.origin: Self.lnb])
            try wrong.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/public/events")
            XCTAssertEqual(wrong.headers[.accessControlAllowOrigin], Self.lnb)

            // The staff's API answers no CORS at all.
            let staff = try await client.execute(uri: "/api/v1/events", method: .get, headers: [.origin: Self.lnb])
            XCTAssertNil(staff.headers[.accessControlAllowOrigin])
        }
    }

    func testPreflightIsAnsweredForAllowedSitesWithTheMethodsAndHeaders() async throws {
        try await GatewayHTTP.test(publicOrigins: Self.origins) { client in
            let preflight: HTTPFields = [
                .origin: Self.lnb, .accessControlRequestMethod: "GET", .accessControlRequestHeaders: "if-none-match",
            ]
            let allowed = try await client.execute(uri: "/api/v1/public/events", method: .options, headers: preflight)
            XCTAssertEqual(allowed.status, .noContent)
            XCTAssertEqual(allowed.headers[.accessControlAllowOrigin], Self.lnb)
            XCTAssertEqual(allowed.headers[.accessControlAllowMethods], "GET, HEAD, OPTIONS")
            XCTAssertEqual(allowed.headers[.accessControlAllowHeaders], "Content-Type, Idempotency-Key, If-None-Match, Accept-Language")
            XCTAssertEqual(allowed.headers[.accessControlMaxAge], "600")
            XCTAssertEqual(allowed.headers[.allow], "GET, HEAD, OPTIONS")

            var other = preflight
            other[.origin] = "https://evil.example"
            let refused = try await client.execute(uri: "/api/v1/public/events", method: .options, headers: other)
            XCTAssertEqual(refused.status, .noContent)
            XCTAssertNil(refused.headers[.accessControlAllowOrigin])
            XCTAssertNil(refused.headers[.accessControlAllowMethods])
            XCTAssertEqual(refused.headers[.allow], "GET, HEAD, OPTIONS")
        }
    }
}
