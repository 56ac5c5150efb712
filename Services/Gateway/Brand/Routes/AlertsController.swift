import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `/api/v1/alerts`: warnings of expiring licences and consents and
/// withdrawn assets, newest first; and `/api/v1/brand/expiry-checks`, to
/// run the brand service's expiry check now (optionally as of a day).
struct AlertsController {
    let dependencies: GatewayDependencies
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .brand) }

    func addRoutes(to routes: PartRoutes) {
        let api = routes.described(.staff, "/api/v1")
        api.get("alerts", use: list, .read("Licences and consents about to expire", ItemsView<AlertView>.self, query: ["limit"], problems: []))
        api.post(
            "brand/expiry-checks", use: check,
            .write("Checks now which licences and consents expire", body: ExpiryCheckInput.self, answer: ExpiryCheckView.self, problems: []))
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> ItemsView<AlertView> {
        let query = try QueryParameters(request, allowed: ["limit"])
        let limit = min(try query.integer("limit", in: 1...Int.max) ?? 100, Page.maximumLimit)
        return ItemsView(items: try await dependencies.read { db in try BrandQueries.alerts(limit: limit, in: db) })
    }

    @Sendable func check(_ request: Request, context: GatewayContext) async throws -> WriteResponse<ExpiryCheckView> {
        let command = try await JSONBody.decode(ExpiryCheckInput.self, from: request, context: context).validated()
        let sent = try await sender.send(command, for: request, context: context)
        guard let outcome = sent.result else { throw Problem.badGateway("the brand service's answer could not be read") }
        return WriteResponse(body: ExpiryCheckView(outcome), fresh: sent.fresh)
    }
}

/// What an expiry check did.
struct ExpiryCheckView: ResponseEncodable, Decodable {
    var asOf: String
    var warnings: Int
    var withdrawn: Int

    init(_ outcome: ExpiryCheckOutcome) {
        asOf = outcome.asOf.description
        warnings = outcome.warnings
        withdrawn = outcome.withdrawn
    }
}
