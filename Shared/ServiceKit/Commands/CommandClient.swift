import Bus
import Foundation
import MessageSchema

/// Sends commands and control requests to other services' ROUTERs over the
/// bus (one `ControlClient` each, which alone writes the framing) and reads their replies.
public final class CommandClient: Sendable {
    private let clients: [ServiceName: ControlClient]
    /// The services it has a connection to, in the order given.
    public let services: [ServiceName]

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
        self.services = services
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

    /// Sends a control request (status, dead letters …) to `service` and
    /// decodes its reply; throws `RequestError.timedOut` when it does not
    /// answer, `CommandClientError.notConfigured` when there is no
    /// connection to it. Control requests carry no idempotency key, so a
    /// repeated attempt asks again: give more than one only to those safe to repeat.
    public func control(
        _ request: ControlRequest, to service: ServiceName, timeout: Duration = .seconds(2), attempts: Int = 1
    ) async throws -> ControlReply {
        guard let client = clients[service] else { throw CommandClientError.notConfigured(service) }
        return try await client.control(request, timeout: timeout, attempts: attempts)
    }

    public func close() {
        for client in clients.values { client.close() }
    }
}

public enum CommandClientError: Error, CustomStringConvertible, Equatable {
    /// The client was made without a connection to this service.
    case notConfigured(ServiceName)

    public var description: String {
        switch self {
        case .notConfigured(let service): "no connection to \(service.rawValue) is configured"
        }
    }
}
