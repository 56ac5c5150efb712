import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `GET /sertifikatai/{code}`, public: whether a certificate with this code
/// was issued, and to whom, for which course, when (case, spaces and dashes
/// of the code ignored); an unknown code is a 404 page. The same check as
/// JSON is `/api/v1/certificates/{code}`.
struct CertificateCheckPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.publicPages.get("/sertifikatai/{code}", use: check)
    }

    /// The code as certificates carry it: capitals, no spaces or dashes.
    static func normalised(_ typed: String) -> String {
        String(typed.uppercased().filter { $0 != " " && $0 != "-" })
    }

    @Sendable func check(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let code = Self.normalised(context.parameters.get("code") ?? "")
        let certificate = try await dependencies.read { db in try TrainingQueries.certificate(code: code, in: db) }
        guard let certificate else { throw PageProblem.notFound(PublicTrainingStrings.noSuchCertificate) }
        let language = viewer.language
        let data: [String: Any] = [
            "code": certificate.code, "name": certificate.name, "institution": certificate.institution,
            "course": certificate.courseTitleLt, "date": HumanDate.day(certificate.sessionStartsAt, in: language),
            "issued": HumanDate.day(certificate.issuedAt, in: language),
        ]
        return templates.render("public-certificate", title: PublicTrainingStrings.certificateTitle, data: data, for: viewer)
    }
}
