import GatewayKit
import Hummingbird
import ServiceKit

/// `GET /healthz`: the process answers. `GET /readyz`: it is ready to serve
/// (read model caught up, bus connected), else 503. `GET /metrics`: the
/// Prometheus exposition, for admins.
struct HealthRoutes {
    struct Status: ResponseEncodable {
        var status: String
    }

    let dependencies: GatewayDependencies

    func addRoutes(open: some RouterMethods<GatewayContext>, admin: some RouterMethods<GatewayContext>) {
        open.get("/healthz") { _, _ in Status(status: "ok") }
        open.get("/readyz") { _, _ -> Status in
            guard await dependencies.isReady() else {
                throw Problem.unavailable("the gateway is not ready yet: its read model is catching up", retryAfterSeconds: 1)
            }
            return Status(status: "ready")
        }
        admin.get("/metrics") { _, _ -> Response in
            Response(
                status: .ok, headers: [.contentType: "text/plain; version=0.0.4; charset=utf-8"],
                body: .init(byteBuffer: ByteBuffer(string: ServiceMetrics.exposition())))
        }
    }
}
