import GatewayKit

/// Every route of the surveys part: surveys and polls, their public answering, results and CSV export.
struct SurveysRoutes {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        SurveysController(dependencies: dependencies).addRoutes(to: routes)
    }
}
