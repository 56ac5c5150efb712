import Foundation
import GatewayKit
import Hummingbird

/// `GET /operacijos/laiskai` (admins): the mails the mail service gave up
/// on, newest first, each with the relay's last answer.
struct MailPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates

    static let title = Localized(lt: "Neišsiųsti laiškai", en: "Mails not sent")

    func addRoutes(to routes: PartRoutes) {
        routes.adminPages.get("/operacijos/laiskai", use: failures)
    }

    @Sendable func failures(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let failures = try await dependencies.read { db in try MailQueries.failures(in: db) }
        return templates.render(
            "mail-failures", title: Self.title, data: MailViews.failures(failures, viewer: viewer), for: viewer)
    }
}
