import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// The annual report the department gives the Director General:
/// `GET /ataskaitos` (the years), `GET /ataskaitos/{year}` (one printable
/// page of every part's section) and `GET /api/v1/reports/{year}` (the same
/// figures as JSON, for the staff's API).
struct ReportController {
    let dependencies: GatewayDependencies
    let parts: [any GatewayPart]
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/ataskaitos", use: years)
        routes.pages.get("/ataskaitos/{year}", use: page)
        routes.described(.staff, "/api/v1/reports").get(
            ":year", use: json,
            APIOperation(
                "The annual report of a year: each part's section under its own key",
                answers: [
                    APIAnswer(
                        status: 200, description: "The report", contentType: "application/json",
                        schema: { .object(properties: ["year": .integer], additionalProperties: .init(true)) })
                ], problems: [422]))
    }

    static func title(_ year: Int) -> Localized {
        Localized(lt: "\(year) m. veiklos ataskaita", en: "Annual report \(year)")
    }

    @Sendable func years(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let current = VilniusTime.currentYear()
        let years = (current - 4...current + 1).reversed().map { ["year": $0, "label": viewer.text(Self.title($0))] as [String: Any] }
        return templates.render("reports", title: Localized(lt: "Ataskaitos", en: "Reports"), data: ["years": years], for: viewer)
    }

    @Sendable func page(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        guard let year = Int(try context.parameters.require("year")), (2000...2100).contains(year) else {
            throw PageProblem.notFound(Localized(lt: "Tokių metų ataskaitos nėra.", en: "There is no report of such a year."))
        }
        let sections = try await sections(year: year, viewer: viewer)
        let data: [String: Any] = [
            "year": year, "made": HumanDate.day(Date(), in: viewer.language), "sections": sections.map { ["html": $0.html] },
        ]
        return templates.render("report", title: Self.title(year), data: data, for: viewer)
    }

    @Sendable func json(_ request: Request, context: GatewayContext) async throws -> Response {
        let text = try context.parameters.require("year")
        guard let year = Int(text), (2000...2100).contains(year) else {
            throw Problem.invalid([FieldError(field: "year", detail: "'\(text)' is not a year from 2000 to 2100")])
        }
        let viewer = Viewer(identity: context.identity, language: .en, csrfToken: "", path: request.uri.path)
        var members: [String: JSONValue] = ["year": .number(Double(year))]
        for section in try await sections(year: year, viewer: viewer) { members[section.key] = section.json }
        return try JSONValue.object(members).response(from: request, context: context)
    }

    private func sections(year: Int, viewer: Viewer) async throws -> [ReportSection] {
        var sections: [ReportSection] = []
        for part in parts { sections += try await part.reportSections(year: year, for: viewer, dependencies: dependencies) }
        return sections.sorted { $0.order < $1.order }
    }
}
