import GatewayKit

/// Every route of the training part: courses, sessions with enrolments and attendance, and the public check of a certificate.
struct TrainingRoutes {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        CoursesController(dependencies: dependencies).addRoutes(to: routes)
        TrainingSessionsController(dependencies: dependencies).addRoutes(to: routes)
        CertificatesController(dependencies: dependencies).addRoutes(to: routes)
        TrainingExportsController(dependencies: dependencies).addRoutes(to: routes)
    }
}
