import Foundation
import GatewayKit
import Hummingbird
import MessageSchema

/// `GET /kampanijos/planas/{year}` (the marketing plan of a year, its
/// objectives with their campaigns, planned against done, and a chart),
/// `POST /kampanijos/planas/{year}/tikslai` (an objective), and
/// `GET /kampanijos/turinio-kalendorius?men=2027-02` (the content calendar: a month grid).
struct CampaignPlansPageController {
    let dependencies: GatewayDependencies
    let templates: PageTemplates
    var sender: CommandSender { CommandSender(dependencies: dependencies, service: .campaigns) }

    func addRoutes(to routes: PartRoutes) {
        routes.pages.get("/kampanijos/planas/{year}", use: plan)
        routes.pages.post("/kampanijos/planas/{year}/tikslai", use: addObjective)
        routes.pages.get("/kampanijos/turinio-kalendorius", use: calendar)
    }

    static let noSuchYear = PageProblem.notFound(Localized(lt: "Tokių metų plano nėra.", en: "There is no plan for such a year."))

    static func year(_ context: GatewayContext) throws -> Int {
        guard let year = context.parameters.get("year").flatMap(Int.init), GatewayLimits.years.contains(year) else {
            throw noSuchYear
        }
        return year
    }

    @Sendable func plan(_ request: Request, context: GatewayContext) async throws -> Response {
        try await planPage(try Self.year(context), viewer: Viewer(request: request, context: context))
    }

    private func planPage(
        _ year: Int, viewer: Viewer, form: FormData? = nil, errors: [String: String] = [:], problem: String? = nil,
        status: HTTPResponse.Status = .ok
    ) async throws -> Response {
        let report = try await dependencies.read { db in try CampaignsQueries.plan(year: year, in: db) }
        let language = viewer.language
        func progress(_ campaigns: [CampaignRecord]) -> [String: Any] {
            let view = PlanProgressView(campaigns)
            return [
                "planned": view.planned, "completed": view.completed, "cancelled": view.cancelled,
                "budgetPlanned": CampaignsPageText.euros(cents: Int((view.budgetPlannedEur * 100).rounded()), language),
                "budgetSpent": CampaignsPageText.euros(cents: Int((view.budgetSpentEur * 100).rounded()), language),
                "overBudget": view.overBudget,
            ]
        }
        let objectives: [[String: Any]] = report.objectives.map { entry in
            [
                "title": entry.title, "description": entry.description.map { $0 as Any } ?? false,
                "campaigns": entry.campaigns.map { CampaignsPageText.row($0, viewer) }, "hasCampaigns": !entry.campaigns.isEmpty,
                "progress": progress(entry.campaigns),
            ]
        }
        let all = report.objectives.flatMap(\.campaigns) + report.otherCampaigns
        let s = CampaignsPageStrings.all
        let labels = report.objectives.map(\.title) + (report.otherCampaigns.isEmpty ? [] : [viewer.text(s["other_campaigns"]!)])
        let groups = report.objectives.map(\.campaigns) + (report.otherCampaigns.isEmpty ? [] : [report.otherCampaigns])
        let chart = SVGChart.groupedBars(
            labels: labels,
            series: [
                SVGChart.Series(name: viewer.text(s["planned"]!), values: groups.map { Double(PlanProgressView($0).planned) }),
                SVGChart.Series(name: viewer.text(s["completed"]!), values: groups.map { Double(PlanProgressView($0).completed) }),
            ], title: "\(viewer.text(s["plan_of_year"]!)) \(year)")
        let fields: [FormField] = [
            FormField(
                "title", label: viewer.text(s["objective_title"]!), value: form?["title"], error: errors["title"], required: true),
            FormField("description", label: viewer.text(s["description"]!), kind: .textarea, value: form?["description"]),
        ]
        var data: [String: Any] = [
            "year": year, "previous": year - 1, "next": year + 1, "objectives": objectives,
            "hasObjectives": !objectives.isEmpty, "others": report.otherCampaigns.map { CampaignsPageText.row($0, viewer) },
            "hasOthers": !report.otherCampaigns.isEmpty, "totals": progress(all), "chart": labels.isEmpty ? "" : chart,
            "fields": fields.template,
        ]
        if let problem { data["problem"] = problem }
        let title = Localized(lt: "\(year) m. rinkodaros planas", en: "Marketing plan \(year)")
        return templates.render("plan", title: title, data: data, for: viewer, status: status)
    }

    @Sendable func addObjective(_ request: Request, context: GatewayContext) async throws -> Response {
        let year = try Self.year(context)
        var request = request
        let form = try await FormData.of(&request)
        let viewer = Viewer(request: request, context: context)
        guard let title = form["title"] else {
            return try await planPage(
                year, viewer: viewer, form: form, errors: ["title": viewer.text(CampaignsPageStrings.required)],
                status: .unprocessableContent)
        }
        let objective = MarketingObjective(id: UUID(), year: year, title: title, description: form["description"])
        do {
            _ = try await sender.send(AddMarketingObjective(objective: objective), for: request, context: context)
        } catch let problem as Problem {
            return try await planPage(year, viewer: viewer, form: form, problem: problem.detail, status: problem.status)
        }
        return PageTemplates.redirect(to: "/kampanijos/planas/\(year)")
    }

    @Sendable func calendar(_ request: Request, context: GatewayContext) async throws -> Response {
        let viewer = Viewer(request: request, context: context)
        let asked = request.uri.queryParameters["men"].map(String.init)
        let month = (asked.flatMap { try? ContentCalendarController.checked($0) }) ?? ContentCalendarController.currentMonth()
        let result = try await dependencies.read { db in try CampaignsQueries.calendar(month: month, in: db) }
        let year = Int(month.prefix(4))!
        let monthNumber = Int(month.suffix(2))!
        var byDay: [String: [[String: Any]]] = [:]
        for item in result.items {
            guard let day = item.scheduledOn else { continue }
            byDay[day, default: []].append([
                "title": item.content.title, "href": "/pateikimai/\(item.id.uuidString)",
                "channel": item.scheduledChannel.map { viewer.text(CampaignsPageStrings.channel($0)) } ?? "",
                "status": viewer.text(CampaignsPageStrings.status(item.status)),
            ])
        }
        var calendar = Timestamp.vilniusCalendar
        calendar.firstWeekday = 2
        let first = calendar.date(from: DateComponents(year: year, month: monthNumber, day: 1))!
        let days = calendar.range(of: .day, in: .month, for: first)!.count
        let leading = (calendar.component(.weekday, from: first) + 5) % 7
        var cells: [[String: Any]] = Array(repeating: ["other": true, "number": "", "items": [[String: Any]](), "label": ""], count: leading)
        for day in 1...days {
            let key = String(format: "%04d-%02d-%02d", year, monthNumber, day)
            let items = byDay[key] ?? []
            cells.append([
                "other": false, "number": String(day), "items": items,
                "label": HumanDate.day(year: year, month: monthNumber, day: day, in: viewer.language),
            ])
        }
        while cells.count % 7 != 0 { cells.append(["other": true, "number": "", "items": [[String: Any]](), "label": ""]) }
        let previous = monthNumber == 1 ? String(format: "%04d-12", year - 1) : String(format: "%04d-%02d", year, monthNumber - 1)
        let next = monthNumber == 12 ? String(format: "%04d-01", year + 1) : String(format: "%04d-%02d", year, monthNumber + 1)
        let data: [String: Any] = [
            "month": HumanDate.month(year: year, month: monthNumber, in: viewer.language), "cells": cells,
            "weekdays": CampaignsPageStrings.weekdays.map { viewer.text($0) }, "previous": previous, "next": next,
            "campaigns": result.campaigns.map { CampaignsPageText.row($0, viewer) }, "hasCampaigns": !result.campaigns.isEmpty,
            "year": year,
        ]
        let title = Localized(
            lt: "Turinio kalendorius: \(HumanDate.month(year: year, month: monthNumber, in: .lt))",
            en: "Content calendar: \(HumanDate.month(year: year, month: monthNumber, in: .en))")
        return templates.render("content-calendar", title: title, data: data, for: viewer)
    }
}
