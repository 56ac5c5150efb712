import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The admins' operations page: `GET /operacijos` shows every service's
/// status and dead letters (the gateway first); `POST
/// /operacijos/{service}/mirusieji/{id}/kartoti` applies one letter again,
/// `POST /operacijos/{service}/mirusieji/kartoti` all of that service's, and
/// both answer with the page and how many were resolved.
struct OperationsPageController {
    let control: OperationsControl
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.adminPages.get("/operacijos", use: show)
        routes.adminPages.post("/operacijos/{service}/mirusieji/kartoti", use: retryAll)
        routes.adminPages.post("/operacijos/{service}/mirusieji/{id}/kartoti", use: retryOne)
    }

    static let title = Localized(lt: "Operacijos", en: "Operations")

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        try await page(request, context: context)
    }

    @Sendable func retryAll(_ request: Request, context: GatewayContext) async throws -> Response {
        let service = try self.service(of: context)
        return try await retry(service, id: nil, request: request, context: context)
    }

    @Sendable func retryOne(_ request: Request, context: GatewayContext) async throws -> Response {
        let service = try self.service(of: context)
        guard let id = context.parameters.get("id").flatMap(Int64.init) else {
            throw PageProblem.notFound(Localized(lt: "Tokios žinutės nėra.", en: "There is no such dead letter."))
        }
        return try await retry(service, id: id, request: request, context: context)
    }

    private func retry(_ service: ServiceName, id: Int64?, request: Request, context: GatewayContext) async throws -> Response {
        switch await control.retry(service, id: id) {
        case .done(let resolved, let left):
            return try await page(
                request, context: context, notice: OperationsPageStrings.retried(service, resolved: resolved, left: left))
        case .failed(let error):
            return try await page(
                request, context: context, notice: OperationsPageStrings.retryFailed(service, error: error), isError: true)
        }
    }

    private func service(of context: GatewayContext) throws -> ServiceName {
        guard let service = context.parameters.get("service").flatMap(ServiceName.init(rawValue:)),
            OperationsControl.services.contains(service)
        else { throw PageProblem.notFound(Localized(lt: "Tokios tarnybos nėra.", en: "There is no such service.")) }
        return service
    }

    private func page(
        _ request: Request, context: GatewayContext, notice: Localized? = nil, isError: Bool = false
    ) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let reports = await control.reports()
        let data = OperationsViews.page(reports, notice: notice, noticeIsError: isError, viewer: viewer)
        return templates.render("operations", title: Self.title, data: data, for: viewer)
    }
}
