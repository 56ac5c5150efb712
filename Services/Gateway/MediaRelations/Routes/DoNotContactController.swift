import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/do-not-contact`: the addresses press releases are never sent
/// to (GET, newest first), and putting one there (POST `{"email": …}`,
/// reason `staff`; 201, or 200 when it was there already).
struct DoNotContactController {
    let dependencies: GatewayDependencies
    var sender: CommandSender { .mediaRelations(dependencies) }

    func addRoutes(to routes: PartRoutes) {
        let group = routes.described(.staff, "/api/v1/do-not-contact")
        group.get(use: list, .list("The addresses no press release is sent to", DoNotContactView.self))
        group.post(
            use: add,
            APIOperation(
                "Puts an address on the do-not-contact list (201; 200 when it was there already)",
                body: .json(DoNotContactInput.self),
                answers: [.written(201, DoNotContactView.self), .written(200, DoNotContactView.self)],
                problems: APIOperation.commandProblems))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ListView<DoNotContactView> {
        _ = try QueryParameters(request, allowed: [])
        let entries = try await dependencies.read { db in try MediaRelationsQueries.doNotContact(in: db) }
        return ListView(all: entries.map(DoNotContactView.init))
    }

    @Sendable func add(_ request: Request, context: GatewayContext) async throws -> WriteResponse<DoNotContactView> {
        let email = try await JSONBody.decode(DoNotContactInput.self, from: request, context: context).validated()
        let sent = try await sender.send(AddToDoNotContact(email: email, reason: .staff), for: request, context: context)
        let outcome = sent.result ?? DoNotContactOutcome(email: email.lowercased(), added: true)
        let entry = try await dependencies.read { db in try MediaRelationsQueries.doNotContact(email: outcome.email, in: db) }
        guard let entry else {
            throw Problem.unavailable("the address is on the list but not yet readable; read it again shortly", retryAfterSeconds: 1)
        }
        return WriteResponse(status: outcome.added ? .created : .ok, body: DoNotContactView(entry), fresh: sent.fresh)
    }
}

/// An address on the do-not-contact list, as the API shows it.
struct DoNotContactView: ResponseEncodable, Decodable, Equatable {
    var email: String
    var reason: DoNotContactReason
    var addedAt: Date
    @ExplicitNull var addedBy: ActorView?

    init(_ entry: DoNotContactEntry) {
        email = entry.email
        reason = entry.reason
        addedAt = entry.addedAt
        addedBy = entry.addedBy.map(ActorView.init)
    }
}

/// The body of `POST /api/v1/do-not-contact`.
struct DoNotContactInput: Decodable {
    var email: String?

    /// The address, trimmed; 422 naming `email` when it is missing or not an address (`ContactEmail`).
    func validated() throws -> String {
        var check = Validation()
        let email = check.required(email, "email")?.trimmingCharacters(in: .whitespacesAndNewlines)
        if let email, !ContactEmail.isValid(email) {
            check.add("email", "'email' must be an e-mail address such as vardas@lnb.lt; '\(email)' is not")
        }
        try check.check()
        return email ?? ""
    }
}
