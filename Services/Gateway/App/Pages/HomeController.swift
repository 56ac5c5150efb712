import Foundation
import GatewayKit
import Hummingbird

/// `GET /`: the start page, each part's sections (this week's events, what
/// waits for me, alerts, this year's numbers) in order. A submitter goes to
/// their submissions.
struct HomeController {
    let dependencies: GatewayDependencies
    let parts: [any GatewayPart]
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.signedInPages.get("/", use: home)
    }

    @Sendable func home(_ request: Request, context: GatewayContext) async throws -> Response {
        guard let identity = context.identity, identity.role >= .viewer else { return PageTemplates.redirect(to: "/pateikimai") }
        let viewer = Viewer(request: request, context: context)
        var sections: [PageSection] = []
        for part in parts { sections += try await part.startPageSections(for: viewer, dependencies: dependencies) }
        sections.sort { $0.order < $1.order }
        let data: [String: Any] = [
            "today": HumanDate.day(Date(), in: viewer.language), "sections": sections.map { ["html": $0.html] },
        ]
        return templates.render("home", title: Localized(lt: "Pradžia", en: "Home"), data: data, for: viewer)
    }
}
