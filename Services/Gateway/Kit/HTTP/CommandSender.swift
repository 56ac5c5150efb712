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
    /// person on the messages the command produces. The command goes with the
    /// request's idempotency key (`CommandKey`: the client's, or one made up
    /// and told in the answer), bound to the request: `requestHash` is the
    /// command's fingerprint without the ids made up for this try (those not
    /// in the request's path), so a retry with the key is the same request and
    /// the key reused for another one is refused (422 `idempotency-key-reused`).
    /// It waits up to `timeout` × `attempts` in all (16 s): the bus resends the same request every `timeout`, and an answer
    /// `unavailable` (the service busy, its database locked) is asked again
    /// under the same key while time is left.
    ///
    /// An outcome the gateway does not know — no answer, or still
    /// `unavailable` at the end — is a `504` "outcome unknown" naming the key
    /// (`Problem.outcomeUnknown`), never a plain "try again": a copy of the
    /// command may still be applied, and only a retry with the same key is
    /// sure not to apply it twice.
    public func send<C: Command>(
        _ command: C, for request: Request, context: GatewayContext, timeout: Duration = .seconds(2), attempts: Int = 8
    ) async throws -> Sent<C.Result> {
        let key = try (CommandKey.current ?? CommandKey()).next(for: request)
        var commandRequest: CommandRequest
        do {
            commandRequest = try CommandRequest(
                command, idempotencyKey: key, correlationId: UUID(), actor: context.identity?.actor)
            commandRequest.requestHash = try commandRequest.fingerprint(keepingIds: Self.ids(in: request.uri.description))
        } catch {
            throw Problem.invalid([FieldError(field: "", detail: "the command could not be encoded: \(error)")])
                .naming(idempotencyKey: key)
        }
        // Known not to be applied: nothing was sent.
        guard dependencies.commands.services.contains(service) else {
            throw Problem.unavailable("no connection to \(service.rawValue) is configured").naming(idempotencyKey: key)
        }
        let reply = try await answer(to: commandRequest, within: timeout * attempts, timeout: timeout)
        if let failure = reply.failure { throw Problem.refused(failure).naming(idempotencyKey: key) }
        guard reply.ok else {
            throw Problem.badGateway("the \(service.rawValue) service refused without saying why").naming(idempotencyKey: key)
        }
        var fresh = true
        if let seq = reply.seq {
            fresh = await dependencies.waiter.wait(source: service.rawValue, seq: seq, epoch: reply.epoch)
        }
        let result = try? reply.result?.decode(as: C.Result.self)
        return Sent(result: result, seq: reply.seq, fresh: fresh)
    }

    /// The service's answer to `request` within `budget`: asked again while it
    /// answers `unavailable` and time is left. Throws the 504 when the outcome
    /// stays unknown, a 502 for an answer that cannot be read.
    private func answer(to request: CommandRequest, within budget: Duration, timeout: Duration) async throws -> CommandReply {
        let deadline = ContinuousClock.now + budget
        let key = request.idempotencyKey
        while true {
            let left = deadline - .now
            let reply: CommandReply
            do {
                let attempts = max(1, Int((left / timeout).rounded(.up)))
                reply = try await dependencies.commands.send(request, to: service, timeout: timeout, attempts: attempts)
            } catch let error as RequestError {
                dependencies.logger.warning("\(service.rawValue) service did not answer", metadata: ["error": "\(error)", "key": "\(key)"])
                throw Problem.outcomeUnknown(
                    "the \(service.rawValue) service did not answer within \(budget.components.seconds) seconds (\(error))",
                    idempotencyKey: key)
            } catch {
                dependencies.logger.error("\(service.rawValue) service answer unreadable", metadata: ["error": "\(error)"])
                throw Problem.badGateway("the \(service.rawValue) service's answer could not be read").naming(idempotencyKey: key)
            }
            guard let failure = reply.failure, failure.code == .unavailable else { return reply }
            guard deadline - .now > Self.pause + .milliseconds(500) else {
                dependencies.logger.warning("\(service.rawValue) service unavailable", metadata: ["failure": "\(failure)", "key": "\(key)"])
                throw Problem.outcomeUnknown(
                    "the \(service.rawValue) service could not apply the command now (\(failure.message))", idempotencyKey: key)
            }
            try await Task.sleep(for: Self.pause)
        }
    }

    /// The ids (UUID texts) in a request's path and query: what the caller
    /// named, as opposed to the ids a controller makes up for each try.
    static func ids(in uri: String) -> Set<UUID> {
        Set(uri.split { !($0.isHexDigit || $0 == "-") }.compactMap { UUID(uuidString: String($0)) })
    }

    /// The pause before asking again a service that answered `unavailable`.
    static let pause: Duration = .milliseconds(250)
}
