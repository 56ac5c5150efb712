import Foundation
import GatewayKit
import Hummingbird
import MessageSchema
import ServiceKit

/// The admins' page of a person's data under the GDPR, beside the
/// operations page: `GET /operacijos/zmones` shows the form;
/// `POST /operacijos/zmones/eksportas` answers with one JSON file of what
/// every service keeps on the address (as `komunikactl people export`);
/// `POST /operacijos/zmones/istrynimas` erases it everywhere (as
/// `komunikactl people erase`), once the address is typed a second time,
/// and shows what each service erased or why it did not answer.
struct PeoplePageController {
    let control: OperationsControl
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.adminPages.get("/operacijos/zmones", use: show)
        routes.adminPages.post("/operacijos/zmones/eksportas", use: export)
        routes.adminPages.post("/operacijos/zmones/istrynimas", use: erase)
    }

    static let title = Localized(lt: "Asmens duomenys", en: "Personal data")

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        page(request, context: context)
    }

    @Sendable func export(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let email = form["email"] ?? ""
        guard PeoplePageStrings.isEmail(email) else {
            return page(
                request, context: context, form: form, errors: ["email": viewer.text(PeoplePageStrings.enterEmail)],
                status: .unprocessableContent)
        }
        let answers = await control.people(ControlRequest(.exportPerson, email: email))
        let body = try MessageCoding.encode(PeopleRound.document(email: email, answers: answers))
        return Response(
            status: .ok,
            headers: [
                .contentType: "application/json; charset=utf-8", .cacheControl: "no-store",
                .contentDisposition: "attachment; filename=\"asmens-duomenys.json\"",
            ],
            body: .init(byteBuffer: ByteBuffer(bytes: body)))
    }

    @Sendable func erase(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let email = form["email"] ?? ""
        var errors: [String: String] = [:]
        if !PeoplePageStrings.isEmail(email) {
            errors["email"] = viewer.text(PeoplePageStrings.enterEmail)
        } else if PersonErasure.key(form["confirmation"] ?? "") != PersonErasure.key(email) {
            errors["confirmation"] = viewer.text(PeoplePageStrings.confirmMismatch)
        }
        guard errors.isEmpty else {
            return page(request, context: context, form: form, errors: errors, status: .unprocessableContent)
        }
        let erasureId = UUID()
        let answers = await control.people(ControlRequest(.erasePerson, email: email, erasureId: erasureId))
        return page(request, context: context, erasure: (erasureId, answers))
    }

    private func page(
        _ request: Request, context: GatewayContext, form: FormData? = nil, errors: [String: String] = [:],
        erasure: (UUID, [PeopleRound.Answer])? = nil, status: HTTPResponse.Status = .ok
    ) -> Response {
        let viewer = Viewer(request: request, context: context)
        let fields = [
            FormField(
                "email", label: viewer.text(PeoplePageStrings.emailLabel), kind: .input(type: "email"),
                value: form?["email"], error: errors["email"], required: true),
            FormField(
                "confirmation", label: viewer.text(PeoplePageStrings.confirmationLabel), kind: .input(type: "email"),
                value: form?["confirmation"], hint: viewer.text(PeoplePageStrings.confirmationHint),
                error: errors["confirmation"]),
        ]
        var data: [String: Any] = [
            "fields": fields.map(\.template), "csrf": viewer.csrfToken, "hasErrors": !errors.isEmpty,
        ]
        if let erasure {
            let (erasureId, answers) = erasure
            data["erasure"] =
                [
                    "id": erasureId.uuidString.lowercased(),
                    "complete": answers.allSatisfy { $0.problem == nil },
                    "lines": answers.map { answer in
                        [
                            "service": viewer.text(OperationsPageStrings.serviceName(answer.service)),
                            "id": answer.service.rawValue, "text": PeopleRound.line(answer),
                            "failed": answer.problem != nil,
                        ] as [String: Any]
                    },
                ] as [String: Any]
        }
        return templates.render("people", title: Self.title, data: data, for: viewer, status: status)
    }
}
