import ArgumentParser
import Bus
import Foundation
import MessageSchema
import ServiceKit

/// One control request to one service's ROUTER.
/// The operator proves who they are with their own CURVE key: `operator` in
/// the keys folder (`KOMUNIKA_KEYS_DIR`, default `$KOMUNIKA_DATA_DIR/keys`),
/// or the name in `KOMUNIKA_OPERATOR`; a key of another role than `operator`
/// is refused most requests (see `BusAccess`).
struct ControlConnection {
    let topology = Topology()

    static var operatorName: String { ProcessInfo.processInfo.environment["KOMUNIKA_OPERATOR"] ?? "operator" }

    static func security() throws -> BusSecurity {
        let environment = ProcessInfo.processInfo.environment
        do {
            let keyring = try BusKeyring(environment: environment, dataDirectory: environment["KOMUNIKA_DATA_DIR"] ?? "./data")
            return try BusSecurity(keyring: keyring, name: operatorName)
        } catch {
            throw Failure("\(error)")
        }
    }

    func ask(_ service: ServiceName, _ request: ControlRequest, timeout: Duration = .seconds(3)) async throws -> ControlReply {
        let security = try Self.security()
        let context = ZMQContext()
        let endpoint = topology[service].router
        let client = try ControlClient(context: context, connect: endpoint, options: try security.clientOptions(to: service))
        defer {
            client.close()
            context.terminate()
        }
        do {
            let reply = try await client.control(request, timeout: timeout, attempts: 1)
            if !reply.ok { throw Failure("\(service.rawValue): \(reply.error ?? "refused")") }
            return reply
        } catch let error as RequestError {
            throw Failure("\(service.rawValue) is not answering at \(endpoint) (is it running?): \(error)")
        }
    }
}

/// A failure reported to the operator; the command exits with 1.
struct Failure: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension ControlConnection {
    /// Sends one command to `service`'s ROUTER and decodes its result; a
    /// refusal is the service's own sentence.
    func send<C: Command>(_ command: C, to service: ServiceName, timeout: Duration = .seconds(5)) async throws -> C.Result {
        let security = try Self.security()
        let context = ZMQContext()
        let endpoint = topology[service].router
        let client = try ControlClient(context: context, connect: endpoint, options: try security.clientOptions(to: service))
        defer {
            client.close()
            context.terminate()
        }
        let reply: CommandReply
        do {
            reply = try await client.command(
                try CommandRequest(command, idempotencyKey: UUID().uuidString), timeout: timeout, attempts: 1)
        } catch let error as RequestError {
            throw Failure("\(service.rawValue) is not answering at \(endpoint) (is it running?): \(error)")
        }
        guard reply.ok else { throw Failure(reply.failure?.message ?? "\(service.rawValue) refused without saying why") }
        guard let result = try reply.result?.decode(as: C.Result.self) else {
            throw Failure("\(service.rawValue) answered without a result")
        }
        return result
    }
}
