import Hummingbird
import ServiceKit

/// Which role each request needs. Open to the public: health, the public
/// calendar, the press-release feed, answering a survey (and reading the
/// survey to answer it), and checking a training certificate. Reads need a
/// viewer, writes an editor, metrics an admin.
enum AccessRules {
    static func requiredRole(_ method: HTTPRequest.Method, _ path: String) -> Role? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        let reads = method == .get || method == .head
        if parts == ["healthz"] || parts == ["readyz"] { return nil }
        if parts == ["metrics"] { return .admin }
        if parts.count >= 3, parts[0] == "api", parts[1] == "v1" {
            let route = Array(parts.dropFirst(2))
            if reads && route == ["calendar.ics"] { return nil }
            if reads && route == ["press-releases", "feed.xml"] { return nil }
            if reads && route.count == 2 && route[0] == "surveys" { return nil }
            if method == .post && route.count == 3 && route[0] == "surveys" && route[2] == "responses" { return nil }
            if reads && route.count == 2 && route[0] == "certificates" { return nil }
        }
        return reads || method == .options ? .viewer : .editor
    }
}
