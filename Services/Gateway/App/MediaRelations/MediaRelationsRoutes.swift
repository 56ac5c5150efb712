import Hummingbird

/// Every route of media relations: contacts and lists, press releases,
/// journalists' visits, mentions with their import and reports.
struct MediaRelationsRoutes {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: RouteTable<GatewayContext>) {
        ContactsController(dependencies: dependencies).addRoutes(
            contacts: routes.group("/api/v1/contacts"), lists: routes.group("/api/v1/contact-lists"))
        PressReleasesController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/press-releases"))
        VisitsController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/visits"))
        MentionsController(dependencies: dependencies).addRoutes(to: routes.group("/api/v1/mentions"))
    }
}

extension CommandSender {
    /// The sender of media-relations commands.
    static func mediaRelations(_ dependencies: GatewayDependencies) -> CommandSender {
        CommandSender(dependencies: dependencies, service: .mediaRelations)
    }
}
