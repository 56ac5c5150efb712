import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The surveys part: surveys and polls, their public answering, results and
/// CSV export: its tables, the messages it applies, its API routes and its
/// pages (the list, the builder, a survey, its results, a paper answer; the public's form), its
/// share of the start page, the search and the annual report.
public struct SurveysPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        SurveysReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { SurveysReadModel() }
    public var people: (any PersonalDataHolder)? { RespondentPeople() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) throws {
        SurveysRoutes(dependencies: dependencies).addRoutes(to: routes)
        let templates = try Self.templates.get()
        let surveys = SurveysPageController(dependencies: dependencies, templates: templates)
        SurveyBuilderPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        SurveyAnswerPageController(dependencies: dependencies, templates: templates, surveys: surveys).addRoutes(to: routes)
        surveys.addRoutes(to: routes)
        PublicSurveyPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
    }

    /// The part's templates, loaded once.
    static let templates = Result {
        try PageTemplates.cached(folder: Bundle.module.resourceURL?.appendingPathComponent("Templates"), strings: SurveysPageStrings.all)
    }

    public func startPageSections(for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [PageSection] {
        let year = VilniusTime.currentYear()
        let figures = try await dependencies.read { db in try SurveysYear.of(year, in: db) }
        let language = viewer.language
        var data: [String: Any] = [
            "responses": figures.responses, "open": figures.openSurveys,
            "nps": PageFigure.text(figures.scores.nps, in: language), "hasNps": figures.scores.nps != nil,
        ]
        let months = figures.months.keys.sorted()
        if !months.isEmpty {
            let title = viewer.text(SurveysPageStrings.all["home_nps_title"] ?? "")
            data["chart"] = SVGChart.lines(
                labels: months.map { HumanDate.month(year: year, month: $0, in: language) },
                series: [SVGChart.Series(name: title, values: months.compactMap { figures.months[$0]?.nps })], title: title)
        }
        return [PageSection(order: 70, html: try Self.templates.get().renderFragment("surveys-home", data: data, for: viewer))]
    }

    public func search(_ text: String, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [SearchResultGroup] {
        let found = try await dependencies.read { db in
            try SurveysQueries.surveys(SurveyFilter(text: String(text.prefix(500))), page: Page(limit: 20), in: db)
        }
        let results = found.items.map { survey in
            SearchResultGroup.Result(
                title: SurveysPageController.title(of: survey, viewer.language),
                href: "/apklausos/\(survey.id.uuidString.lowercased())",
                detail: viewer.text(SurveysPageStrings.status(survey.status)) + " · "
                    + viewer.text(SurveysPageStrings.purpose(survey.details.purpose)))
        }
        return [SearchResultGroup(kind: Localized(lt: "Apklausos", en: "Surveys"), results: results)]
    }

    public func reportSections(year: Int, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [ReportSection] {
        let figures = try await dependencies.read { db in try SurveysYear.of(year, in: db) }
        let language = viewer.language
        let rows: [[String: Any]] = figures.surveys.map { survey in
            [
                "id": survey.id.uuidString.lowercased(), "title": survey.titleLt,
                "status": viewer.text(SurveysPageStrings.status(survey.status)), "responses": survey.responses,
                "nps": PageFigure.text(survey.nps, in: language),
            ]
        }
        let data: [String: Any] = [
            "surveys": rows, "hasSurveys": !rows.isEmpty, "count": figures.surveys.count, "responses": figures.responses,
            "nps": PageFigure.text(figures.scores.nps, in: language),
        ]
        func number(_ value: Double?) -> JSONValue { value.map(JSONValue.number) ?? .null }
        let json = JSONValue.object([
            "surveys": .number(Double(figures.surveys.count)), "responses": .number(Double(figures.responses)),
            "nps": number(figures.scores.nps),
            "items": .array(
                figures.surveys.map { survey in
                    JSONValue.object([
                        "id": .string(survey.id.uuidString), "titleLt": .string(survey.titleLt),
                        "status": .string(survey.status.rawValue), "responses": .number(Double(survey.responses)),
                        "nps": number(survey.nps),
                    ])
                }),
        ])
        let html = try Self.templates.get().renderFragment("surveys-report", data: data, for: viewer)
        return [ReportSection(order: 70, key: "surveys", html: html, json: json)]
    }
}
