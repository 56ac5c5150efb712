import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `GET /mokymai/pazymejimai` (every certificate issued, newest first) and
/// `GET /mokymai/pazymejimai/{code}`: one certificate as a page to print on
/// A4, with the library's name, the course, hours, date, and the code and
/// address of the public verification (`/api/v1/certificates/{code}`).
struct CertificatesPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/mokymai/pazymejimai", use: list)
        routes.pages.get("/mokymai/pazymejimai/{code}", use: sheet)
    }

    static let title = Localized(lt: "Išduoti pažymėjimai", en: "Issued certificates")

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let certificates = try await dependencies.read { db in try TrainingPageQueries.certificates(in: db) }
        let rows: [[String: Any]] = certificates.map { certificate in
            [
                "code": certificate.code, "name": certificate.name, "institution": certificate.institution,
                "course": certificate.courseTitleLt, "issued": HumanDate.day(certificate.issuedAt, in: viewer.language),
            ]
        }
        return templates.render(
            "certificates", title: Self.title, data: ["certificates": rows, "hasCertificates": !rows.isEmpty], for: viewer)
    }

    @Sendable func sheet(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let code = CertificateCheckPageController.normalised(context.parameters.get("code") ?? "")
        let found = try await dependencies.read { db in try TrainingPageQueries.certificateSheet(code: code, in: db) }
        guard let found else { throw PageProblem.notFound(TrainingPageStrings.noSuchCertificate) }
        let certificate = found.certificate
        let language = viewer.language
        var data: [String: Any] = [
            "code": certificate.code, "name": certificate.name, "institution": certificate.institution,
            "course": certificate.courseTitleLt, "date": HumanDate.day(certificate.sessionStartsAt, in: language),
            "issued": HumanDate.day(certificate.issuedAt, in: language),
            "verifyURL": "\(dependencies.publicURL)/sertifikatai/\(certificate.code)",
        ]
        if let endsAt = found.sessionEndsAt {
            data["hours"] = TrainingPageStrings.hours(from: certificate.sessionStartsAt, to: endsAt, in: language)
        }
        if let session = found.sessionId { data["sessionId"] = session.uuidString.lowercased() }
        let title = Localized(lt: "Pažymėjimas \(certificate.code)", en: "Certificate \(certificate.code)")
        return templates.render("certificate", title: title, data: data, for: viewer)
    }
}
