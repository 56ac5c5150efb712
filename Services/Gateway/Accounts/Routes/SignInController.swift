import Foundation
import GatewayKit
import Hummingbird

/// Signing in and out: `GET|POST /prisijungimas` (e-mail and password),
/// `GET|POST /prisijungimas/nuoroda/{token}` (a one-time link: set the
/// password), `POST /atsijungimas`, and `GET /kalba` (the language switch).
struct SignInController {
    let store: AccountsStore
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.openPages.get("/prisijungimas", use: signInPage)
        routes.openPages.post("/prisijungimas", use: signIn)
        routes.openPages.get("/prisijungimas/nuoroda/{token}", use: linkPage)
        routes.openPages.post("/prisijungimas/nuoroda/{token}", use: setPassword)
        routes.openPages.post("/atsijungimas", use: signOut)
        routes.openPages.get("/kalba", use: switchLanguage)
    }

    static let title = Localized(lt: "Prisijungimas", en: "Sign in")

    @Sendable func signInPage(_ request: Request, context: GatewayContext) async throws -> Response {
        let next = Self.safeNext(request.uri.queryParameters["toliau"].map(String.init))
        if context.identity != nil { return PageTemplates.redirect(to: next) }
        return templates.render("sign-in", title: Self.title, data: ["next": next], for: Viewer(request: request, context: context))
    }

    @Sendable func signIn(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        let next = Self.safeNext(form["toliau"])
        var data: [String: Any] = ["next": next, "email": form["email"] ?? ""]
        guard let email = form["email"], let password = form.values["password"]?.first, !password.isEmpty else {
            if form["email"] == nil {
                data["emailError"] = viewer.text(Localized(lt: "Įveskite el. pašto adresą.", en: "Enter your e-mail address."))
            }
            if (form.values["password"]?.first ?? "").isEmpty {
                data["passwordError"] = viewer.text(Localized(lt: "Įveskite slaptažodį.", en: "Enter your password."))
            }
            return templates.render("sign-in", title: Self.title, data: data, for: viewer, status: .unprocessableContent)
        }
        switch try await store.signIn(email: email, password: password) {
        case .signedIn(let token):
            var response = PageTemplates.redirect(to: next)
            response.setCookie(SessionCookie.cookie(token: token, for: request))
            return response
        case .wrongCredentials:
            data["error"] = viewer.text(
                Localized(lt: "Neteisingas el. pašto adresas arba slaptažodis.", en: "Wrong e-mail address or password."))
            return templates.render("sign-in", title: Self.title, data: data, for: viewer, status: .unauthorized)
        case .locked(let until):
            let time = HumanDate.time(until)
            data["error"] = viewer.text(
                Localized(
                    lt: "Per daug neteisingų bandymų iš eilės: paskyra užrakinta iki \(time). Bandykite vėliau.",
                    en: "Too many wrong tries in a row: the account is locked until \(time). Try again later."))
            return templates.render("sign-in", title: Self.title, data: data, for: viewer, status: .tooManyRequests)
        }
    }

    static let linkTitle = Localized(lt: "Slaptažodžio nustatymas", en: "Set your password")
    static let linkGone = PageProblem(
        .gone,
        Localized(
            lt: "Ši prisijungimo nuoroda nebegalioja (panaudota arba pasibaigė jos laikas). Paprašykite administratoriaus naujos.",
            en: "This sign-in link no longer works (used, or its time ran out). Ask the admin for a new one."))

    @Sendable func linkPage(_ request: Request, context: GatewayContext) async throws -> Response {
        let token = try context.parameters.require("token")
        guard let account = try await store.linkAccount(token: token) else { throw Self.linkGone }
        let viewer = Viewer(request: request, context: context)
        return templates.render("set-password", title: Self.linkTitle, data: linkData(account, token: token, viewer: viewer), for: viewer)
    }

    @Sendable func setPassword(_ request: Request, context: GatewayContext) async throws -> Response {
        let token = try context.parameters.require("token")
        var request = request
        let form = try await FormData.of(&request)
        guard let account = try await store.linkAccount(token: token) else { throw Self.linkGone }
        let viewer = Viewer(request: request, context: context)
        let password = form.values["password"]?.first ?? ""
        let repeated = form.values["password_repeat"]?.first ?? ""
        var data = linkData(account, token: token, viewer: viewer)
        if password.count < AccountRules.minimumPasswordLength {
            data["passwordError"] = viewer.text(
                Localized(
                    lt: "Slaptažodis per trumpas: reikia bent \(AccountRules.minimumPasswordLength) simbolių.",
                    en: "The password is too short: it needs at least \(AccountRules.minimumPasswordLength) characters."))
        } else if password != repeated {
            data["repeatError"] = viewer.text(Localized(lt: "Slaptažodžiai nesutampa.", en: "The passwords do not match."))
        }
        if data["passwordError"] != nil || data["repeatError"] != nil {
            return templates.render("set-password", title: Self.linkTitle, data: data, for: viewer, status: .unprocessableContent)
        }
        guard let session = try await store.setPassword(linkToken: token, password: password) else { throw Self.linkGone }
        var response = PageTemplates.redirect(to: "/")
        response.setCookie(SessionCookie.cookie(token: session, for: request))
        return response
    }

    private func linkData(_ account: (name: String, email: String), token: String, viewer: Viewer) -> [String: Any] {
        [
            "action": "/prisijungimas/nuoroda/\(token)",
            "greeting": viewer.text(
                Localized(
                    lt: "\(account.name), nustatykite savo paskyros (\(account.email)) slaptažodį.",
                    en: "\(account.name), set the password of your account (\(account.email)).")),
        ]
    }

    @Sendable func signOut(_ request: Request, context: GatewayContext) async throws -> Response {
        if let token = context.sessionToken { try await store.signOut(token: token) }
        var response = PageTemplates.redirect(to: "/prisijungimas")
        response.setCookie(SessionCookie.removal(for: request))
        return response
    }

    @Sendable func switchLanguage(_ request: Request, context: GatewayContext) async throws -> Response {
        let language = request.uri.queryParameters["lang"].flatMap { Language(rawValue: String($0)) } ?? .lt
        var response = PageTemplates.redirect(to: Self.safeNext(request.uri.queryParameters["back"].map(String.init)))
        response.setCookie(
            Cookie(
                name: Language.cookieName, value: language.rawValue, maxAge: 365 * 24 * 3600, path: "/",
                secure: SessionCookie.isSecure(request), httpOnly: true, sameSite: .lax))
        return response
    }

    /// A path on this site to go to next; anything else (another site, `//host`) is the start page.
    static func safeNext(_ text: String?) -> String {
        guard let text, text.hasPrefix("/"), !text.hasPrefix("//"), !text.contains("\\") else { return "/" }
        return text
    }
}
