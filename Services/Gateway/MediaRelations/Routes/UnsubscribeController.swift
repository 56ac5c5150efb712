import Foundation
import GatewayKit
import Hummingbird
import MessageSchema
import SignedLinks

/// The unsubscribe link of a press release's mail, `/atsisakyti/{token}`
/// (`SignedLink` with purpose `unsubscribe`, its subject the address in
/// lower case):
///
/// - `GET` shows the address and a button; it changes nothing, so a mail
///   scanner that follows links unsubscribes nobody.
/// - `POST` with the body `List-Unsubscribe=One-Click` puts the address on
///   the do-not-contact list (reason `unsubscribed`) and says no more press
///   releases will come. That is RFC 8058's one-click request, which a mail
///   program sends from the `List-Unsubscribe-Post` header without any page
///   or cookie, so it cannot carry a form token: the route is in the open
///   group, where no form-token check applies. The page's button sends the
///   same body. Nothing is lost by it: the signed token in the path is what
///   allows the change, no session or cookie is read, and a forged
///   cross-site POST could only do what the holder of the link may do.
///
/// A token that is not valid (changed, cut, another purpose's) gets the 404 page.
struct UnsubscribeController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { .mediaRelations(dependencies) }

    static let invalidLink = PageProblem.notFound(
        Localized(
            lt: "Ši atsisakymo nuoroda negalioja. Patikrinkite, ar nukopijavote visą nuorodą iš laiško.",
            en: "This unsubscribe link is not valid. Check that you copied the whole link from the e-mail."))

    func addRoutes(to routes: PartRoutes) {
        routes.publicPages.get("/atsisakyti/{token}", use: show)
        let oneClick = routes.open.group()
        oneClick.add(middleware: PageErrors(templates: templates, logger: dependencies.logger))
        oneClick.add(middleware: RateLimitMiddleware(dependencies.publicPosts, answer: .page))
        oneClick.post("/atsisakyti/{token}", use: unsubscribe)
    }

    @Sendable func show(_ request: Request, context: GatewayContext) async throws -> Response {
        let (token, email) = try address(context)
        let viewer = Viewer(request: request, context: context)
        return templates.render(
            "unsubscribe", title: MediaRelationsPageStrings.all["unsubscribe_title"]!,
            data: ["email": email, "action": "/atsisakyti/\(token)"], for: viewer)
    }

    @Sendable func unsubscribe(_ request: Request, context: GatewayContext) async throws -> Response {
        let (_, email) = try address(context)
        var request = request
        guard try await Self.isOneClick(&request) else {
            throw PageProblem(
                .badRequest,
                Localized(
                    lt: "Užklausoje turi būti List-Unsubscribe=One-Click.",
                    en: "The request must carry List-Unsubscribe=One-Click."))
        }
        _ = try await sender.send(AddToDoNotContact(email: email, reason: .unsubscribed), for: request, context: context)
        let viewer = Viewer(request: request, context: context)
        return templates.render(
            "unsubscribed", title: MediaRelationsPageStrings.all["unsubscribed_title"]!, data: ["email": email], for: viewer)
    }

    /// The token of the path and the address it was signed for; the 404 page for any other token.
    private func address(_ context: GatewayContext) throws -> (String, String) {
        guard let token = context.parameters.get("token"),
            let link = SignedLink.verified(token, purpose: .unsubscribe, secret: dependencies.linkSecret),
            !link.subject.isEmpty
        else { throw Self.invalidLink }
        return (token, link.subject.lowercased())
    }

    /// Whether the body is RFC 8058's `List-Unsubscribe=One-Click`, as a
    /// plain form or as `multipart/form-data`.
    static func isOneClick(_ request: inout Request) async throws -> Bool {
        let type = request.headers[.contentType]?.lowercased() ?? ""
        if type.hasPrefix("multipart/form-data") {
            let body = String(buffer: try await request.collectBody(upTo: FormData.maximumSize))
            return body.contains("name=\"List-Unsubscribe\"") && body.contains("One-Click")
        }
        return try await FormData.of(&request)["List-Unsubscribe"] == "One-Click"
    }
}
