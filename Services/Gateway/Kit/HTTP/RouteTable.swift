import Hummingbird

/// A router that remembers which methods each path answers, so that the
/// other methods on a known path get 405 with an `Allow` header, not 404.
/// Routes are added through it like through any Hummingbird router; call
/// `addMethodNotAllowedRoutes()` once every route is in.
public final class RouteTable<Context: RequestContext>: RouterMethods {
    public static var checkedMethods: [HTTPRequest.Method] { [.get, .head, .post, .put, .patch, .delete, .options] }

    public let router: Router<Context>
    private var paths: [RouterPath] = []
    private var methods: [String: [HTTPRequest.Method]] = [:]

    public init(router: Router<Context>) {
        self.router = router
    }

    /// Every path added, in order, with the methods it answers (not the 405s).
    public var routes: [(path: String, methods: [HTTPRequest.Method])] {
        paths.map { ($0.description, methods[$0.description] ?? []) }
    }

    @discardableResult
    public func on<Responder: HTTPResponder>(
        _ path: RouterPath, method: HTTPRequest.Method, responder: Responder
    ) -> Self where Responder.Context == Context {
        router.on(path, method: method, responder: responder)
        if methods[path.description] == nil { paths.append(path) }
        methods[path.description, default: []].append(method)
        return self
    }

    @discardableResult
    public func add(middleware: any MiddlewareProtocol<Request, Response, Context>) -> Self {
        router.add(middleware: middleware)
        return self
    }

    /// Answers 405 for every other common method of each known path, after
    /// `middleware` (the gateway's token and role checks, so that without a
    /// token the API tells nothing of its paths). HEAD is left to the router
    /// where the path has GET.
    public func addMethodNotAllowedRoutes(behind middleware: [any MiddlewareProtocol<Request, Response, Context>] = []) {
        let group = router.group()
        for each in middleware {
            group.add(middleware: each)
        }
        for path in paths {
            let answered = methods[path.description] ?? []
            let allowed = answered.contains(.get) && !answered.contains(.head) ? answered + [.head] : answered
            for method in Self.checkedMethods where !allowed.contains(method) {
                group.on(path, method: method) { request, _ -> Response in
                    throw Problem.methodNotAllowed(request.method, allowed: allowed)
                }
            }
        }
    }
}
