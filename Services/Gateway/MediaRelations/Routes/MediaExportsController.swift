import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The media-relations part's CSV downloads (`MediaRelationsCSV`), each
/// both in the staff's API and behind the list page's link:
/// `GET /api/v1/contacts.csv` and `/ziniasklaida/kontaktai.csv` (filters as
/// the API's list: `kind`, `topic`, `q`), `GET /api/v1/mentions.csv` and
/// `/ziniasklaida/paminejimai.csv` (filters as the API's list: `from`, `to`,
/// `outlet`, `sentiment`, `eventId`, `campaignId`, `q`).
struct MediaExportsController {
    let dependencies: GatewayDependencies

    func addRoutes(to routes: PartRoutes) {
        let api = routes.described(.staff, "/api/v1")
        api.get(
            "contacts.csv", use: contacts,
            APIOperation(
                "The contacts (with whether each is on the do-not-contact list) as CSV (UTF-8 with BOM, formulas neutralised)",
                query: ["kind", "topic", "q"],
                answers: [.file("text/csv; charset=utf-8; header=present", description: "The contacts", headers: ["Content-Disposition"])],
                problems: [400]))
        api.get(
            "mentions.csv", use: mentions,
            APIOperation(
                "The mentions as CSV (UTF-8 with BOM, formulas neutralised)",
                query: MentionsController.filterParameters,
                answers: [.file("text/csv; charset=utf-8; header=present", description: "The mentions", headers: ["Content-Disposition"])],
                problems: [400]))
        routes.pages.get("/ziniasklaida/kontaktai.csv", use: contacts)
        routes.pages.get("/ziniasklaida/paminejimai.csv", use: mentions)
    }

    @Sendable func contacts(_ request: Request, context: GatewayContext) async throws -> Response {
        let query = try QueryParameters(request, allowed: ["kind", "topic", "q"])
        let filter = ContactFilter(
            kinds: try query.set("kind", of: ContactKind.self), topic: query.string("topic"), text: query.string("q"))
        let (contacts, doNotContact) = try await dependencies.read { db in
            (
                try MediaRelationsCSV.all { page in try MediaRelationsQueries.contacts(filter, page: page, in: db) },
                try MediaRelationsQueries.doNotContactEmails(in: db)
            )
        }
        return try MediaRelationsCSV.contacts(contacts, doNotContact: doNotContact).response()
    }

    @Sendable func mentions(_ request: Request, context: GatewayContext) async throws -> Response {
        let query = try QueryParameters(request, allowed: MentionsController.filterParameters)
        let filter = try MentionsController.filter(query)
        let mentions = try await dependencies.read { db in
            try MediaRelationsCSV.all { page in try MediaRelationsQueries.mentions(filter, page: page, in: db) }
        }
        return try MediaRelationsCSV.mentions(mentions).response()
    }
}
