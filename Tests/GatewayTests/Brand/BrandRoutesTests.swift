import FileStore
import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayBrand
@testable import GatewayKit

/// The brand routes: exact JSON shapes of reads, and 4xx problems for bad input.
final class BrandRoutesTests: XCTestCase {
    func testAssetListIsPagedAndFiltered() async throws {
        let usable = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .brand)
                try feed.asset("Logotipas", id: usable, kind: .logo, tags: ["ženklas"])
                try feed.asset("Juodraštis", approved: false)
            },
            { client in
                try await client.execute(uri: "/api/v1/brand/assets?usable=true&limit=10", method: .get) { response in
                    XCTAssertEqual(response.status, .ok)
                    let body = try response.json()
                    XCTAssertEqual(body["total"] as? Int, 1)
                    XCTAssertEqual(body["limit"] as? Int, 10)
                    XCTAssertEqual(body["offset"] as? Int, 0)
                    let items = try XCTUnwrap(body["items"] as? [[String: Any]])
                    XCTAssertEqual(items.first?["id"] as? String, usable.uuidString)
                    XCTAssertEqual(items.first?["usable"] as? Bool, true)
                    XCTAssertEqual(items.first?["tags"] as? [String], ["ženklas"])
                    let file = try XCTUnwrap(items.first?["file"] as? [String: Any])
                    XCTAssertEqual(file["width"] as? Int, 640)
                    XCTAssertEqual(file["mimeType"] as? String, "image/png")
                }
                try await client.execute(uri: "/api/v1/brand/assets?kind=logo,photo", method: .get) { response in
                    XCTAssertEqual(try response.json()["total"] as? Int, 2)
                }
                try await client.execute(uri: "/api/v1/brand/assets?usable=maybe", method: .get) { response in
                    _ = try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/brand/assets")
                }
                try await client.execute(uri: "/api/v1/brand/assets?kind=painting", method: .get) { response in
                    _ = try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/brand/assets")
                }
                let missing = "/api/v1/brand/assets/\(UUID().uuidString)"
                try await client.execute(uri: missing, method: .get) { response in
                    _ = try response.problem(.notFound, code: "not-found", instance: missing)
                }
            })
    }

    func testCollectionsOfAnEventHaveTheAgreedShape() async throws {
        let eventId = UUID()
        let collectionId = UUID()
        let assetId = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .brand)
                try feed.asset("Nuotrauka", id: assetId)
                try feed.apply(CollectionOpened(collectionId: collectionId, title: "Archyvas: Paroda", eventId: eventId))
                try feed.apply(CollectionAssetAdded(collectionId: collectionId, assetId: assetId))
            },
            { client in
                try await client.execute(uri: "/api/v1/brand/collections?eventId=\(eventId.uuidString)", method: .get) { response in
                    XCTAssertEqual(response.status, .ok)
                    let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                    XCTAssertEqual(items.count, 1)
                    XCTAssertEqual(Set(items[0].keys), ["id", "title", "eventId", "assetIds", "createdAt"])
                    XCTAssertEqual(items[0]["id"] as? String, collectionId.uuidString)
                    XCTAssertEqual(items[0]["title"] as? String, "Archyvas: Paroda")
                    XCTAssertEqual(items[0]["eventId"] as? String, eventId.uuidString)
                    XCTAssertEqual(items[0]["assetIds"] as? [String], [assetId.uuidString])
                }
                try await client.execute(uri: "/api/v1/brand/collections?eventId=paroda", method: .get) { response in
                    _ = try response.problem(.badRequest, code: "bad-query-parameter", instance: "/api/v1/brand/collections")
                }
            })
    }

    func testAlertsHaveTheAgreedShape() async throws {
        let assetId = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .brand)
                try feed.apply(AssetRegistered(assetId: assetId, details: AssetDetails(kind: .photo, title: "Nuotrauka")))
                try feed.apply(
                    AssetExpiryWarning(
                        assetId: assetId, assetTitle: "Nuotrauka", kind: .consent, holder: "Ona", expiresOn: CalendarDay("2027-03-01")!.date,
                        daysLeft: 3)
                )
            },
            { client in
                try await client.execute(uri: "/api/v1/alerts", method: .get) { response in
                    XCTAssertEqual(response.status, .ok)
                    let items = try XCTUnwrap(try response.json()["items"] as? [[String: Any]])
                    XCTAssertEqual(items.count, 1)
                    XCTAssertEqual(items[0]["kind"] as? String, "consent-expiring")
                    XCTAssertEqual(items[0]["assetId"] as? String, assetId.uuidString)
                    XCTAssertEqual(items[0]["assetTitle"] as? String, "Nuotrauka")
                    XCTAssertEqual(items[0]["holder"] as? String, "Ona")
                    XCTAssertEqual(items[0]["expiresOn"] as? String, "2027-03-01")
                    XCTAssertEqual(items[0]["daysLeft"] as? Int, 3)
                    XCTAssertTrue((items[0]["message"] as? String)?.contains("Ona") == true)
                }
            })
    }

    func testBadBodiesAreAnswered422NamingTheField() async throws {
        let assetId = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in
                try MessageFeed(fixture.database, source: .brand).asset("Plakatas", id: assetId)
            },
            { client in
                try await client.execute(
                    uri: "/api/v1/brand/assets", method: .post, body: .json(#"{"kind":"painting","title":" "}"#)
                ) { response in
                    _ = try response.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/brand/assets")
                    XCTAssertEqual(Set(try response.errorFields()), ["kind", "title"])
                }
                let review = "/api/v1/brand/assets/\(assetId.uuidString)/review"
                try await client.execute(uri: review, method: .post, body: .json(#"{"decision":"reject"}"#)) { response in
                    _ = try response.problem(.unprocessableContent, code: "invalid", instance: review)
                    XCTAssertEqual(try response.errorFields(), ["reason"])
                }
                let licences = "/api/v1/brand/assets/\(assetId.uuidString)/licences"
                try await client.execute(uri: licences, method: .post, body: .json(#"{"holder":"A","terms":"B","expiresOn":"2027-02-30"}"#)) {
                    response in
                    _ = try response.problem(.unprocessableContent, code: "invalid", instance: licences)
                    XCTAssertEqual(try response.errorFields(), ["expiresOn"])
                }
                try await client.execute(
                    uri: "/api/v1/brand/publications", method: .post,
                    body: .json(#"{"kind":"informational","title":"Leidinys","year":2027,"isbn":"978-0-306-40615-8"}"#)
                ) { response in
                    _ = try response.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/brand/publications")
                    XCTAssertEqual(try response.errorFields(), ["isbn"])
                }
                try await client.execute(uri: "/api/v1/brand/collections", method: .post, body: .json(#"{"title":"Archyvas","eventId":"x"}"#)) {
                    response in
                    XCTAssertEqual(try response.errorFields(), ["eventId"])
                }
                try await client.execute(uri: "/api/v1/brand/expiry-checks", method: .post, body: .json(#"{"asOf":"rytoj"}"#)) { response in
                    XCTAssertEqual(try response.errorFields(), ["asOf"])
                }
            })
    }

    func testUploadsNeedATypeAndANameAndAreLimitedByTheFileStore() async throws {
        let assetId = UUID()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brand-routes-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ContentStore(folder: folder, maxFileSize: GatewayHTTP.testMaxFileSize)
        try await GatewayHTTP.test(
            brandFiles: store,
            seed: { fixture in
                try MessageFeed(fixture.database, source: .brand).asset("Vaizdo įrašas", id: assetId, kind: .video)
            },
            { client in
                let path = "/api/v1/brand/assets/\(assetId.uuidString)/versions"
                try await client.execute(uri: path, method: .post, body: ByteBuffer(string: "abc")) { response in
                    _ = try response.problem(.badRequest, code: "bad-header", instance: path)
                }
                let tooLarge = ByteBuffer(repeating: 0x41, count: Int(GatewayHTTP.testMaxFileSize) + 1)
                try await client.execute(uri: path, method: .post, headers: [.contentType: "video/mp4"], body: tooLarge) { response in
                    let body = try response.problem(.contentTooLarge, code: "too-large", instance: path)
                    XCTAssertEqual(body["limit"] as? Int, Int(GatewayHTTP.testMaxFileSize))
                }
                try await client.execute(uri: path, method: .post, headers: [.contentType: "video/mp4"], body: ByteBuffer()) { response in
                    _ = try response.problem(.unprocessableContent, code: "invalid", instance: path)
                }
                try await client.execute(
                    uri: path + "?fileName=..%2Fvideo.mp4", method: .post, headers: [.contentType: "video/mp4"], body: ByteBuffer(string: "abc")
                ) { response in
                    _ = try response.problem(.unprocessableContent, code: "invalid", instance: path)
                    XCTAssertEqual(try response.errorFields(), ["fileName"])
                }
                try await client.execute(
                    uri: path + "?name=x", method: .post, headers: [.contentType: "video/mp4"], body: ByteBuffer(string: "abc")
                ) { response in
                    _ = try response.problem(.badRequest, code: "bad-query-parameter", instance: path)
                }
                // Accepted by the gateway's checks; no brand service is running in this test.
                try await client.execute(
                    uri: path + "?fileName=\(ContentDisposition.percentEncoded("Žalčių karalienė.mp4"))", method: .post,
                    headers: [.contentType: "video/mp4"], body: ByteBuffer(string: "abc")
                ) { response in
                    _ = try response.problem(.serviceUnavailable, code: "unavailable", instance: path)
                }
                let unknown = "/api/v1/brand/assets/\(UUID().uuidString)/versions"
                try await client.execute(uri: unknown, method: .post, headers: [.contentType: "image/png"], body: ByteBuffer(string: "abc")) {
                    response in
                    _ = try response.problem(.notFound, code: "not-found", instance: unknown)
                }
            })
        // Nothing refused, or not taken by the brand service, is left in the store.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: store.incomingFolder.path), [])
    }

    /// A version's file streamed back from the store, with its name in UTF-8, its tag and ranges.
    func testAVersionsFileIsDownloadedWithItsNameTagAndRanges() async throws {
        let assetId = UUID()
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brand-download-\(UUID().uuidString.prefix(8))")
        defer { try? FileManager.default.removeItem(at: folder) }
        let store = ContentStore(folder: folder)
        let bytes = Data((0..<300_000).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ $0 >> 8) })
        let stored = try store.store(bytes)
        try await GatewayHTTP.test(
            brandFiles: store,
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .brand)
                try feed.apply(AssetRegistered(assetId: assetId, details: AssetDetails(kind: .video, title: "Žalčių karalienė")))
                try feed.apply(
                    AssetVersionAdded(
                        assetId: assetId, number: 1, file: AssetFile(sha256: stored.sha256, mimeType: "video/mp4", size: bytes.count),
                        status: .submitted, fileName: "Žalčių karalienė.mp4"))
                // A version without a name, and one whose file the store does not have.
                try feed.apply(
                    AssetVersionAdded(
                        assetId: assetId, number: 2, file: AssetFile(sha256: stored.sha256, mimeType: "video/mp4", size: bytes.count),
                        status: .submitted))
                try feed.apply(
                    AssetVersionAdded(
                        assetId: assetId, number: 3, file: AssetFile(sha256: String(repeating: "cd", count: 32), mimeType: "video/mp4", size: 5),
                        status: .submitted))
            },
            { client in
                let asset = "/api/v1/brand/assets/\(assetId.uuidString)"
                let file = asset + "/versions/1/file"
                try await client.execute(uri: asset, method: .get) { response in
                    let versions = try XCTUnwrap(try response.json()["versions"] as? [[String: Any]])
                    XCTAssertEqual(versions.first?["fileName"] as? String, "Žalčių karalienė.mp4")
                    XCTAssertEqual(versions.first?["download"] as? String, file)
                    XCTAssertTrue(versions[1]["fileName"] is NSNull)
                }
                try await client.execute(uri: file, method: .get) { response in
                    XCTAssertEqual(response.status, .ok)
                    XCTAssertEqual(Data(response.body.readableBytesView), bytes)
                    XCTAssertEqual(response.headers[.contentType], "video/mp4")
                    XCTAssertEqual(response.headers[.contentLength], String(bytes.count))
                    XCTAssertEqual(response.headers[.eTag], "\"\(stored.sha256)\"")
                    XCTAssertEqual(response.headers[.acceptRanges], "bytes")
                    XCTAssertEqual(
                        response.headers[.contentDisposition],
                        "attachment; filename=\"Zalciu karaliene.mp4\"; filename*=UTF-8''%C5%BDal%C4%8Di%C5%B3%20karalien%C4%97.mp4")
                }
                try await client.execute(uri: asset + "/versions/2/file", method: .get) { response in
                    XCTAssertEqual(response.status, .ok)
                    XCTAssertEqual(
                        response.headers[.contentDisposition],
                        "attachment; filename=\"Zalciu karaliene v2.mp4\"; filename*=UTF-8''%C5%BDal%C4%8Di%C5%B3%20karalien%C4%97%20v2.mp4")
                }
                try await client.execute(uri: file, method: .get, headers: [.range: "bytes=100-199"]) { response in
                    XCTAssertEqual(response.status, .partialContent)
                    XCTAssertEqual(Data(response.body.readableBytesView), bytes[100..<200])
                    XCTAssertEqual(response.headers[.contentRange], "bytes 100-199/300000")
                    XCTAssertEqual(response.headers[.contentLength], "100")
                }
                try await client.execute(uri: file, method: .get, headers: [.range: "bytes=-10"]) { response in
                    XCTAssertEqual(response.status, .partialContent)
                    XCTAssertEqual(Data(response.body.readableBytesView), bytes.suffix(10))
                }
                try await client.execute(uri: file, method: .get, headers: [.range: "bytes=300000-"]) { response in
                    _ = try response.problem(.rangeNotSatisfiable, code: "range-not-satisfiable", instance: file)
                    XCTAssertEqual(response.headers[.contentRange], "bytes */300000")
                }
                try await client.execute(uri: file, method: .get, headers: [.ifNoneMatch: "\"\(stored.sha256)\""]) { response in
                    XCTAssertEqual(response.status, .notModified)
                    XCTAssertEqual(response.body.readableBytes, 0)
                }
                for missing in [asset + "/versions/4/file", asset + "/versions/0/file", asset + "/versions/pirma/file"] {
                    try await client.execute(uri: missing, method: .get) { response in
                        _ = try response.problem(.notFound, code: "not-found", instance: missing)
                    }
                }
                let noAsset = "/api/v1/brand/assets/\(UUID().uuidString)/versions/1/file"
                try await client.execute(uri: noAsset, method: .get) { response in
                    _ = try response.problem(.notFound, code: "not-found", instance: noAsset)
                }
                let lost = asset + "/versions/3/file"
                try await client.execute(uri: lost, method: .get) { response in
                    _ = try response.problem(.notFound, code: "file-missing", instance: lost)
                }
            })
    }

    func testRangeHeadersAreReadAsRFC9110Says() {
        XCTAssertEqual(ByteRange(header: nil, size: 10), .whole)
        XCTAssertEqual(ByteRange(header: "bytes=0-0", size: 10), .part(0...0))
        XCTAssertEqual(ByteRange(header: "bytes=5-", size: 10), .part(5...9))
        XCTAssertEqual(ByteRange(header: "bytes=5-100", size: 10), .part(5...9))
        XCTAssertEqual(ByteRange(header: "bytes=-3", size: 10), .part(7...9))
        XCTAssertEqual(ByteRange(header: "bytes=-30", size: 10), .part(0...9))
        XCTAssertEqual(ByteRange(header: "bytes=10-", size: 10), .unsatisfiable)
        XCTAssertEqual(ByteRange(header: "bytes=-0", size: 10), .unsatisfiable)
        for ignored in ["items=0-1", "bytes=0-1,4-5", "bytes=5-2", "bytes=x-1", "bytes=", "bytes=1"] {
            XCTAssertEqual(ByteRange(header: ignored, size: 10), .whole, ignored)
        }
    }

    func testPublicationsAreListedAndTheirChangesChecked() async throws {
        let publicationId = UUID()
        try await GatewayHTTP.test(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .brand)
                try feed.apply(
                    PublicationAdded(
                        publicationId: publicationId,
                        details: PublicationDetails(kind: .representative, title: "Metraštis", year: 2027, isbn: "9780306406157"), status: .planned))
            },
            { client in
                try await client.execute(uri: "/api/v1/brand/publications?status=planned&year=2027", method: .get) { response in
                    XCTAssertEqual(response.status, .ok)
                    let body = try response.json()
                    XCTAssertEqual(body["total"] as? Int, 1)
                    let item = try XCTUnwrap((body["items"] as? [[String: Any]])?.first)
                    XCTAssertEqual(item["id"] as? String, publicationId.uuidString)
                    XCTAssertEqual(item["isbn"] as? String, "9780306406157")
                    XCTAssertEqual(item["status"] as? String, "planned")
                }
                let path = "/api/v1/brand/publications/\(publicationId.uuidString)"
                try await client.execute(uri: path, method: .patch, body: .json(#"{"status":"printed"}"#)) { response in
                    _ = try response.problem(.unprocessableContent, code: "invalid", instance: path)
                    XCTAssertEqual(try response.errorFields(), ["status"])
                }
                try await client.execute(uri: path, method: .patch, body: .json("{}")) { response in
                    _ = try response.problem(.unprocessableContent, code: "invalid", instance: path)
                }
                let missing = "/api/v1/brand/publications/\(UUID().uuidString)"
                try await client.execute(uri: missing, method: .patch, body: .json(#"{"title":"Kitas"}"#)) { response in
                    _ = try response.problem(.notFound, code: "not-found", instance: missing)
                }
                let collection = "/api/v1/brand/collections/\(UUID().uuidString)/assets"
                try await client.execute(uri: collection, method: .post, body: .json(#"{"assetId":"\#(UUID().uuidString)"}"#)) { response in
                    _ = try response.problem(.notFound, code: "not-found", instance: collection)
                }
            })
    }

    func testAKnownPathWithAnotherMethodIs405() async throws {
        try await GatewayHTTP.test { client in
            try await client.execute(uri: "/api/v1/alerts", method: .delete) { response in
                _ = try response.problem(.methodNotAllowed, code: "method-not-allowed", instance: "/api/v1/alerts")
            }
        }
    }
}
