import GatewayKit

/// Every route of the media-relations part: contacts and lists, press releases and their public feed, journalists' visits, mentions with their import and reports.
struct MediaRelationsRoutes {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        ContactsController(dependencies: dependencies).addRoutes(to: routes)
        PressReleasesController(dependencies: dependencies).addRoutes(to: routes)
        VisitsController(dependencies: dependencies).addRoutes(to: routes)
        MentionsController(dependencies: dependencies).addRoutes(to: routes)
        DoNotContactController(dependencies: dependencies).addRoutes(to: routes)
        MediaExportsController(dependencies: dependencies).addRoutes(to: routes)
    }
}

extension CommandSender {
    /// The sender of media-relations commands.
    static func mediaRelations(_ dependencies: GatewayDependencies) -> CommandSender {
        CommandSender(dependencies: dependencies, service: .mediaRelations)
    }
}
