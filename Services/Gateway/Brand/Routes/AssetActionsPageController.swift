import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The buttons and forms of an asset's page:
/// `POST /zenklas/istekliai/{id}/versijos?fileName=…` (the raw file as the
/// body, as the page's script sends it with `X-CSRF-Token`; the same code as
/// the API's upload), `GET …/versijos/{n}/failas` (download any version, with
/// the session), `POST …/perziura` (approve, or reject with a reason),
/// `POST …/licencijos`, `POST …/sutikimai` (rights with their expiry),
/// `POST …/archyvai` (put it in an exhibition archive). Each goes back to
/// the asset's page; a refusal is shown there with its status.
struct AssetActionsPageController {
    let dependencies: GatewayDependencies
    let pages: BrandPagesController
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .brand) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.post("/zenklas/istekliai/{id}/versijos", use: upload)
        routes.pages.get("/zenklas/istekliai/{id}/versijos/{number}/failas", use: download)
        routes.pages.post("/zenklas/istekliai/{id}/perziura", use: review)
        routes.pages.post("/zenklas/istekliai/{id}/licencijos", use: licence)
        routes.pages.post("/zenklas/istekliai/{id}/sutikimai", use: consent)
        routes.pages.post("/zenklas/istekliai/{id}/archyvai", use: addToCollection)
    }

    /// The body is the file itself (`Content-Type` its type); a form's
    /// body (the upload form posted with JavaScript off) is refused with
    /// 415 and a sentence saying the upload needs JavaScript.
    @Sendable func upload(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try BrandPagesController.assetId(context)
        let viewer = Viewer(request: request, context: context)
        let type = request.headers[.contentType]?.lowercased() ?? ""
        if type.hasPrefix("multipart/form-data") || type.hasPrefix("application/x-www-form-urlencoded") {
            let message = viewer.text(BrandPageStrings.all["upload_needs_script"]!)
            return try await pages.page(
                id: id, viewer: viewer,
                outcome: .init(failure: message, errors: ["file": message], status: .unsupportedMediaType))
        }
        let fileName = request.uri.queryParameters["fileName"].map(String.init)
        do {
            _ = try await BrandFiles(dependencies: dependencies).addVersion(
                assetId: id, fileName: fileName, request: request, context: context)
            return PageTemplates.redirect(to: BrandPageViews.assetHref(id) + "#versijos")
        } catch let problem as Problem {
            return try await pages.page(
                id: id, viewer: viewer,
                outcome: .init(failure: BrandPageViews.refusal(problem, viewer: viewer), status: problem.status))
        }
    }

    @Sendable func download(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try BrandPagesController.assetId(context)
        return try await BrandFiles(dependencies: dependencies).download(
            assetId: id, number: context.parameters.get("number") ?? "", request: request, context: context)
    }

    @Sendable func review(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try BrandPagesController.assetId(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let decision = form["decision"].flatMap(ReviewDecision.init(rawValue:)) else {
            let message = viewer.text(Localized(lt: "Nežinomas sprendimas.", en: "Unknown decision."))
            return try await pages.page(id: id, viewer: viewer, outcome: .init(failure: message, status: .unprocessableContent))
        }
        let reason = form["reason"]
        if decision == .reject && reason == nil {
            let message = viewer.text(Localized(lt: "Nurodykite, kodėl išteklius atmetamas.", en: "Give the reason for rejecting."))
            return try await pages.page(id: id, viewer: viewer, outcome: .init(errors: ["reason": message], status: .unprocessableContent))
        }
        if let reason, reason.count > 2_000 {
            let message = viewer.text(Localized(lt: "Priežastis ilgesnė nei 2 000 simbolių.", en: "The reason is longer than 2,000 characters."))
            return try await pages.page(
                id: id, viewer: viewer, outcome: .init(errors: ["reason": message], form: ["reason": reason], status: .unprocessableContent))
        }
        return try await send(
            ReviewAsset(assetId: id, decision: decision, reason: decision == .reject ? reason : nil), id: id,
            typed: ["reason": reason ?? ""], request: request, context: context)
    }

    @Sendable func licence(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try BrandPagesController.assetId(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var errors: [String: String] = [:]
        func say(_ field: String, _ lt: String, _ en: String) { errors[field] = viewer.text(Localized(lt: lt, en: en)) }
        if form["holder"] == nil { say("holder", "Įrašykite licencijos turėtoją.", "Enter the licence holder.") }
        if form["terms"] == nil { say("terms", "Įrašykite licencijos sąlygas.", "Enter the licence's terms.") }
        let day = expiry(form["licence_expires"], field: "licence_expires", errors: &errors, viewer: viewer)
        let typed = ["holder": form["holder"] ?? "", "terms": form["terms"] ?? "", "licence_expires": form["licence_expires"] ?? ""]
        guard errors.isEmpty, let holder = form["holder"], let terms = form["terms"] else {
            return try await pages.page(id: id, viewer: viewer, outcome: .init(errors: errors, form: typed, status: .unprocessableContent))
        }
        return try await send(
            RecordLicence(assetId: id, holder: holder, terms: terms, expiresOn: day), id: id, anchor: "#licencijos", typed: typed,
            request: request, context: context)
    }

    @Sendable func consent(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try BrandPagesController.assetId(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var errors: [String: String] = [:]
        if form["person"] == nil {
            errors["person"] = viewer.text(Localized(lt: "Įrašykite sutikimą davusį asmenį.", en: "Enter the person who consented."))
        }
        let day = expiry(form["consent_expires"], field: "consent_expires", errors: &errors, viewer: viewer)
        let typed = ["person": form["person"] ?? "", "note": form["note"] ?? "", "consent_expires": form["consent_expires"] ?? ""]
        guard errors.isEmpty, let person = form["person"] else {
            return try await pages.page(id: id, viewer: viewer, outcome: .init(errors: errors, form: typed, status: .unprocessableContent))
        }
        return try await send(
            RecordConsent(assetId: id, person: person, note: form["note"], expiresOn: day), id: id, anchor: "#sutikimai", typed: typed,
            request: request, context: context)
    }

    @Sendable func addToCollection(_ request: Request, context: GatewayContext) async throws -> Response {
        let id = try BrandPagesController.assetId(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let collection = form["collection"].flatMap(UUID.init(uuidString:)) else {
            let message = viewer.text(Localized(lt: "Pasirinkite archyvą.", en: "Choose an archive."))
            return try await pages.page(id: id, viewer: viewer, outcome: .init(errors: ["collection": message], status: .unprocessableContent))
        }
        return try await send(
            AddAssetToCollection(collectionId: collection, assetId: id), id: id, anchor: "#archyvai", request: request, context: context)
    }

    /// The day of an `<input type="date">` (`2027-01-31`); `nil` when blank, an error next to `field` when not a day.
    private func expiry(_ text: String?, field: String, errors: inout [String: String], viewer: Viewer) -> CalendarDay? {
        guard let text else { return nil }
        guard let day = CalendarDay(text) else {
            errors[field] = viewer.text(
                Localized(lt: "Data turi būti tokia: 2027-01-31.", en: "The date must look like 2027-01-31."))
            return nil
        }
        return day
    }

    private func send<C: Command>(
        _ command: C, id: UUID, anchor: String = "", typed: [String: String] = [:], request: Request, context: GatewayContext
    ) async throws -> Response {
        do {
            _ = try await sender.send(command, for: request, context: context)
            return PageTemplates.redirect(to: BrandPageViews.assetHref(id) + anchor)
        } catch let problem as Problem {
            let viewer = Viewer(request: request, context: context)
            return try await pages.page(
                id: id, viewer: viewer,
                outcome: .init(failure: BrandPageViews.refusal(problem, viewer: viewer), form: typed, status: problem.status))
        }
    }
}
