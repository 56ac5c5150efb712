import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `GET /renginiai/planas/{year}` (the annual plan: items by quarter, planned
/// against held, as a chart and a table) and `GET /renginiai/paklausa/{year}`
/// (demand: registrations, waiting lists and fill rate by type and month).
struct PlanPagesController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/renginiai/planas/{year}", use: plan)
        routes.pages.get("/renginiai/paklausa/{year}", use: demand)
    }

    static func year(_ context: GatewayContext) throws -> Int {
        guard let year = Int(try context.parameters.require("year")), (2000...2100).contains(year) else {
            throw PageProblem.notFound(Localized(lt: "Tokių metų nėra.", en: "There is no such year."))
        }
        return year
    }

    @Sendable func plan(_ request: Request, context: GatewayContext) async throws -> Response {
        let year = try Self.year(context)
        let viewer = Viewer(request: request, context: context)
        let report = try await dependencies.read { db in try EventsQueries.plan(year: year, in: db) }
        let data: [String: Any] = [
            "year": year, "previous": year - 1, "next": year + 1,
            "chart": EventsCharts.plannedAndHeld(report, viewer: viewer),
            "quarters": report.quarters.map { quarter in
                [
                    "label": viewer.text(EventsPageStrings.quarter(quarter.quarter)), "planned": quarter.plannedItems,
                    "executed": quarter.executedItems, "held": quarter.heldEvents,
                ] as [String: Any]
            },
            "items": report.items.map { progress in
                [
                    "title": progress.item.title, "quarter": viewer.text(EventsPageStrings.quarter(progress.item.quarter)),
                    "type": viewer.text(EventsPageStrings.type(progress.item.type)), "unit": progress.item.organisingUnit,
                    "executed": progress.executed,
                    "events": progress.events.map { EventPageViews.event($0, viewer: viewer) },
                ] as [String: Any]
            },
            "hasItems": !report.items.isEmpty,
        ]
        let title = Localized(lt: "\(year) m. renginių planas", en: "Event plan \(year)")
        return templates.render("plan", title: title, data: data, for: viewer)
    }

    @Sendable func demand(_ request: Request, context: GatewayContext) async throws -> Response {
        let year = try Self.year(context)
        let viewer = Viewer(request: request, context: context)
        let report = try await dependencies.read { db in try EventsQueries.demand(year: year, in: db) }
        func row(_ figures: DemandFigures, label: String) -> [String: Any] {
            [
                "label": label, "events": figures.events, "accepted": figures.accepted, "waitlisted": figures.waitlisted,
                "capacity": figures.capacity, "fill": figures.fillRate.map { "\(Int(($0 * 100).rounded())) %" } ?? "—",
            ]
        }
        let types = EventType.allCases
        let data: [String: Any] = [
            "year": year, "previous": year - 1, "next": year + 1,
            "byType": zip(types, report.byType).filter { $0.1.events > 0 }.map {
                row($0.1, label: viewer.text(EventsPageStrings.type($0.0)))
            },
            "byMonth": report.byMonth.enumerated().map { index, figures in
                row(figures, label: HumanDate.month(year: year, month: index + 1, in: viewer.language))
            },
            "total": row(report.total, label: viewer.text(Localized(lt: "Iš viso", en: "Total"))),
            "monthChart": EventsCharts.demandByMonth(report, viewer: viewer),
        ]
        let title = Localized(lt: "\(year) m. renginių paklausa", en: "Event demand \(year)")
        return templates.render("demand", title: title, data: data, for: viewer)
    }
}
