import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The library's publications: `GET /zenklas/leidiniai` (by year, status and
/// kind, with a form to plan one), `POST /zenklas/leidiniai`, and
/// `POST /zenklas/leidiniai/{id}/busena` (the next step: in preparation, published).
struct PublicationsPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .brand) }

    static let fields = ["kind", "title", "year", "isbn"]

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/zenklas/leidiniai", use: list)
        routes.pages.post("/zenklas/leidiniai", use: create)
        routes.pages.post("/zenklas/leidiniai/{id}/busena", use: advance)
    }

    @Sendable func list(_ request: Request, context: GatewayContext) async throws -> Response {
        let query = request.uri.queryParameters
        return try await page(
            viewer: Viewer(request: request, context: context), year: query["metai"].flatMap { Int(String($0)) },
            status: query["status"].flatMap { PublicationStatus(rawValue: String($0)) },
            kind: query["kind"].flatMap { PublicationKind(rawValue: String($0)) })
    }

    private func page(
        viewer: Viewer, year: Int? = nil, status: PublicationStatus? = nil, kind: PublicationKind? = nil,
        errors: [String: String] = [:], form: [String: String] = [:], failure: String? = nil, code: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let found = try await dependencies.read { db in
            try BrandQueries.publications(
                statuses: status.map { [$0] } ?? [], kinds: kind.map { [$0] } ?? [], year: year,
                page: Page(limit: Page.maximumLimit, offset: 0), in: db)
        }
        let thisYear = VilniusTime.currentYear()
        let years = Array((thisYear - 5)...(thisYear + 2)).reversed().map { ["value": $0, "selected": $0 == year] as [String: Any] }
        var typed = form
        if typed["year"] == nil { typed["year"] = String(thisYear) }
        var data: [String: Any] = [
            "publications": found.items.map { BrandPageViews.publication($0, viewer: viewer) }, "hasPublications": !found.items.isEmpty,
            "total": found.total, "years": years,
            "statuses": BrandPageViews.options(
                PublicationStatus.self, selected: status?.rawValue, label: BrandPageStrings.publicationStatus, viewer: viewer),
            "kinds": BrandPageViews.options(
                PublicationKind.self, selected: kind?.rawValue, label: BrandPageStrings.publicationKind, viewer: viewer),
            "formKinds": BrandPageViews.options(
                PublicationKind.self, selected: form["kind"], label: BrandPageStrings.publicationKind, viewer: viewer),
            "errors": errors, "form": typed, "hasErrors": !errors.isEmpty,
        ]
        if let failure { data["failure"] = failure }
        return templates.render("publications", title: Localized(lt: "Leidiniai", en: "Publications"), data: data, for: viewer, status: code)
    }

    @Sendable func create(_ request: Request, context: GatewayContext) async throws -> Response {
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        var errors: [String: String] = [:]
        func say(_ field: String, _ lt: String, _ en: String) { errors[field] = viewer.text(Localized(lt: lt, en: en)) }
        let kind = form["kind"].flatMap(PublicationKind.init(rawValue:))
        if kind == nil { say("kind", "Pasirinkite leidinio rūšį.", "Choose the kind of publication.") }
        let title = form["title"]
        if title == nil { say("title", "Įrašykite leidinio pavadinimą.", "Enter the publication's title.") }
        if let title, title.count > 300 { say("title", "Pavadinimas ilgesnis nei 300 simbolių.", "The title is longer than 300 characters.") }
        let year = form["year"].flatMap { Int($0) }
        if year == nil || !(1900...2100).contains(year!) { say("year", "Metai turi būti nuo 1900 iki 2100.", "The year must be from 1900 to 2100.") }
        let isbn = form["isbn"]
        if let isbn, !BrandISBN.isValid(isbn) {
            say("isbn", "ISBN neteisingas: patikrinkite skaitmenis.", "The ISBN is not valid: check its digits.")
        }
        let typed = Dictionary(uniqueKeysWithValues: Self.fields.map { ($0, form[$0] ?? "") })
        guard errors.isEmpty, let kind, let title, let year else {
            return try await page(viewer: viewer, errors: errors, form: typed, code: .unprocessableContent)
        }
        let command = AddPublication(details: PublicationDetails(kind: kind, title: title, year: year, isbn: isbn))
        do {
            _ = try await sender.send(command, for: request, context: context)
            return PageTemplates.redirect(to: "/zenklas/leidiniai?metai=\(year)")
        } catch let problem as Problem {
            return try await page(
                viewer: viewer, form: typed, failure: BrandPageViews.refusal(problem, viewer: viewer), code: problem.status)
        }
    }

    @Sendable func advance(_ request: Request, context: GatewayContext) async throws -> Response {
        guard let id = UUID(uuidString: try context.parameters.require("id")) else { throw Self.noSuchPublication }
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let to = form["to"].flatMap(PublicationStatus.init(rawValue:)) else {
            let message = viewer.text(Localized(lt: "Nežinoma būsena.", en: "Unknown status."))
            return try await page(viewer: viewer, failure: message, code: .unprocessableContent)
        }
        do {
            _ = try await sender.send(UpdatePublication(publicationId: id, patch: PublicationPatch(status: to)), for: request, context: context)
            return PageTemplates.redirect(to: "/zenklas/leidiniai")
        } catch let problem as Problem {
            return try await page(viewer: viewer, failure: BrandPageViews.refusal(problem, viewer: viewer), code: problem.status)
        }
    }

    static let noSuchPublication = PageProblem.notFound(Localized(lt: "Tokio leidinio nėra.", en: "There is no such publication."))
}
