import Hummingbird

/// One route of the JSON API with its operation, as the OpenAPI document shows it.
public struct DescribedRoute: Sendable {
    public var method: HTTPRequest.Method
    /// The whole path as the router knows it: `/api/v1/events/{id}`.
    public var path: String
    public var access: APIAccess
    /// The part it belongs to (`Events`); the document's tag.
    public var part: String?
    public var operation: APIOperation
}

/// Every described route of one collection of parts, in the order they were added.
public final class APIDescriptions {
    public private(set) var routes: [DescribedRoute] = []

    public init() {}

    public func add(_ route: DescribedRoute) {
        routes.append(route)
    }

    public func add(contentsOf other: APIDescriptions, part: String) {
        for var route in other.routes {
            route.part = route.part ?? part
            routes.append(route)
        }
    }
}

/// Routes under one path, each registered with its operation: the route
/// goes to the router's group, the operation to `descriptions`.
///
///     let group = routes.described(.staff, "/api/v1/events")
///     group.get(":id", use: show, .read("An event", EventView.self))
public struct DescribedRoutes {
    var group: RouterGroup<GatewayContext>
    let prefix: String
    let access: APIAccess
    let descriptions: APIDescriptions

    public init(
        _ access: APIAccess, _ prefix: String, on methods: some RouterMethods<GatewayContext>,
        descriptions: APIDescriptions
    ) {
        self.group = methods.group(RouterPath(prefix))
        self.prefix = prefix
        self.access = access
        self.descriptions = descriptions
    }

    /// The same routes behind `middleware` too (a rate limit, say), for the routes added through the answer.
    public func add(middleware: any MiddlewareProtocol<Request, Response, GatewayContext>) -> DescribedRoutes {
        var routes = self
        routes.group = group.group().add(middleware: middleware)
        return routes
    }

    @discardableResult
    public func on<Output: ResponseGenerator>(
        _ path: String, method: HTTPRequest.Method,
        use handler: @escaping @Sendable (Request, GatewayContext) async throws -> Output, _ operation: APIOperation
    ) -> Self {
        group.on(RouterPath(path), method: method, use: handler)
        let whole = RouterPath(prefix + "/" + path).description
        descriptions.add(DescribedRoute(method: method, path: whole, access: access, part: nil, operation: operation))
        return self
    }

    @discardableResult
    public func get<Output: ResponseGenerator>(
        _ path: String = "", use handler: @escaping @Sendable (Request, GatewayContext) async throws -> Output,
        _ operation: APIOperation
    ) -> Self { on(path, method: .get, use: handler, operation) }

    @discardableResult
    public func post<Output: ResponseGenerator>(
        _ path: String = "", use handler: @escaping @Sendable (Request, GatewayContext) async throws -> Output,
        _ operation: APIOperation
    ) -> Self { on(path, method: .post, use: handler, operation) }

    @discardableResult
    public func put<Output: ResponseGenerator>(
        _ path: String = "", use handler: @escaping @Sendable (Request, GatewayContext) async throws -> Output,
        _ operation: APIOperation
    ) -> Self { on(path, method: .put, use: handler, operation) }

    @discardableResult
    public func patch<Output: ResponseGenerator>(
        _ path: String = "", use handler: @escaping @Sendable (Request, GatewayContext) async throws -> Output,
        _ operation: APIOperation
    ) -> Self { on(path, method: .patch, use: handler, operation) }

    @discardableResult
    public func delete<Output: ResponseGenerator>(
        _ path: String = "", use handler: @escaping @Sendable (Request, GatewayContext) async throws -> Output,
        _ operation: APIOperation
    ) -> Self { on(path, method: .delete, use: handler, operation) }
}

extension PartRoutes {
    /// Routes of the JSON API under `prefix` in the collection `access` names
    /// (`open` or `staff`), each registered with its operation.
    public func described(_ access: APIAccess, _ prefix: String) -> DescribedRoutes {
        let collection = access == .open ? open : staff
        return DescribedRoutes(access, prefix, on: collection, descriptions: api)
    }
}
