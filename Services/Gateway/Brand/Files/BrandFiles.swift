import FileStore
import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// Uploading a version's file into the brand file store and downloading
/// any version from it: what the API routes
/// (`POST /api/v1/brand/assets/{id}/versions`, `GET …/versions/{n}/file`)
/// and the pages (`POST /zenklas/istekliai/{id}/versijos`,
/// `GET …/versijos/{n}/failas`) both do, written once.
struct BrandFiles {
    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .brand) }

    /// What an upload added: the version's number (0 when the answer did not say) and whether the read model has it.
    struct Added: Sendable {
        var number: Int
        var fresh: Bool
    }

    /// The raw body of `request` is the file, `Content-Type` its MIME type,
    /// `fileName` the name it is given back under. The body is streamed into
    /// the brand file store's `incoming/` folder and hashed as it comes (never
    /// held in memory); past the store's limit (2 GiB) the upload stops with
    /// 413. The brand service is then told the digest, size, type and name
    /// (`AddStoredAssetVersion`); it checks the file and moves it into place.
    /// 404 for an asset the read model does not have.
    func addVersion(assetId id: UUID, fileName: String?, request: Request, context: GatewayContext) async throws -> Added {
        guard let mimeType = request.headers[.contentType], !mimeType.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Problem.badHeader("Content-Type", "'Content-Type' must give the file's MIME type, such as image/png")
        }
        let fileName = try fileName.map(Self.checkedFileName)
        let store = try fileStore()
        if let declared = request.headers[.contentLength].flatMap({ Int64($0) }), declared > store.maxFileSize {
            throw Problem.tooLarge(limit: store.maxFileSize)
        }
        let exists = try await dependencies.read { db in try BrandQueries.asset(id: id, in: db) != nil }
        guard exists else { throw Problem.notFound("no asset has the id \(id.uuidString)") }
        let staged = try await Self.receive(request.body, into: store)
        // Whatever the brand service did not take (it moves what it accepts).
        defer { unlink(staged.path.path) }
        let command = AddStoredAssetVersion(
            assetId: id, sha256: staged.sha256, size: staged.size, mimeType: mimeType, fileName: fileName)
        let sent = try await sender.send(
            command, for: request, context: context, timeout: Self.admissionTimeout(size: staged.size), attempts: 3)
        return Added(number: sent.result?.number ?? 0, fresh: sent.fresh)
    }

    /// How long the brand service may take to check an upload: it reads the
    /// whole file once more to hash it (well above 50 MB/s on any disk).
    static func admissionTimeout(size: Int64) -> Duration {
        .seconds(5 + size / 50_000_000)
    }

    static func checkedFileName(_ text: String) throws -> String {
        switch FileName.checked(text) {
        case .success(let name): return name
        case .failure(let problem): throw Problem.invalid([FieldError(field: "fileName", detail: problem.description)])
        }
    }

    /// Writes the body into `incoming/` piece by piece as it arrives; the
    /// whole upload under its digest. A body past the limit, an empty one,
    /// or one that breaks off is removed and answered 413, 422 or 400.
    static func receive(_ body: RequestBody, into store: ContentStore) async throws -> StagedFile {
        let incoming: IncomingFile
        do {
            incoming = try store.beginUpload()
        } catch {
            throw Problem.unavailable("the brand file store cannot take the upload (\(error))")
        }
        do {
            for try await buffer in body {
                try buffer.withUnsafeReadableBytes { try incoming.append($0) }
            }
        } catch let error as ContentStoreError {
            incoming.discard()
            if case .tooLarge = error { throw Problem.tooLarge(limit: store.maxFileSize) }
            throw Problem.unavailable("the brand file store cannot take the upload (\(error))")
        } catch {
            incoming.discard()
            throw Problem(
                .badRequest, code: "incomplete-body", title: "The body ended early",
                detail: "the upload stopped before its end (\(error)); send the whole file again")
        }
        guard incoming.size > 0 else {
            incoming.discard()
            throw Problem.invalid([FieldError(field: "", detail: "the body is empty; send the file's bytes")])
        }
        do {
            return try incoming.finish()
        } catch {
            incoming.discard()
            throw Problem.unavailable("the brand file store cannot take the upload (\(error))")
        }
    }

    /// The bytes of version `numberText` of the asset `id`, streamed from
    /// the brand file store in chunks: `Content-Type` (its MIME type),
    /// `Content-Length`, `Content-Disposition` (the name it was uploaded
    /// under, RFC 6266), `ETag` (its SHA-256), and one `Range` of bytes (206,
    /// or 416 past the end); `If-None-Match` with its tag is answered 304.
    /// 404 for an asset or version that does not exist, or a file the store does not have.
    func download(assetId id: UUID, number numberText: String, request: Request, context: GatewayContext) async throws -> Response {
        guard let number = Int(numberText), number > 0 else {
            throw Problem.notFound("'\(numberText)' is not a version number; versions are 1, 2, 3 …")
        }
        let found = try await dependencies.read { db in try BrandQueries.version(assetId: id, number: number, in: db) }
        let version: BrandQueries.StoredVersion
        switch found {
        case .success(let stored): version = stored
        case .failure(.assetMissing): throw Problem.notFound("no asset has the id \(id.uuidString)")
        case .failure(.versionMissing): throw Problem.notFound("the asset \(id.uuidString) has no version \(number)")
        }
        let store = try fileStore()
        guard ContentStore.isDigest(version.sha256), let size = store.size(of: version.sha256) else {
            dependencies.logger.error("brand file missing from the store", metadata: ["sha256": "\(version.sha256)"])
            throw Problem(
                .notFound, code: "file-missing", title: "The file is not in the store",
                detail: "version \(number) of the asset is recorded, but its file (SHA-256 \(version.sha256)) is not in the brand file store")
        }
        let tag = "\"\(version.sha256)\""
        var headers = HTTPFields()
        headers[.eTag] = tag
        headers[.acceptRanges] = "bytes"
        headers[.cacheControl] = "private, max-age=31536000, immutable"
        if EntityTag.list(request.headers[.ifNoneMatch], matches: tag) {
            return Response(status: .notModified, headers: headers)
        }
        headers[.contentType] = version.mimeType
        headers[.contentDisposition] = ContentDisposition.attachment(
            fileName: version.fileName ?? Self.fallbackName(version))
        headers[.xContentTypeOptions] = "nosniff"
        var range = ByteRange(header: request.headers[.range], size: size)
        if let ifRange = request.headers[.ifRange], ifRange.trimmingCharacters(in: .whitespaces) != tag { range = .whole }
        let path = store.path(of: version.sha256).path
        switch range {
        case .unsatisfiable:
            throw Problem.rangeNotSatisfiable(size: size)
        case .part(let bytes):
            headers[.contentRange] = "bytes \(bytes.lowerBound)-\(bytes.upperBound)/\(size)"
            let body = try await FileIO().loadFile(
                path: path, range: Int(bytes.lowerBound)...Int(bytes.upperBound), context: context)
            return Response(status: .partialContent, headers: headers, body: body)
        case .whole:
            let body = try await FileIO().loadFile(path: path, context: context)
            return Response(status: .ok, headers: headers, body: body)
        }
    }

    /// For a version uploaded without a name: the asset's title, the version and an extension for its type.
    static func fallbackName(_ version: BrandQueries.StoredVersion) -> String {
        let extensions = [
            "image/png": "png", "image/jpeg": "jpg", "image/gif": "gif", "image/webp": "webp", "image/svg+xml": "svg",
            "image/tiff": "tif", "video/mp4": "mp4", "video/quicktime": "mov", "video/webm": "webm", "audio/mpeg": "mp3",
            "application/pdf": "pdf", "application/zip": "zip", "text/plain": "txt",
        ]
        let base = "\(version.assetTitle) v\(version.number)".replacingOccurrences(of: "/", with: "-")
        return extensions[version.mimeType].map { "\(base).\($0)" } ?? base
    }

    private func fileStore() throws -> ContentStore {
        guard let store = dependencies.brandFiles else {
            throw Problem.unavailable("the gateway has no brand file store (KOMUNIKA_BRAND_FILES_DIR)")
        }
        return store
    }
}

extension Problem {
    /// A body above the route's limit.
    static func tooLarge(limit: Int64) -> Problem {
        Problem(
            .contentTooLarge, code: "too-large", title: "The body is too large",
            detail: "the body is larger than \(limit) bytes (\(limit / 1024 / 1024) MiB), the most this route accepts",
            extensions: ["limit": .number(Double(limit))])
    }
}
