import Foundation
import Hummingbird

/// The `Idempotency-Key` of one HTTP request's commands: the client's, or
/// one the gateway makes up when the client sent none. `CommandKeyMiddleware`
/// opens one for each request; `CommandSender` takes the key from it, so the
/// answer can tell the client which key was used.
///
/// A route that sends several commands gives the first the key itself and the
/// next ones `<key>#2`, `<key>#3` …: a retry of the whole request with the same
/// key sends each of its commands again under its own key.
public final class CommandKey: Sendable {
    /// The key of the request being answered (set by `CommandKeyMiddleware`).
    @TaskLocal public static var current: CommandKey?

    private let lock = NSLock()
    nonisolated(unsafe) private var key: String?
    nonisolated(unsafe) private var commands = 0

    public init() {}

    /// The key the request's commands were sent with; `nil` when it sent none.
    public var used: String? { lock.withLock { commands > 0 ? key : nil } }

    /// The key for the next command of `request`: the client's
    /// `Idempotency-Key` (1 to 200 characters), else one made up once.
    public func next(for request: Request) throws -> String {
        let key = try lock.withLock { () -> String in
            if let key = self.key { return key }
            let made = try Self.key(of: request) ?? UUID().uuidString
            self.key = made
            return made
        }
        let number = lock.withLock { () -> Int in
            commands += 1
            return commands
        }
        return number == 1 ? key : "\(key)#\(number)"
    }

    /// The client's key, checked; `nil` when it sent none.
    static func key(of request: Request) throws -> String? {
        guard let key = request.headers[.idempotencyKey] else { return nil }
        let trimmed = key.trimmingCharacters(in: .whitespaces)
        guard (1...200).contains(trimmed.count) else {
            throw Problem.badHeader("Idempotency-Key", "'Idempotency-Key' must be 1 to 200 characters")
        }
        return trimmed
    }
}

/// Tells the client the `Idempotency-Key` its request's commands were sent
/// with: the header `Idempotency-Key` on the answer, success or not, and the
/// member `idempotencyKey` in a problem. A client whose request had no key,
/// and that got no answer it can trust (a 504, a dropped connection after the
/// head), retries with that key and the command is applied at most once.
public struct CommandKeyMiddleware<Context: RequestContext>: RouterMiddleware {
    /// Writes the problems of errors that are not `Problem`s (as the router's `ProblemMiddleware` would).
    public let problems: ProblemMiddleware<Context>

    public init(problems: ProblemMiddleware<Context>) {
        self.problems = problems
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        let key = CommandKey()
        do {
            var response = try await CommandKey.$current.withValue(key) { try await next(request, context) }
            if let used = key.used { response.headers[.idempotencyKey] = used }
            return response
        } catch let problem as Problem {
            guard let used = key.used else { throw problem }
            throw problem.naming(idempotencyKey: used)
        } catch {
            guard let used = key.used else { throw error }
            var response = problems.response(for: error, request: request)
            response.headers[.idempotencyKey] = used
            return response
        }
    }
}

extension Problem {
    /// The problem with the key of the request's commands as member `idempotencyKey` and header.
    public func naming(idempotencyKey key: String) -> Problem {
        var problem = self
        problem.extensions["idempotencyKey"] = .string(key)
        problem.headers[.idempotencyKey] = key
        return problem
    }
}
