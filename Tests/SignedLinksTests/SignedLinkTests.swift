import Foundation
import SignedLinks
import XCTest

final class SignedLinkTests: XCTestCase {
    let secret = LinkSecret("0123456789abcdef0123456789abcdef")

    func testATokenIsVerifiedForItsPurposeAndGivesItsSubjectBack() {
        let token = SignedLink(.cancelRegistration, subject: "4F1C2B0E-0000-4000-8000-000000000001").token(secret: secret)
        XCTAssertEqual(
            SignedLink.verified(token, purpose: .cancelRegistration, secret: secret),
            SignedLink(.cancelRegistration, subject: "4F1C2B0E-0000-4000-8000-000000000001"))
        XCTAssertTrue(token.allSatisfy { $0.isLetter || $0.isNumber || "-_.".contains($0) })
    }

    func testAnotherPurposeAChangedTokenOrAnotherSecretIsRefused() {
        let token = SignedLink(.unsubscribe, subject: "rūta.žemaitė@example.lt").token(secret: secret)
        XCTAssertEqual(SignedLink.verified(token, purpose: .unsubscribe, secret: secret)?.subject, "rūta.žemaitė@example.lt")
        XCTAssertNil(SignedLink.verified(token, purpose: .cancelRegistration, secret: secret))
        XCTAssertNil(SignedLink.verified(token, purpose: .unsubscribe, secret: LinkSecret("another secret of 32 characters!!")))
        var changed = Array(token)
        changed[2] = changed[2] == "A" ? "B" : "A"
        XCTAssertNil(SignedLink.verified(String(changed), purpose: .unsubscribe, secret: secret))
        XCTAssertNil(SignedLink.verified(String(token.prefix(while: { $0 != "." })), purpose: .unsubscribe, secret: secret))
        XCTAssertNil(SignedLink.verified("", purpose: .unsubscribe, secret: secret))
        XCTAssertNil(SignedLink.verified("a.b.c", purpose: .unsubscribe, secret: secret))
    }

    func testTheSecretFileIsMadeOnceAndReadBackByTheNextProcess() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("link-secret-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        let first = try LinkSecret.load(environment: [:], dataDirectory: folder.path)
        let second = try LinkSecret.load(environment: [:], dataDirectory: folder.path)
        let token = SignedLink(.cancelEnrolment, subject: "x").token(secret: first)
        XCTAssertNotNil(SignedLink.verified(token, purpose: .cancelEnrolment, secret: second))
        let attributes = try FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent("link-secret").path)
        XCTAssertEqual((attributes[.posixPermissions] as? NSNumber)?.intValue, 0o600)
        XCTAssertThrowsError(try LinkSecret.load(environment: ["KOMUNIKA_LINK_SECRET": "short"], dataDirectory: folder.path)) {
            XCTAssertEqual("\($0)", "KOMUNIKA_LINK_SECRET must have at least 32 characters")
        }
    }
}
