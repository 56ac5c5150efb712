import Foundation
import GatewayKit
import Hummingbird

/// `/api/v1/certificates/{code}`: public verification of a certificate by its
/// code (case, spaces and dashes ignored); an unknown code is a 404 problem.
struct CertificatesController {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        let open = routes.described(.open, "/api/v1/certificates")
        open.get(":code", use: verify, .read("Checks a certificate by its verification code", CertificateView.self))
    }

    @Sendable func verify(_ request: Request, context: GatewayContext) async throws -> CertificateView {
        let typed = context.parameters.get("code") ?? ""
        let code = CertificateCheckPageController.normalised(typed)
        let row = try await dependencies.read { db in try TrainingQueries.certificate(code: code, in: db) }
        guard let row else {
            throw Problem.notFound("no certificate has the verification code '\(typed)'")
        }
        return CertificateView(row)
    }
}
