import Foundation
import XCTest

@testable import GatewayKit

/// The public forms' rate limit: a sliding window per client, and which
/// address a client is (a proxy's `X-Forwarded-For` believed only from a trusted proxy).
final class RateLimitTests: XCTestCase {
    func testTheWindowSlidesAndSaysHowLongToWait() async {
        let limiter = RateLimiter(rule: RateLimitRule(limit: 3, window: 60))
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for offset in [0.0, 10, 20] {
            let wait = await limiter.admit("203.0.113.7", now: start.addingTimeInterval(offset))
            XCTAssertNil(wait, "\(offset)")
        }
        let refused = await limiter.admit("203.0.113.7", now: start.addingTimeInterval(30))
        XCTAssertEqual(refused, 30, "the first request leaves the window at 60 s")
        let other = await limiter.admit("198.51.100.1", now: start.addingTimeInterval(30))
        XCTAssertNil(other, "each address has its own window")
        let later = await limiter.admit("203.0.113.7", now: start.addingTimeInterval(60.5))
        XCTAssertNil(later, "the first left the window")
        let again = await limiter.admit("203.0.113.7", now: start.addingTimeInterval(61))
        XCTAssertEqual(again, 9, "the request at 10 s leaves at 70 s")
    }

    func testClientsQuietForAWindowAreForgotten() async {
        let limiter = RateLimiter(rule: RateLimitRule(limit: 5, window: 60))
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        for index in 0..<999 { _ = await limiter.admit("10.0.\(index / 256).\(index % 256)", now: start) }
        let remembered = await limiter.clients
        XCTAssertEqual(remembered, 999)
        _ = await limiter.admit("203.0.113.7", now: start.addingTimeInterval(120))
        let after = await limiter.clients
        XCTAssertEqual(after, 1, "the 1000th admission swept the quiet ones")
    }

    func testTheClientIsTheRemoteAddressUnlessATrustedProxyForwardedIt() {
        let direct = ClientAddresses()
        XCTAssertEqual(direct.client(remote: "203.0.113.7", forwardedFor: ["198.51.100.1"]), "203.0.113.7", "a client's own header is ignored")
        XCTAssertEqual(direct.client(remote: nil, forwardedFor: []), "unknown")
        let proxied = ClientAddresses(trustedProxies: ["10.0.0.1", "10.0.0.2"])
        XCTAssertEqual(proxied.client(remote: "10.0.0.1", forwardedFor: ["198.51.100.1, 203.0.113.7, 10.0.0.2"]), "203.0.113.7")
        XCTAssertEqual(proxied.client(remote: "10.0.0.1", forwardedFor: ["198.51.100.1", "203.0.113.7"]), "203.0.113.7")
        XCTAssertEqual(proxied.client(remote: "10.0.0.1", forwardedFor: []), "10.0.0.1")
        XCTAssertEqual(proxied.client(remote: "203.0.113.9", forwardedFor: ["198.51.100.1"]), "203.0.113.9")
    }

    func testTheLimitIsReadFromTheEnvironment() throws {
        XCTAssertEqual(RateLimitRule("20/60"), RateLimitRule(limit: 20, window: 60))
        for wrong in ["20", "0/60", "20/0", "twenty/60", "20/60/1"] { XCTAssertNil(RateLimitRule(wrong), wrong) }
        let limit = try PublicPostLimit.from(
            environment: ["KOMUNIKA_PUBLIC_POST_LIMIT": "5/30", "KOMUNIKA_TRUSTED_PROXIES": "10.0.0.1 10.0.0.2"])
        XCTAssertEqual(limit.limiter.rule, RateLimitRule(limit: 5, window: 30))
        XCTAssertEqual(limit.addresses, ClientAddresses(trustedProxies: ["10.0.0.1", "10.0.0.2"]))
        XCTAssertEqual(try PublicPostLimit.from(environment: [:]).limiter.rule, .publicPosts)
        XCTAssertThrowsError(try PublicPostLimit.from(environment: ["KOMUNIKA_PUBLIC_POST_LIMIT": "daug"])) { error in
            XCTAssertEqual("\(error)", "KOMUNIKA_PUBLIC_POST_LIMIT must be POSTS/SECONDS (e.g. 60/600), not 'daug'")
        }
    }
}
