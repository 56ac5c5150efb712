import Bus
import Foundation
import MessageSchema

/// Sends commands to other services' ROUTERs over the bus (one `ControlClient`
/// each) and reads their replies.
public final class CommandClient: Sendable {
    private let clients: [ServiceName: ControlClient]

    /// `clientOptions` gives the socket options for reaching each service (its CURVE key).
    public init(
        context: ZMQContext, topology: Topology, services: [ServiceName],
        clientOptions: (ServiceName) throws -> [SocketOption] = { _ in [] }
    ) throws {
        var clients: [ServiceName: ControlClient] = [:]
        for service in services {
            clients[service] = try ControlClient(
                context: context, connect: topology[service].router, options: try clientOptions(service))
        }
        self.clients = clients
    }

    /// Sends `request` to `service`, trying again with the same idempotency
    /// key while the service does not answer (it may be restarting).
    public func send(
        _ request: CommandRequest, to service: ServiceName, timeout: Duration = .seconds(2), attempts: Int = 8
    ) async throws -> CommandReply {
        guard let client = clients[service] else {
            return .failed(CommandFailure(.unavailable, "no connection to \(service.rawValue) is configured"))
        }
        return try await client.command(request, timeout: timeout, attempts: attempts)
    }

    public func close() {
        for client in clients.values { client.close() }
    }
}
