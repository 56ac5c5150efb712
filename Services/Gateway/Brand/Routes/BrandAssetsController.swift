import FileStore
import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/brand/assets`: list, register, read and change assets, upload
/// their files (streamed into the brand file store, up to 2 GiB) and
/// download any version of them (streamed from it), review them, and record
/// their licences and consents.
struct BrandAssetsController {
    static let listParameters = ["kind", "tag", "status", "usable", "q", "limit", "offset"]

    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .brand) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.staff.group("/api/v1/brand/assets")
        group.get(use: list)
        group.post(use: create)
        group.get(":id", use: show)
        group.patch(":id", use: update)
        group.post(":id/versions", use: upload)
        group.get(":id/versions/:number/file", use: download)
        group.post(":id/review", use: review)
        group.get(":id/licences", use: licences)
        group.post(":id/licences", use: addLicence)
        group.get(":id/consents", use: consents)
        group.post(":id/consents", use: addConsent)
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<AssetView> {
        let query = try QueryParameters(request, allowed: Self.listParameters)
        var filter = BrandQueries.AssetFilter()
        filter.kinds = try query.set("kind", of: AssetKind.self)
        filter.statuses = try query.set("status", of: AssetStatus.self)
        filter.tag = query.string("tag")
        if let usable = query.string("usable") {
            guard usable == "true" || usable == "false" else {
                throw Problem.badQuery("usable", "'usable' must be true or false, not '\(usable)'", allowed: ["true", "false"])
            }
            filter.usable = usable == "true"
        }
        filter.text = query.string("q")
        if let text = filter.text, text.count > 500 { throw Problem.badQuery("q", "'q' must be at most 500 characters") }
        let page = try query.page()
        let chosen = filter
        let found = try await dependencies.read { db in try BrandQueries.assets(chosen, page: page, in: db) }
        return ListView(items: found.items, total: found.total, limit: page.limit, offset: page.offset)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let details = try await JSONBody.decode(AssetInput.self, from: request, context: context).validated()
        let command = RegisterAsset(details: details)
        let sent = try await sender.send(command, for: request, context: context)
        let view = try await existingAsset(command.assetId)
        return WriteResponse(
            status: .created, body: view, location: "/api/v1/brand/assets/\(command.assetId.uuidString)", fresh: sent.fresh)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> AssetView {
        try await existingAsset(try context.parameters.uuid("id", naming: "asset"))
    }

    @Sendable func update(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        let patch = try await JSONBody.decode(AssetPatchInput.self, from: request, context: context).validated()
        _ = try await existingAsset(id)
        let sent = try await sender.send(UpdateAsset(assetId: id, patch: patch), for: request, context: context)
        return WriteResponse(body: try await existingAsset(id), fresh: sent.fresh)
    }

    /// The raw body is the file, `Content-Type` its MIME type, the query's
    /// `fileName` the name it is given back under. The body is streamed into
    /// the brand file store's `incoming/` folder and hashed as it comes (never
    /// held in memory); past the store's limit (2 GiB) the upload stops with
    /// 413. The brand service is then told the digest, size, type and name
    /// (`AddStoredAssetVersion`); it checks the file and moves it into place.
    @Sendable func upload(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        guard let mimeType = request.headers[.contentType], !mimeType.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw Problem.badHeader("Content-Type", "'Content-Type' must give the file's MIME type, such as image/png")
        }
        let fileName = try QueryParameters(request, allowed: ["fileName"]).string("fileName").map(Self.checkedFileName)
        let store = try fileStore()
        if let declared = request.headers[.contentLength].flatMap({ Int64($0) }), declared > store.maxFileSize {
            throw Problem.tooLarge(limit: store.maxFileSize)
        }
        _ = try await existingAsset(id)
        let staged = try await Self.receive(request.body, into: store)
        // Whatever the brand service did not take (it moves what it accepts).
        defer { unlink(staged.path.path) }
        let command = AddStoredAssetVersion(
            assetId: id, sha256: staged.sha256, size: staged.size, mimeType: mimeType, fileName: fileName)
        let sent = try await sender.send(
            command, for: request, context: context, timeout: Self.admissionTimeout(size: staged.size), attempts: 3)
        let number = sent.result?.number ?? 0
        return WriteResponse(
            status: .created, body: try await existingAsset(id),
            location: "/api/v1/brand/assets/\(id.uuidString)/versions/\(number)", fresh: sent.fresh)
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

    /// The bytes of version `number`, streamed from the brand file store in
    /// chunks: `Content-Type` (its MIME type), `Content-Length`,
    /// `Content-Disposition` (the name it was uploaded under, RFC 6266),
    /// `ETag` (its SHA-256), and one `Range` of bytes (206, or 416 past the
    /// end); `If-None-Match` with its tag is answered 304. 404 for an asset
    /// or version that does not exist, or a file the store does not have.
    @Sendable func download(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try context.parameters.uuid("id", naming: "asset")
        let numberText = context.parameters.get("number") ?? ""
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

    @Sendable func review(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        let (decision, reason) = try await JSONBody.decode(ReviewInput.self, from: request, context: context).validated()
        _ = try await existingAsset(id)
        let sent = try await sender.send(ReviewAsset(assetId: id, decision: decision, reason: reason), for: request, context: context)
        return WriteResponse(body: try await existingAsset(id), fresh: sent.fresh)
    }

    @Sendable func licences(_ request: Request, context: GatewayContext) async throws -> ItemsView<LicenceView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        return ItemsView(items: try await existingAsset(id).licences)
    }

    @Sendable func addLicence(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        let command = try await JSONBody.decode(LicenceInput.self, from: request, context: context).validated(assetId: id)
        _ = try await existingAsset(id)
        let sent = try await sender.send(command, for: request, context: context)
        return WriteResponse(status: .created, body: try await existingAsset(id), fresh: sent.fresh)
    }

    @Sendable func consents(_ request: Request, context: GatewayContext) async throws -> ItemsView<ConsentView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        return ItemsView(items: try await existingAsset(id).consents)
    }

    @Sendable func addConsent(_ request: Request, context: GatewayContext) async throws -> WriteResponse<AssetView> {
        let id = try context.parameters.uuid("id", naming: "asset")
        let command = try await JSONBody.decode(ConsentInput.self, from: request, context: context).validated(assetId: id)
        _ = try await existingAsset(id)
        let sent = try await sender.send(command, for: request, context: context)
        return WriteResponse(status: .created, body: try await existingAsset(id), fresh: sent.fresh)
    }

    private func existingAsset(_ id: UUID) async throws -> AssetView {
        let view = try await dependencies.read { db in try BrandQueries.asset(id: id, in: db) }
        guard let view else { throw Problem.notFound("no asset has the id \(id.uuidString)") }
        return view
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
