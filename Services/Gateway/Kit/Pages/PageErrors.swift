import Hummingbird
import Logging

/// Shows a page route's refusal as a page in the reader's language: a
/// `PageProblem` with its status and sentence, an API `Problem` with its
/// detail, a missing route as 404; anything else is logged and shown as 500.
public struct PageErrors: RouterMiddleware {
    public typealias Context = GatewayContext

    public let templates: PageTemplates
    public let logger: Logger

    public init(templates: PageTemplates, logger: Logger) {
        self.templates = templates
        self.logger = logger
    }

    public func handle(
        _ request: Request, context: GatewayContext, next: (Request, GatewayContext) async throws -> Response
    ) async throws -> Response {
        do {
            return try await next(request, context)
        } catch let problem as PageProblem {
            var response = page(problem.status, problem.message, request: request, context: context)
            for field in problem.headers { response.headers.append(field) }
            return response
        } catch let problem as Problem {
            return page(problem.status, Localized(stringLiteral: problem.detail), request: request, context: context)
        } catch let error as HTTPError where error.status == .notFound {
            let message = Localized(lt: "Tokio puslapio nėra.", en: "There is no such page.")
            return page(.notFound, message, request: request, context: context)
        } catch {
            logger.error("page failed", metadata: ["path": "\(request.uri.path)", "error": "\(error)"])
            let message = Localized(lt: "Įvyko vidinė klaida; ji užrašyta žurnale.", en: "An internal error occurred; it is logged.")
            return page(.internalServerError, message, request: request, context: context)
        }
    }

    func page(_ status: HTTPResponse.Status, _ message: Localized, request: Request, context: GatewayContext) -> Response {
        let viewer = Viewer(request: request, context: context)
        return templates.render(
            "error", title: Localized(lt: "Klaida \(status.code)", en: "Error \(status.code)"),
            data: ["status": status.code, "message": viewer.text(message)], for: viewer, status: status)
    }
}
