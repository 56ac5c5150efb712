import Foundation

/// How many requests one client may make in a sliding window: `limit` per `window` seconds.
public struct RateLimitRule: Sendable, Equatable, CustomStringConvertible {
    public var limit: Int
    public var window: TimeInterval

    public init(limit: Int, window: TimeInterval) {
        self.limit = limit
        self.window = window
    }

    /// The public forms' default: 60 posts per 10 minutes from one address — a reading room
    /// behind one address answering a feedback survey after an event still gets through.
    public static let publicPosts = RateLimitRule(limit: 60, window: 600)

    /// `"60/600"`: 60 requests per 600 seconds; `nil` for anything else.
    public init?(_ text: String) {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let limit = Int(parts[0]), let window = Int(parts[1]), limit > 0, window > 0 else {
            return nil
        }
        self.init(limit: limit, window: TimeInterval(window))
    }

    public var description: String { "\(limit)/\(Int(window))" }
}

/// A sliding-window log in memory: each client's request times within the
/// window. A request is admitted while the client has fewer than `limit`
/// in the last `window` seconds; otherwise it is told how long until the
/// oldest leaves the window. Clients quiet for a whole window are forgotten.
public actor RateLimiter {
    public nonisolated let rule: RateLimitRule
    private var times: [String: [Date]] = [:]
    private var admittedSinceSweep = 0

    public init(rule: RateLimitRule) {
        self.rule = rule
    }

    /// `nil` when `client` may go on (the request is counted), else the seconds (≥ 1) to wait.
    public func admit(_ client: String, now: Date = Date()) -> Int? {
        let start = now.addingTimeInterval(-rule.window)
        var recent = (times[client] ?? []).filter { $0 > start }
        if recent.count >= rule.limit {
            times[client] = recent
            let free = recent[recent.count - rule.limit].addingTimeInterval(rule.window)
            return max(1, Int(free.timeIntervalSince(now).rounded(.up)))
        }
        recent.append(now)
        times[client] = recent
        admittedSinceSweep += 1
        if admittedSinceSweep >= 1_000 { sweep(before: start) }
        return nil
    }

    /// How many clients the limiter remembers.
    public var clients: Int { times.count }

    private func sweep(before start: Date) {
        admittedSinceSweep = 0
        times = times.filter { _, dates in dates.contains { $0 > start } }
    }
}
