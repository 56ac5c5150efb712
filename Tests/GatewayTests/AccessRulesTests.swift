import Foundation
import ServiceKit
import XCTest

@testable import Gateway

/// Which role each route needs, and how the token file is read.
final class AccessRulesTests: XCTestCase {
    func testPublicRoutesNeedNoTokenReadsAViewerWritesAnEditorMetricsAnAdmin() {
        XCTAssertNil(AccessRules.requiredRole(.get, "/healthz"))
        XCTAssertNil(AccessRules.requiredRole(.get, "/api/v1/calendar.ics"))
        XCTAssertNil(AccessRules.requiredRole(.post, "/api/v1/surveys/5B0F3C52-1111-4222-8333-944455556666/responses"))
        XCTAssertNil(AccessRules.requiredRole(.get, "/api/v1/surveys/5B0F3C52-1111-4222-8333-944455556666"))
        XCTAssertNil(AccessRules.requiredRole(.get, "/api/v1/certificates/K7P2-9XQ4-MN3R"))
        XCTAssertNil(AccessRules.requiredRole(.get, "/api/v1/press-releases/feed.xml"))
        XCTAssertEqual(AccessRules.requiredRole(.get, "/api/v1/surveys"), .viewer)
        XCTAssertEqual(AccessRules.requiredRole(.get, "/api/v1/surveys/5B0F3C52-1111-4222-8333-944455556666/responses.csv"), .viewer)
        XCTAssertEqual(AccessRules.requiredRole(.patch, "/api/v1/surveys/5B0F3C52-1111-4222-8333-944455556666"), .editor)
        XCTAssertEqual(AccessRules.requiredRole(.get, "/api/v1/events"), .viewer)
        XCTAssertEqual(AccessRules.requiredRole(.post, "/api/v1/events"), .editor)
        XCTAssertEqual(AccessRules.requiredRole(.delete, "/api/v1/events/x/registrations/y"), .editor)
        XCTAssertEqual(AccessRules.requiredRole(.post, "/api/v1/calendar.ics"), .editor)
        XCTAssertEqual(AccessRules.requiredRole(.get, "/metrics"), .admin)
    }

    func testTheTokenFileSkipsCommentsUnknownRolesAndShortTokens() {
        let entries = TokenFile.parse("""
            # role token name
            admin 00112233445566778899aabbccddeeff Ona Žemaitytė
            editor short Jonas
            owner 00112233445566778899aabbccddeef0 Petras

            viewer ffeeddccbbaa99887766554433221100
            """)
        XCTAssertEqual(entries, [
            TokenFile.Entry(role: .admin, token: "00112233445566778899aabbccddeeff", name: "Ona Žemaitytė"),
            TokenFile.Entry(role: .viewer, token: "ffeeddccbbaa99887766554433221100", name: ""),
        ])
        XCTAssertTrue(Role.admin > Role.editor && Role.editor > Role.viewer)
        XCTAssertEqual(TokenFile.newToken().count, 64)
        XCTAssertNotEqual(TokenFile.newToken(), TokenFile.newToken())
    }
}
