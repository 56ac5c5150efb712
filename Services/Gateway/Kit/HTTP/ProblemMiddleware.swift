import Foundation
import Hummingbird
import Logging

/// Turns every error a route throws into an `application/problem+json`
/// answer: `Problem`s as they are, Hummingbird's errors (no route, body too
/// large) by their status, anything else as a logged 500.
public struct ProblemMiddleware<Context: RequestContext>: RouterMiddleware {
    public let logger: Logger

    public init(logger: Logger) {
        self.logger = logger
    }

    public func handle(
        _ request: Request, context: Context, next: (Request, Context) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch {
            return response(for: error, request: request)
        }
    }

    /// The problem+json answer to `error`, thrown while answering `request`
    /// (what a route wrapper that must add headers to errors too answers).
    public func response(for error: any Error, request: Request) -> Response {
        switch error {
        case let problem as Problem:
            return problem.response(instance: request.uri.path)
        case let error as HTTPError:
            return problem(for: error, request: request).response(instance: request.uri.path)
        case let error as any HTTPResponseError:
            return Problem(
                error.status, code: Self.code(of: error.status), title: error.status.reasonPhrase,
                detail: error.status.reasonPhrase
            ).response(instance: request.uri.path)
        default:
            logger.error(
                "request failed",
                metadata: [
                    "method": "\(request.method.rawValue)", "path": "\(request.uri.path)", "error": "\(error)",
                ])
            return Problem.internalError().response(instance: request.uri.path)
        }
    }

    private func problem(for error: HTTPError, request: Request) -> Problem {
        if error.status == .notFound && error.body == nil {
            return .notFound("nothing is at \(request.method.rawValue) \(request.uri.path)")
        }
        return Problem(
            error.status, code: Self.code(of: error.status), title: error.status.reasonPhrase,
            detail: error.body ?? error.status.reasonPhrase, headers: error.headers)
    }

    /// `content-too-large` for 413 and so on: the reason phrase in lower case, dashed.
    public static func code(of status: HTTPResponse.Status) -> String {
        status.reasonPhrase.lowercased().split { !($0.isLetter || $0.isNumber) }.joined(separator: "-")
    }
}
