import Bus
import Foundation
import Hummingbird
import MessageSchema
import ServiceKit

/// Sends a command to a service for an HTTP request, with the acting person
/// of its context, and waits until the read model has applied what the
/// command produced, so a read right after shows the change.
public struct CommandSender: Sendable {
    /// What a command answered, and whether the read model has it yet.
    public struct Sent<Result: Sendable>: Sendable {
        public var result: Result?
        public var seq: Int64?
        /// `false` when the read model did not catch up within the wait.
        public var fresh: Bool
    }

    public let dependencies: GatewayDependencies
    /// The service that answers the commands.
    public let service: ServiceName

    public init(dependencies: GatewayDependencies, service: ServiceName) {
        self.dependencies = dependencies
        self.service = service
    }

    /// Sends `command` for `request`, acting for `context.identity` (none on
    /// a public route, or with open access): the service records that
    /// person on the messages the command produces. `timeout` is how long
    /// one attempt waits for the answer, of `attempts` (the same command,
    /// with the same idempotency key, each time).
    public func send<C: Command>(
        _ command: C, for request: Request, context: GatewayContext, timeout: Duration = .seconds(2), attempts: Int = 8
    ) async throws -> Sent<C.Result> {
        let key = try idempotencyKey(of: request)
        let commandRequest: CommandRequest
        do {
            commandRequest = try CommandRequest(
                command, idempotencyKey: key, correlationId: UUID(), actor: context.identity?.actor)
        } catch {
            throw Problem.invalid([FieldError(field: "", detail: "the command could not be encoded: \(error)")])
        }
        let reply: CommandReply
        do {
            reply = try await dependencies.commands.send(commandRequest, to: service, timeout: timeout, attempts: attempts)
        } catch let error as RequestError {
            dependencies.logger.warning("\(service.rawValue) service did not answer", metadata: ["error": "\(error)"])
            throw Problem.unavailable("the \(service.rawValue) service did not answer (\(error)); try again")
        } catch {
            dependencies.logger.error("\(service.rawValue) service answer unreadable", metadata: ["error": "\(error)"])
            throw Problem.badGateway("the \(service.rawValue) service's answer could not be read")
        }
        guard reply.ok else {
            throw Problem.refused(reply.failure ?? CommandFailure(.unavailable, "the \(service.rawValue) service refused without saying why"))
        }
        var fresh = true
        if let seq = reply.seq {
            fresh = await dependencies.waiter.wait(source: service.rawValue, seq: seq)
        }
        let result = try? reply.result?.decode(as: C.Result.self)
        return Sent(result: result, seq: reply.seq, fresh: fresh)
    }

    private func idempotencyKey(of request: Request) throws -> String {
        guard let key = request.headers[.idempotencyKey] else { return UUID().uuidString }
        let trimmed = key.trimmingCharacters(in: .whitespaces)
        guard (1...200).contains(trimmed.count) else {
            throw Problem.badHeader("Idempotency-Key", "'Idempotency-Key' must be 1 to 200 characters")
        }
        return trimmed
    }
}
