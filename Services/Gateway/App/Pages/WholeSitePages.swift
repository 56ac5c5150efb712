import Foundation
import GatewayKit

/// The pages made of every part's share: the start page, the search and the
/// annual report (its page and its JSON). Their templates are the App's.
struct WholeSitePages {
    let dependencies: GatewayDependencies
    let parts: [any GatewayPart]

    func addRoutes(to routes: PartRoutes) throws {
        let templates = try PageTemplates(
            folder: Bundle.module.resourceURL?.appendingPathComponent("Templates"), strings: AppPageStrings.all)
        HomeController(dependencies: dependencies, parts: parts, templates: templates).addRoutes(to: routes)
        SearchController(dependencies: dependencies, parts: parts, templates: templates).addRoutes(to: routes)
        ReportController(dependencies: dependencies, parts: parts, templates: templates).addRoutes(to: routes)
    }
}
