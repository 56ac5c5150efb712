import GatewayKit
import Hummingbird
import ServiceKit

/// `GET /healthz`: the process answers. `GET /readyz`: it is ready to serve
/// (read model caught up, bus connected), else 503. `GET /metrics`: the
/// Prometheus exposition, for admins.
struct HealthRoutes {
    struct Status: ResponseEncodable, Decodable {
        var status: String
    }

    let dependencies: GatewayDependencies

    func addRoutes(open: DescribedRoutes, admin: DescribedRoutes) {
        open.get(
            "/healthz", use: { _, _ in Status(status: "ok") },
            .read("The process answers: {\"status\":\"ok\"}", Status.self, problems: []))
        open.get(
            "/readyz", use: readiness,
            APIOperation(
                "Ready to serve: read model caught up, bus connected", answers: [.json(200, Status.self)],
                problems: [503]))
        admin.get(
            "/metrics", use: metrics,
            .init(
                "The Prometheus exposition", answers: [.file("text/plain; version=0.0.4; charset=utf-8", description: "Metrics")]))
    }

    @Sendable func readiness(_ request: Request, context: GatewayContext) async throws -> Status {
        guard await dependencies.isReady() else {
            throw Problem.unavailable("the gateway is not ready yet: its read model is catching up", retryAfterSeconds: 1)
        }
        return Status(status: "ready")
    }

    @Sendable func metrics(_ request: Request, context: GatewayContext) async throws -> Response {
        Response(
            status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
            body: .init(byteBuffer: ByteBuffer(string: ServiceMetrics.exposition())))
    }
}
