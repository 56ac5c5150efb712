import Hummingbird

/// A per-address rate limit in front of a route, counting each request:
/// put it on a group holding the public form posts (`routes.publicPages
/// .group(path).add(middleware: …)`). Over the limit the answer is 429 with
/// `Retry-After`: an RFC 9457 problem on JSON routes, a page in the reader's
/// language on pages (`PageErrors` renders the `PageProblem`).
public struct RateLimitMiddleware: RouterMiddleware {
    public typealias Context = GatewayContext

    public enum Answer: Sendable {
        case problem, page
    }

    public let limiter: RateLimiter
    public let addresses: ClientAddresses
    public let answer: Answer

    public init(_ limit: PublicPostLimit, answer: Answer) {
        self.limiter = limit.limiter
        self.addresses = limit.addresses
        self.answer = answer
    }

    public func handle(
        _ request: Request, context: GatewayContext, next: (Request, GatewayContext) async throws -> Response
    ) async throws -> Response {
        let client = addresses.client(of: request, context: context)
        guard let wait = await limiter.admit(client) else { return try await next(request, context) }
        var headers = HTTPFields()
        headers[.retryAfter] = String(wait)
        let rule = limiter.rule
        switch answer {
        case .problem:
            throw Problem(
                .tooManyRequests, code: "too-many-requests", title: "Too many requests",
                detail:
                    "Too many requests from your address: at most \(rule.limit) in \(Int(rule.window)) seconds. Try again in \(wait) seconds.",
                extensions: ["retryAfter": .number(Double(wait))], headers: headers)
        case .page:
            throw PageProblem(
                .tooManyRequests,
                Localized(
                    lt: "Iš jūsų adreso gauta per daug užklausų. Bandykite dar kartą po \(wait) s.",
                    en: "Too many requests came from your address. Try again in \(wait) seconds."),
                headers: headers)
        }
    }
}

/// The limit of the public's writes (survey answers on the API and the
/// pages, event registrations, enrolments, their cancel links, unsubscribing),
/// one per gateway, shared by every route that uses it: `KOMUNIKA_PUBLIC_POST_LIMIT`
/// (`"60/600"`: 60 posts per 600 seconds from one address, the default) and
/// `KOMUNIKA_TRUSTED_PROXIES` (space-separated addresses whose `X-Forwarded-For` is believed).
public struct PublicPostLimit: Sendable {
    public let limiter: RateLimiter
    public let addresses: ClientAddresses

    public init(rule: RateLimitRule = .publicPosts, trustedProxies: [String] = []) {
        limiter = RateLimiter(rule: rule)
        addresses = ClientAddresses(trustedProxies: trustedProxies)
    }

    /// From `KOMUNIKA_PUBLIC_POST_LIMIT` and `KOMUNIKA_TRUSTED_PROXIES`; a limit that is not `N/SECONDS` is an error.
    public static func from(environment: [String: String]) throws -> PublicPostLimit {
        var rule = RateLimitRule.publicPosts
        if let text = environment["KOMUNIKA_PUBLIC_POST_LIMIT"], !text.isEmpty {
            guard let parsed = RateLimitRule(text) else {
                throw PublicPostLimitError(text: text)
            }
            rule = parsed
        }
        let proxies = (environment["KOMUNIKA_TRUSTED_PROXIES"] ?? "").split(separator: " ").map(String.init)
        return PublicPostLimit(rule: rule, trustedProxies: proxies)
    }
}

public struct PublicPostLimitError: Error, CustomStringConvertible {
    public var text: String
    public var description: String {
        "KOMUNIKA_PUBLIC_POST_LIMIT must be POSTS/SECONDS (e.g. 60/600), not '\(text)'"
    }
}
