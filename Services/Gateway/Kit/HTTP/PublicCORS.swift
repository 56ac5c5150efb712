import Hummingbird
import Logging

/// The library's own sites (`GatewayDependencies.publicOrigins`), as a browser
/// sends them in `Origin`: scheme, host and port, lower case, no trailing `/`.
public struct PublicOrigins: Sendable, Equatable {
    public let origins: [String]

    public init(_ configured: [String]) {
        origins = configured.map(Self.normalised).filter { !$0.isEmpty }
    }

    /// `https://www.lnb.lt` of `HTTPS://www.LNB.lt/`.
    static func normalised(_ origin: String) -> String {
        var text = origin.trimmingCharacters(in: .whitespaces).lowercased()
        while text.hasSuffix("/") { text.removeLast() }
        return text
    }

    /// Whether a request's `Origin` is one of them (compared exactly, after normalising).
    public func allows(_ origin: String) -> Bool {
        origins.contains(Self.normalised(origin))
    }
}

/// Where the public JSON routes (`PartRoutes.open`) are added: each is put on
/// the gateway's route table answering CORS for exactly the library's own
/// sites. A request whose `Origin` is one of them gets
/// `Access-Control-Allow-Origin` echoing it (errors too); any other gets no
/// CORS header at all, so its browser keeps the answer from the page. Every
/// answer carries `Vary: Origin`. `addPreflightRoutes()` then answers
/// `OPTIONS` on each path: 204 with `Allow`, and for an allowed site the
/// methods and request headers it may use. No credentials: the public routes
/// need no cookie or token.
public final class PublicCORSRoutes: RouterMethods {
    public typealias Context = GatewayContext

    /// What a site's script may send besides the simple headers.
    public static let allowedHeaders = ["Content-Type", "Idempotency-Key", "If-None-Match", "Accept-Language"]
    /// What a site's script may read of an answer besides the simple headers.
    public static let exposedHeaders = ["ETag", "Location", "Idempotency-Key", "Komunika-Read-Model"]
    /// How long a browser may keep a preflight's answer: 10 minutes.
    public static let maxAge = 600

    let table: RouteTable<GatewayContext>
    let origins: PublicOrigins
    let problems: ProblemMiddleware<GatewayContext>
    private var paths: [RouterPath] = []
    private var methods: [String: [HTTPRequest.Method]] = [:]
    private var middleware: [any MiddlewareProtocol<Request, Response, GatewayContext>] = []

    public init(table: RouteTable<GatewayContext>, origins: PublicOrigins, logger: Logger) {
        self.table = table
        self.origins = origins
        self.problems = ProblemMiddleware(logger: logger)
    }

    @discardableResult
    public func on<Responder: HTTPResponder>(
        _ path: RouterPath, method: HTTPRequest.Method, responder: Responder
    ) -> Self where Responder.Context == GatewayContext {
        var inner: any HTTPResponder<GatewayContext> = responder
        for each in middleware.reversed() { inner = MiddlewareStep(middleware: each, next: inner) }
        table.on(path, method: method, responder: CORSResponder(origins: origins, problems: problems, next: inner))
        if methods[path.description] == nil { paths.append(path) }
        methods[path.description, default: []].append(method)
        return self
    }

    /// Puts `middleware` before the routes added after it.
    @discardableResult
    public func add(middleware: any MiddlewareProtocol<Request, Response, GatewayContext>) -> Self {
        self.middleware.append(middleware)
        return self
    }

    /// Answers `OPTIONS` on every path added so far; call once every public route is in.
    public func addPreflightRoutes() {
        for path in paths {
            var allowed = methods[path.description] ?? []
            if allowed.contains(.get), !allowed.contains(.head) { allowed.append(.head) }
            allowed.append(.options)
            table.on(path, method: .options, responder: PreflightResponder(origins: origins, allowed: allowed))
        }
    }
}

/// One route's answer with the CORS headers its request's `Origin` earns.
private struct CORSResponder: HTTPResponder {
    typealias Context = GatewayContext
    let origins: PublicOrigins
    let problems: ProblemMiddleware<GatewayContext>
    let next: any HTTPResponder<GatewayContext>

    func respond(to request: Request, context: GatewayContext) async throws -> Response {
        var response: Response
        do {
            response = try await next.respond(to: request, context: context)
        } catch {
            response = problems.response(for: error, request: request)
        }
        response.headers[.vary] = "Origin"
        if let origin = request.headers[.origin], origins.allows(origin) {
            response.headers[.accessControlAllowOrigin] = origin
            response.headers[.accessControlExposeHeaders] = PublicCORSRoutes.exposedHeaders.joined(separator: ", ")
        }
        return response
    }
}

/// `OPTIONS` on a public path: what it allows, and to an allowed site's preflight, what it may send.
private struct PreflightResponder: HTTPResponder {
    typealias Context = GatewayContext
    let origins: PublicOrigins
    let allowed: [HTTPRequest.Method]

    func respond(to request: Request, context: GatewayContext) async throws -> Response {
        var headers = HTTPFields()
        let methods = allowed.map(\.rawValue).joined(separator: ", ")
        headers[.allow] = methods
        headers[.vary] = "Origin, Access-Control-Request-Method, Access-Control-Request-Headers"
        if let origin = request.headers[.origin], origins.allows(origin) {
            headers[.accessControlAllowOrigin] = origin
            headers[.accessControlAllowMethods] = methods
            headers[.accessControlAllowHeaders] = PublicCORSRoutes.allowedHeaders.joined(separator: ", ")
            headers[.accessControlMaxAge] = String(PublicCORSRoutes.maxAge)
        }
        return Response(status: .noContent, headers: headers)
    }
}

/// A middleware in front of a responder.
private struct MiddlewareStep: HTTPResponder {
    typealias Context = GatewayContext
    let middleware: any MiddlewareProtocol<Request, Response, GatewayContext>
    let next: any HTTPResponder<GatewayContext>

    func respond(to request: Request, context: GatewayContext) async throws -> Response {
        try await middleware.handle(request, context: context) { request, context in
            try await next.respond(to: request, context: context)
        }
    }
}
