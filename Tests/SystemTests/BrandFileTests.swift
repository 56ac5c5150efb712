import Crypto
import Foundation
import XCTest

/// Large brand files through the real `komunika-brand` and `komunika-gateway`:
/// a 200 MB video is uploaded through the HTTP API streamed from disk,
/// downloaded back and compared by SHA-256, and no process's peak resident
/// memory grows by anything near the file's size.
final class BrandFileTests: XCTestCase {
    static let fileSize = 200 * 1024 * 1024
    /// No process may peak above this, nor grow by half the file.
    static let peakLimit = 150 * 1024 * 1024

    /// Writes `size` bytes that do not repeat within 1 MiB (random, each
    /// MiB numbered) to `url` a piece at a time; their SHA-256.
    private func writeSample(_ url: URL, size: Int) throws -> String {
        var generator = SystemRandomNumberGenerator()
        var block = Data((0..<(StreamingHTTP.pieceSize / 8)).flatMap { _ in withUnsafeBytes(of: generator.next() as UInt64) { Array($0) } })
        guard FileManager.default.createFile(atPath: url.path, contents: nil) else {
            throw StreamingHTTP.Failure(description: "cannot create \(url.path)")
        }
        let output = try FileHandle(forWritingTo: url)
        defer { try? output.close() }
        var hasher = SHA256()
        var written = 0
        var index: UInt64 = 0
        while written < size {
            withUnsafeBytes(of: index) { block.replaceSubrange(0..<8, with: $0) }
            let piece = block.prefix(size - written)
            hasher.update(data: piece)
            try output.write(contentsOf: piece)
            written += piece.count
            index += 1
        }
        return hasher.finalize().map { String(format: "%02x", $0) }.joined()
    }

    private func megabytes(_ bytes: Int) -> String { String(format: "%.1f MB", Double(bytes) / 1_048_576) }

    func testA200MBVideoGoesUpAndComesBackWithoutAnyProcessHoldingIt() async throws {
        let system = try SystemUnderTest(extraEnvironment: [
            "KOMUNIKA_GATEWAY_SOURCES": "brand",
            "KOMUNIKA_BRAND_FILES_DIR": FileManager.default.temporaryDirectory
                .appendingPathComponent("komunika-shared-files-\(UUID().uuidString.prefix(8))").path,
        ])
        let filesFolder = URL(fileURLWithPath: system.environment["KOMUNIKA_BRAND_FILES_DIR"]!)
        defer {
            system.stopAll()
            try? FileManager.default.removeItem(at: filesFolder)
        }
        try system.start("komunika-brand")
        try system.start("komunika-gateway")
        try await system.waitUntilReady()
        let http = system.http
        let streaming = StreamingHTTP(port: system.httpPort, token: system.adminToken)

        let registered = try await http.send(.post, "/api/v1/brand/assets", json: ["kind": "video", "title": "Žalčių karalienė"])
        XCTAssertEqual(registered.status, 201, registered.text)
        let assetId = try XCTUnwrap(registered.json?["id"] as? String)

        let sample = system.folder.appendingPathComponent("zalciu-karaliene.mp4")
        let sha256 = try writeSample(sample, size: Self.fileSize)
        let executables = ["komunika-brand", "komunika-gateway"]
        var before: [String: ResidentMemory] = [:]
        for executable in executables {
            before[executable] = try ResidentMemory.of(try XCTUnwrap(system.processIdentifier(of: executable)))
        }
        let testBefore = try ResidentMemory.of(nil)

        let started = ContinuousClock.now
        let name = "Žalčių karalienė.mp4".addingPercentEncoding(withAllowedCharacters: .alphanumerics)!
        let uploaded = try streaming.upload(
            "/api/v1/brand/assets/\(assetId)/versions?fileName=\(name)", file: sample, contentType: "video/mp4")
        let uploadTime = ContinuousClock.now - started
        XCTAssertEqual(uploaded.head.status, 201, String(decoding: uploaded.body, as: UTF8.self))
        let asset = try XCTUnwrap(try JSONSerialization.jsonObject(with: uploaded.body) as? [String: Any])
        let file = try XCTUnwrap(asset["file"] as? [String: Any])
        XCTAssertEqual(file["sha256"] as? String, sha256)
        XCTAssertEqual(file["size"] as? Int, Self.fileSize)
        XCTAssertEqual(file["fileName"] as? String, "Žalčių karalienė.mp4")
        let download = try XCTUnwrap(file["download"] as? String)
        XCTAssertEqual(download, "/api/v1/brand/assets/\(assetId)/versions/1/file")

        let downloadStarted = ContinuousClock.now
        let fetched = try streaming.download(download)
        let downloadTime = ContinuousClock.now - downloadStarted
        XCTAssertEqual(fetched.head.status, 200)
        XCTAssertEqual(fetched.size, Self.fileSize)
        XCTAssertEqual(fetched.sha256, sha256, "the file came back different")
        XCTAssertEqual(fetched.head.headers["content-length"], String(Self.fileSize))
        XCTAssertEqual(fetched.head.headers["content-type"], "video/mp4")
        XCTAssertEqual(fetched.head.headers["etag"], "\"\(sha256)\"")
        XCTAssertEqual(
            fetched.head.headers["content-disposition"],
            "attachment; filename=\"Zalciu karaliene.mp4\"; filename*=UTF-8''%C5%BDal%C4%8Di%C5%B3%20karalien%C4%97.mp4")

        // The last mebibyte by range.
        let tail = try streaming.download(download, headers: ["Range": "bytes=-1048576"])
        XCTAssertEqual(tail.head.status, 206)
        XCTAssertEqual(tail.size, 1_048_576)
        XCTAssertEqual(tail.head.headers["content-range"], "bytes \(Self.fileSize - 1_048_576)-\(Self.fileSize - 1)/\(Self.fileSize)")

        print("brand files: 200 MB up in \(uploadTime), down in \(downloadTime)")
        for executable in executables {
            let after = try ResidentMemory.of(try XCTUnwrap(system.processIdentifier(of: executable)))
            let start = try XCTUnwrap(before[executable])
            print(
                "peak memory \(executable): VmHWM \(megabytes(after.peak)) (\(megabytes(start.peak)) before the 200 MB file, grew \(megabytes(after.peak - start.peak))); VmRSS now \(megabytes(after.current))"
            )
            XCTAssertLessThan(after.peak, Self.peakLimit, "\(executable) peaked at \(megabytes(after.peak))")
            XCTAssertLessThan(after.peak - start.peak, Self.fileSize / 2, "\(executable) grew by \(megabytes(after.peak - start.peak))")
        }
        let testAfter = try ResidentMemory.of(nil)
        print(
            "peak memory test process (client): VmHWM \(megabytes(testAfter.peak)) (\(megabytes(testBefore.peak)) before, grew \(megabytes(testAfter.peak - testBefore.peak)))"
        )
        XCTAssertLessThan(testAfter.peak - testBefore.peak, Self.fileSize / 2)

        // An upload that breaks off leaves nothing in the store, and the gateway goes on.
        let broken = try streaming.truncatedUpload("/api/v1/brand/assets/\(assetId)/versions", declared: 10_000_000, sent: 1_000_000)
        if let broken { XCTAssertEqual(broken.status, 400) }
        let incoming = filesFolder.appendingPathComponent("incoming")
        let cleaned = await eventually(timeout: .seconds(10)) {
            ((try? FileManager.default.contentsOfDirectory(atPath: incoming.path)) ?? ["?"]).isEmpty
        }
        XCTAssertTrue(cleaned, "left in incoming/: \((try? FileManager.default.contentsOfDirectory(atPath: incoming.path)) ?? [])")
        let health = try await http.get("/healthz")
        XCTAssertEqual(health.status, 200)
        let versions = try await http.get("/api/v1/brand/assets/\(assetId)")
        XCTAssertEqual((versions.json?["versions"] as? [[String: Any]])?.count, 1)
        let missing = try await http.get("/api/v1/brand/assets/\(assetId)/versions/2/file")
        XCTAssertEqual(missing.status, 404)
        XCTAssertEqual(missing.contentType, "application/problem+json")
        XCTAssertTrue(system.isRunning("komunika-brand") && system.isRunning("komunika-gateway"))
        system.removeFolder()
    }
}
