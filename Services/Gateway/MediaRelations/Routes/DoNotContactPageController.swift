import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The staff's page of the do-not-contact list, `GET /ziniasklaida/nekontaktuoti`
/// (every address, why and who put it there, newest first), and putting an
/// address there, `POST /ziniasklaida/nekontaktuoti` (editors; reason `staff`).
struct DoNotContactPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { .mediaRelations(dependencies) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/ziniasklaida/nekontaktuoti", use: list)
        routes.pages.post("/ziniasklaida/nekontaktuoti", use: add)
    }

    static var s: PageStrings { MediaRelationsPageStrings.all }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        try await page(Viewer(request: request, context: context))
    }

    private func page(
        _ viewer: Viewer, email: String? = nil, error: String? = nil, problem: String? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let entries = try await dependencies.read { db in try MediaRelationsQueries.doNotContact(in: db) }
        var data: [String: Any] = [
            "entries": entries.map { entry in
                [
                    "email": entry.email, "reason": viewer.text(MediaRelationsPageStrings.reason(entry.reason)),
                    "addedAt": HumanDate.dayAndTime(entry.addedAt, in: viewer.language),
                    "addedBy": entry.addedBy?.name ?? viewer.text(Self.s["by_the_person"]!),
                ]
            },
            "hasEntries": !entries.isEmpty, "count": entries.count, "errors": error != nil,
            "fields": [
                FormField(
                    "email", label: viewer.text(Self.s["email"]!), kind: .input(type: "email"), value: email, error: error,
                    required: true)
            ].template,
        ]
        if let problem { data["problem"] = problem }
        return templates.render("do-not-contact", title: Self.s["do_not_contact"]!, data: data, for: viewer, status: status)
    }

    @Sendable func add(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard viewer.canEdit else { throw MediaRelationsPages.editorsOnly }
        guard let email = form["email"] else {
            return try await page(viewer, error: viewer.text(MediaRelationsPageStrings.required), status: .unprocessableContent)
        }
        do {
            _ = try await sender.send(AddToDoNotContact(email: email, reason: .staff), for: request, context: context)
        } catch let problem as Problem {
            let field = problem.status == .unprocessableContent ? viewer.text(MediaRelationsPageStrings.notAnEmail) : nil
            return try await page(
                viewer, email: email, error: field, problem: field == nil ? problem.detail : nil, status: problem.status)
        }
        return PageTemplates.redirect(to: "/ziniasklaida/nekontaktuoti")
    }
}
