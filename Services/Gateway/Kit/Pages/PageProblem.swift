import Hummingbird

/// A page's refusal as a reader sees it: the status and a sentence in both
/// languages, shown by `PageErrors` on the error page.
public struct PageProblem: Error, Sendable {
    public var status: HTTPResponse.Status
    public var message: Localized
    /// Fields the page is answered with (`Retry-After` of a 429).
    public var headers: HTTPFields

    public init(_ status: HTTPResponse.Status, _ message: Localized, headers: HTTPFields = [:]) {
        self.status = status
        self.message = message
        self.headers = headers
    }

    public static func forbidden(_ message: Localized) -> PageProblem { PageProblem(.forbidden, message) }
    public static func notFound(_ message: Localized) -> PageProblem { PageProblem(.notFound, message) }

    public static let staleForm = PageProblem(
        .forbidden,
        Localized(
            lt: "Formos saugos žetonas neteisingas arba pasenęs. Atnaujinkite puslapį ir bandykite dar kartą.",
            en: "The form's security token is wrong or stale. Reload the page and try again."))
}
