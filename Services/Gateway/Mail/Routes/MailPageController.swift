import Foundation
import GatewayKit
import Hummingbird

/// `GET /operacijos/laiskai` (admins): the mails the mail service gave up
/// on, newest first, each with the relay's last answer; and a notice when
/// no alerts go to staff (no `KOMUNIKA_STAFF_MAIL`).
struct MailPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates

    static let title = Localized(lt: "Neišsiųsti laiškai", en: "Mails not sent")

    func addRoutes(to routes: PartRoutes) {
        routes.adminPages.get("/operacijos/laiskai", use: failures)
    }

    @Sendable func failures(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let (failures, delivery) = try await dependencies.read { db in
            (try MailQueries.failures(in: db), try MailQueries.delivery(in: db))
        }
        return templates.render(
            "mail-failures", title: Self.title,
            data: MailViews.failures(failures, staffAlertsOff: delivery?.staffAlerts == false, viewer: viewer), for: viewer)
    }
}
