import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// The campaigns part: campaigns, marketing plans, submissions and the content calendar: its tables, the messages it applies, its routes and pages.
public struct CampaignsPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        CampaignsReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { CampaignsReadModel() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) throws {
        CampaignsRoutes(dependencies: dependencies).addRoutes(to: routes)
        let templates = try Self.templates()
        CampaignPlansPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        CampaignsPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        SubmissionsPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
    }

    static func templates() throws -> PageTemplates {
        try PageTemplates.cached(folder: Bundle.module.resourceURL?.appendingPathComponent("Templates"), strings: CampaignsPageStrings.all)
    }

    /// What waits: the submissions to review; alerts: running campaigns over budget or past their end.
    public func startPageSections(for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [PageSection] {
        let today = CalendarDay(vilnius: Date()).description
        let (queue, running) = try await dependencies.read { db in
            (
                try CampaignsQueries.submissions(statuses: [.submitted], page: Page(limit: 10), in: db),
                try CampaignsQueries.campaigns(CampaignFilter(statuses: [.running, .approved]), page: Page(limit: Page.maximumLimit), in: db).items
            )
        }
        var alerts: [[String: Any]] = []
        for campaign in running {
            let name = CampaignsPageText.name(campaign.details, viewer.language)
            let href = "/kampanijos/\(campaign.id.uuidString)"
            if campaign.details.budgetSpentCents > campaign.details.budgetPlannedCents {
                alerts.append([
                    "href": href,
                    "text": viewer.text(Localized(lt: "\(name): viršytas biudžetas", en: "\(name): over budget")),
                ])
            }
            if campaign.status == .running && campaign.details.endsOn < today {
                alerts.append([
                    "href": href,
                    "text": viewer.text(
                        Localized(lt: "\(name): pabaiga praėjo, bet kampanija neužbaigta", en: "\(name): its end has passed but it is not completed")),
                ])
            }
        }
        let data: [String: Any] = [
            "count": queue.total, "hasQueue": !queue.items.isEmpty,
            "queue": queue.items.map {
                [
                    "href": "/pateikimai/\($0.id.uuidString)", "title": $0.content.title, "unit": $0.content.unit,
                    "wishedDate": CampaignsPageText.day($0.content.wishedDate, viewer.language),
                ]
            },
            "alerts": alerts, "hasAlerts": !alerts.isEmpty,
        ]
        let html = try Self.templates().renderFragment("campaigns-home", data: data, for: viewer)
        return [PageSection(order: 20, html: html)]
    }

    public func search(_ text: String, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [SearchResultGroup] {
        let found = try await dependencies.read { db in
            try CampaignsQueries.campaigns(CampaignFilter(text: text), page: Page(limit: 20), in: db).items
        }
        guard !found.isEmpty else { return [] }
        let results = found.map {
            SearchResultGroup.Result(
                title: CampaignsPageText.name($0.details, viewer.language), href: "/kampanijos/\($0.id.uuidString)",
                detail: "\(viewer.text(CampaignsPageStrings.status($0.status))) · \(CampaignsPageText.period($0.details, viewer.language))")
        }
        return [SearchResultGroup(kind: CampaignsPageStrings.all["search_kind"]!, results: results)]
    }

    /// The campaigns of the year with their figures, and the plan's totals.
    public func reportSections(year: Int, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [ReportSection] {
        let campaigns = try await dependencies.read { db in
            try CampaignsQueries.campaigns(CampaignFilter(year: year), page: Page(limit: Page.maximumLimit), in: db).items
        }
        let progress = PlanProgressView(campaigns)
        let rows: [[String: Any]] = campaigns.map { record in
            var row = CampaignsPageText.row(record, viewer)
            row["waitlisted"] = record.kpis.waitlisted
            row["responses"] = record.kpis.surveyResponses
            row["nps"] = record.kpis.nps.map(SVGChart.number) ?? "—"
            return row
        }
        let totals: [String: Any] = [
            "planned": progress.planned, "completed": progress.completed, "cancelled": progress.cancelled,
            "mentions": campaigns.map(\.kpis.mentions).reduce(0, +), "reach": campaigns.map(\.kpis.reach).reduce(0, +),
            "registrations": campaigns.map(\.kpis.registrations).reduce(0, +),
            "budgetPlanned": CampaignsPageText.euros(cents: Int((progress.budgetPlannedEur * 100).rounded()), viewer.language),
            "budgetSpent": CampaignsPageText.euros(cents: Int((progress.budgetSpentEur * 100).rounded()), viewer.language),
        ]
        let html = try Self.templates().renderFragment(
            "campaigns-report", data: ["campaigns": rows, "hasCampaigns": !rows.isEmpty, "totals": totals, "year": year], for: viewer)
        let json: JSONValue = .object([
            "planned": .number(Double(progress.planned)), "completed": .number(Double(progress.completed)),
            "cancelled": .number(Double(progress.cancelled)), "budgetPlannedEur": .number(progress.budgetPlannedEur),
            "budgetSpentEur": .number(progress.budgetSpentEur),
            "campaigns": .array(
                campaigns.map { record in
                    .object([
                        "id": .string(record.id.uuidString), "nameLt": .string(record.details.nameLt),
                        "status": .string(record.status.rawValue), "startsOn": .string(record.details.startsOn),
                        "endsOn": .string(record.details.endsOn),
                        "budgetPlannedEur": .number(Euros.from(cents: record.details.budgetPlannedCents)),
                        "budgetSpentEur": .number(Euros.from(cents: record.details.budgetSpentCents)),
                        "registrations": .number(Double(record.kpis.registrations)),
                        "waitlisted": .number(Double(record.kpis.waitlisted)), "mentions": .number(Double(record.kpis.mentions)),
                        "reach": .number(Double(record.kpis.reach)), "surveyResponses": .number(Double(record.kpis.surveyResponses)),
                        "nps": record.kpis.nps.map(JSONValue.number) ?? .null,
                    ])
                }),
        ])
        return [ReportSection(order: 30, key: "campaigns", html: html, json: json)]
    }
}
