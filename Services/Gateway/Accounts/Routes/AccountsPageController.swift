import Foundation
import GatewayKit
import Hummingbird
import MessageSchema
import ServiceKit

/// The admins' page of accounts: `GET /paskyros` lists them; `POST /paskyros`
/// adds one and shows its one-time link; `POST /paskyros/{id}/nuoroda` makes
/// a new link (the password stops working); `POST /paskyros/{id}/isjungimas` disables it.
struct AccountsPageController {
    let dependencies: GatewayDependencies
    let store: AccountsStore
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.adminPages.get("/paskyros", use: list)
        routes.adminPages.post("/paskyros", use: add)
        routes.adminPages.post("/paskyros/{id}/nuoroda", use: newLink)
        routes.adminPages.post("/paskyros/{id}/isjungimas", use: disable)
    }

    static let title = Localized(lt: "Paskyros", en: "Accounts")

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        try await page(request, context: context)
    }

    @Sendable func add(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var errors: [String: String] = [:]
        if form["name"] == nil { errors["name"] = viewer.text(Localized(lt: "Įveskite vardą ir pavardę.", en: "Enter the name.")) }
        if !AccountRules.isEmail(form["email"] ?? "") {
            errors["email"] = viewer.text(Localized(lt: "Įveskite el. pašto adresą.", en: "Enter an e-mail address."))
        }
        let role = form["role"] ?? Role.viewer.rawValue
        guard errors.isEmpty else {
            return try await page(request, context: context, errors: errors, form: form, status: .unprocessableContent)
        }
        do {
            let link = try await change { try $0.add(AddAccount(name: form["name"]!, email: form["email"]!, role: role)) }
            return try await page(request, context: context, link: link)
        } catch let failure as CommandFailure where failure.code == .conflict {
            errors["email"] = viewer.text(
                Localized(lt: "Paskyra su šiuo el. pašto adresu jau yra.", en: "An account with this e-mail address exists."))
            return try await page(request, context: context, errors: errors, form: form, status: .conflict)
        }
    }

    @Sendable func newLink(_ request: Request, context: GatewayContext) async throws -> Response {
        let email = try await email(of: context)
        let link = try await change { try $0.reset(ResetAccount(email: email)) }
        return try await page(request, context: context, link: link)
    }

    @Sendable func disable(_ request: Request, context: GatewayContext) async throws -> Response {
        let email = try await email(of: context)
        _ = try await change { try $0.disable(DisableAccount(email: email)) }
        return PageTemplates.redirect(to: "/paskyros")
    }

    private func email(of context: GatewayContext) async throws -> String {
        let id = try context.parameters.require("id")
        let email = try await dependencies.read { db in try AccountRecord.fetchOne(db, key: id)?.email }
        guard let email else { throw PageProblem.notFound(Localized(lt: "Tokios paskyros nėra.", en: "There is no such account.")) }
        return email
    }

    private func change<T: Sendable>(_ body: @escaping @Sendable (AccountsChange) throws -> T) async throws -> T {
        let url = dependencies.publicURL
        return try await dependencies.database.writer.write { db in try body(AccountsChange(db: db, now: Date(), publicURL: url)) }
    }

    private func page(
        _ request: Request, context: GatewayContext, link: AccountSignInLink? = nil, errors: [String: String] = [:],
        form: FormData? = nil, status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let accounts = try await store.accounts()
        let selectedRole = form?["role"] ?? Role.editor.rawValue
        let rows: [[String: Any]] = accounts.map { account in row(account, viewer: viewer) }
        let roles: [[String: Any]] = Role.allCases.map { role in
            ["value": role.rawValue, "label": viewer.text(KitStrings.roleName(role)), "selected": role.rawValue == selectedRole]
        }
        let filled: [String: String] = ["name": form?["name"] ?? "", "email": form?["email"] ?? ""]
        var data: [String: Any] = ["accounts": rows, "roles": roles, "errors": errors, "form": filled]
        if let link {
            data["link"] = link.link
            data["linkIntro"] = viewer.text(
                Localized(
                    lt: "Vienkartinė \(link.name) prisijungimo nuoroda (galioja iki \(HumanDate.dayAndTime(link.expiresAt, in: .lt))):",
                    en: "\(link.name)'s one-time sign-in link (works until \(HumanDate.dayAndTime(link.expiresAt, in: .en))):"))
        }
        return templates.render("accounts", title: Self.title, data: data, for: viewer, status: status)
    }

    private func row(_ account: AccountSummary, viewer: Viewer) -> [String: Any] {
        let role = Role(rawValue: account.role).map { viewer.text(KitStrings.roleName($0)) } ?? account.role
        let lastSignIn = account.lastSignInAt.map { HumanDate.dayAndTime($0, in: viewer.language) } ?? "—"
        return [
            "id": account.accountId.uuidString.lowercased(), "name": account.name, "email": account.email, "role": role,
            "status": viewer.text(AccountsPageStrings.status(account.status)), "lastSignIn": lastSignIn,
            "disabled": account.status == "disabled", "csrf": viewer.csrfToken,
        ]
    }
}
