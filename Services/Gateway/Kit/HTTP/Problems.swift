import Foundation
import Hummingbird
import MessageSchema
import ServiceKit

/// The problems the API answers with, by kind.
extension Problem {
    /// A body that is not JSON at all.
    public static func malformedBody(_ detail: String) -> Problem {
        Problem(.badRequest, code: "malformed-body", title: "The body is not JSON", detail: detail)
    }

    /// A query parameter that cannot be read.
    public static func badQuery(_ name: String, _ detail: String, allowed: [String]? = nil) -> Problem {
        var extensions: [String: JSONValue] = ["parameter": .string(name)]
        if let allowed { extensions["allowed"] = .array(allowed.map(JSONValue.string)) }
        return Problem(
            .badRequest, code: "bad-query-parameter", title: "A query parameter is not valid", detail: detail,
            extensions: extensions)
    }

    public static func badHeader(_ name: String, _ detail: String) -> Problem {
        Problem(
            .badRequest, code: "bad-header", title: "A header is not valid", detail: detail,
            extensions: ["header": .string(name)])
    }

    /// Fields of the body that are missing or wrong; `errors` names each.
    public static func invalid(_ errors: [FieldError]) -> Problem {
        Problem(
            .unprocessableContent, code: "invalid", title: "The input is not valid",
            detail: errors.map(\.detail).joined(separator: "; "),
            extensions: ["errors": .array(errors.map(\.json))])
    }

    /// No bearer token, or one the gateway does not know.
    public static func unauthorized(_ detail: String) -> Problem {
        var headers = HTTPFields()
        headers[.wwwAuthenticate] = "Bearer realm=\"komunika\""
        return Problem(.unauthorized, code: "unauthorized", title: "Authentication needed", detail: detail, headers: headers)
    }

    /// A known token whose role does not allow this.
    public static func forbidden(_ detail: String) -> Problem {
        Problem(.forbidden, code: "forbidden", title: "Not allowed for this role", detail: detail)
    }

    public static func notFound(_ detail: String) -> Problem {
        Problem(.notFound, code: "not-found", title: "Not found", detail: detail)
    }

    public static func methodNotAllowed(_ method: HTTPRequest.Method, allowed: [HTTPRequest.Method]) -> Problem {
        let names = allowed.map(\.rawValue)
        var headers = HTTPFields()
        headers[.allow] = names.joined(separator: ", ")
        return Problem(
            .methodNotAllowed, code: "method-not-allowed", title: "Method not allowed",
            detail: "\(method.rawValue) is not allowed here; allowed: \(names.joined(separator: ", "))",
            extensions: ["allowed": .array(names.map(JSONValue.string))], headers: headers)
    }

    /// A service that did not answer or cannot serve now; worth retrying.
    public static func unavailable(_ detail: String, retryAfterSeconds: Int = 5) -> Problem {
        var headers = HTTPFields()
        headers[.retryAfter] = String(retryAfterSeconds)
        return Problem(
            .serviceUnavailable, code: "unavailable", title: "Service unavailable", detail: detail, headers: headers)
    }

    /// A command whose outcome the gateway does not know (the service did not
    /// answer in time, or could not apply it now while a copy of it may still
    /// be queued): it may be applied or not. Only a retry with the same
    /// Idempotency-Key is sure to apply it at most once, and tells its outcome.
    public static func outcomeUnknown(_ reason: String, idempotencyKey key: String) -> Problem {
        Problem(
            .gatewayTimeout, code: "outcome-unknown", title: "Outcome unknown",
            detail: "the outcome is unknown: \(reason); retry with Idempotency-Key: \(key), which applies it at most once"
        ).naming(idempotencyKey: key)
    }

    /// A service answered with something the gateway cannot read.
    public static func badGateway(_ detail: String) -> Problem {
        Problem(.badGateway, code: "bad-gateway", title: "Bad answer from a service", detail: detail)
    }

    public static func internalError() -> Problem {
        Problem(
            .internalServerError, code: "internal", title: "Internal error",
            detail: "the gateway failed to answer; the error is in its log")
    }

    /// A command the events service refused, with the HTTP status its code calls for.
    public static func refused(_ failure: CommandFailure) -> Problem {
        var extensions = (failure.details ?? [:]).mapValues(JSONValue.string)
        if failure.code == .invalid, let field = failure.details?["field"] {
            extensions["errors"] = .array([FieldError(field: field, detail: failure.message).json])
        }
        switch failure.code {
        case .invalid where failure.details?["reason"] == IdempotencyReuse.reason:
            extensions["reason"] = nil
            return Problem(
                .unprocessableContent, code: IdempotencyReuse.reason, title: "Idempotency-Key used for another request",
                detail: failure.message, extensions: extensions)
        case .invalid:
            return Problem(
                .unprocessableContent, code: "invalid", title: "The input is not valid", detail: failure.message,
                extensions: extensions)
        case .notFound:
            return Problem(.notFound, code: "not-found", title: "Not found", detail: failure.message, extensions: extensions)
        case .conflict:
            return Problem(
                .conflict, code: "conflict", title: "Conflict with the current state", detail: failure.message,
                extensions: extensions)
        case .illegalTransition:
            return Problem(
                .conflict, code: "illegal-transition", title: "Status change not allowed", detail: failure.message,
                extensions: extensions)
        case .unknownCommand:
            return Problem(
                .badRequest, code: "unknown-command", title: "Unknown command", detail: failure.message,
                extensions: extensions)
        case .forbidden:
            return Problem(
                .forbidden, code: "forbidden", title: "The gateway's bus key may not send this", detail: failure.message,
                extensions: extensions)
        case .unavailable:
            var problem = unavailable(failure.message)
            problem.extensions.merge(extensions) { current, _ in current }
            return problem
        }
    }
}

/// One field of a body that is missing or wrong.
public struct FieldError: Sendable, Equatable {
    /// The field's path: `title.lt`, `venue.kind`, `capacity`.
    public var field: String
    public var detail: String
    /// The values the field may take, for enumerations.
    public var allowed: [String]?

    public init(field: String, detail: String, allowed: [String]? = nil) {
        self.field = field
        self.detail = detail
        self.allowed = allowed
    }

    public var json: JSONValue {
        var members: [String: JSONValue] = ["field": .string(field), "detail": .string(detail)]
        if let allowed { members["allowed"] = .array(allowed.map(JSONValue.string)) }
        return .object(members)
    }
}
