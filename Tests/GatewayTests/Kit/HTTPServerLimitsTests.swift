import GatewayKit
import XCTest

/// The HTTP server's bounds from the environment (the running server is tested in SystemTests' PublicSurfaceBoundsTests).
final class HTTPServerLimitsTests: XCTestCase {
    func testDefaultsAndEnvironment() throws {
        XCTAssertEqual(
            try HTTPServerLimits.from(environment: [:]),
            HTTPServerLimits(idleTimeout: .seconds(60), headerTimeout: .seconds(10), maxConnections: 512))
        XCTAssertEqual(
            try HTTPServerLimits.from(environment: [
                "KOMUNIKA_HTTP_IDLE_TIMEOUT": "15", "KOMUNIKA_HTTP_HEADER_TIMEOUT": " 5 ", "KOMUNIKA_HTTP_MAX_CONNECTIONS": "64",
            ]),
            HTTPServerLimits(idleTimeout: .seconds(15), headerTimeout: .seconds(5), maxConnections: 64))
    }

    func testAWrongValueNamesItsVariable() {
        for (name, text) in [("KOMUNIKA_HTTP_IDLE_TIMEOUT", "0"), ("KOMUNIKA_HTTP_HEADER_TIMEOUT", "1.5"), ("KOMUNIKA_HTTP_MAX_CONNECTIONS", "daug")]
        {
            XCTAssertThrowsError(try HTTPServerLimits.from(environment: [name: text])) { error in
                XCTAssertEqual("\(error)", "\(name) must be a whole number above zero, not '\(text)'")
            }
        }
    }
}
