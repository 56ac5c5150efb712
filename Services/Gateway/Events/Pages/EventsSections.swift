import Foundation
import GatewayKit
import MessageSchema

/// The events part's share of the start page, the search and the annual report.
struct EventsSections {
    let dependencies: GatewayDependencies
    let templates: PageTemplates

    /// A waiting list this long on a full event is an alert.
    static let longWaitingList = 5

    /// This week's events with fill rate and waiting list, events awaiting
    /// the Events Council, full events with long waiting lists, and this year's numbers.
    func startPage(for viewer: Viewer) async throws -> [PageSection] {
        let now = Date()
        let calendar = Timestamp.vilniusCalendar
        let weekday = (calendar.component(.weekday, from: now) + 5) % 7
        let monday = calendar.date(byAdding: .day, value: -weekday, to: calendar.startOfDay(for: now))!
        let sunday = calendar.date(byAdding: .day, value: 7, to: monday)!
        let year = VilniusTime.currentYear(now: now)
        let (week, awaiting, full, plan, demand) = try await dependencies.read { db in
            (
                try EventsQueries.between(monday, sunday, in: db), try EventsQueries.inStatus(.proposed, in: db),
                try EventsQueries.fullWithWaitingList(atLeast: Self.longWaitingList, after: now, in: db),
                try EventsQueries.plan(year: year, in: db), try EventsQueries.demand(year: year, in: db)
            )
        }
        let data: [String: Any] = [
            "week": week.map { EventPageViews.event($0, viewer: viewer) }, "hasWeek": !week.isEmpty,
            "awaiting": awaiting.map { EventPageViews.event($0, viewer: viewer) }, "hasAwaiting": !awaiting.isEmpty,
            "awaitingCount": awaiting.count,
            "full": full.map { EventPageViews.event($0, viewer: viewer) }, "hasFull": !full.isEmpty,
            "held": plan.quarters.map(\.heldEvents).reduce(0, +), "planned": plan.quarters.map(\.plannedItems).reduce(0, +),
            "registrations": demand.total.accepted, "waiting": demand.total.waitlisted,
            "chart": EventsCharts.plannedAndHeld(plan, viewer: viewer),
        ]
        return [PageSection(order: 10, html: templates.renderFragment("home-events", data: data, for: viewer))]
    }

    func search(_ text: String, for viewer: Viewer) async throws -> [SearchResultGroup] {
        let page = try await dependencies.read { db in
            try EventsQueries.events(EventFilter(text: String(text.prefix(200))), page: Page(limit: 20, offset: 0), in: db)
        }
        let results = page.items.map { event in
            let view = EventPageViews.event(event, viewer: viewer)
            return SearchResultGroup.Result(
                title: view["title"] as? String ?? "", href: view["href"] as? String ?? "",
                detail: "\(view["day"] as? String ?? "") · \(view["status"] as? String ?? "")")
        }
        return [SearchResultGroup(kind: Localized(lt: "Renginiai", en: "Events"), results: results)]
    }

    /// Events held by type and quarter against the plan, registrations, attendance and fill rate.
    func report(year: Int, for viewer: Viewer) async throws -> [ReportSection] {
        let (plan, demand, held, attendance) = try await dependencies.read { db in
            (
                try EventsQueries.plan(year: year, in: db), try EventsQueries.demand(year: year, in: db),
                try EventsQueries.heldEvents(year: year, in: db), try EventsQueries.attendance(year: year, in: db)
            )
        }
        let types = EventType.allCases.filter { type in held.contains { $0.details.type == type } }
        let byType: [(EventType, [Int])] = types.map { type in
            (
                type,
                (1...4).map { quarter in
                    held.filter { $0.details.type == type && VilniusTime.quarter(of: $0.details.startsAt) == quarter }.count
                }
            )
        }
        let fill = demand.total.fillRate.map { "\(Int(($0 * 100).rounded())) %" } ?? "—"
        let data: [String: Any] = [
            "held": held.count, "planned": plan.quarters.map(\.plannedItems).reduce(0, +),
            "registrations": demand.total.accepted, "attended": attendance.attended, "fill": fill,
            "chart": EventsCharts.plannedAndHeld(plan, viewer: viewer),
            "quarterLabels": (1...4).map { viewer.text(EventsPageStrings.quarter($0)) },
            "byType": byType.map { type, quarters in
                ["label": viewer.text(EventsPageStrings.type(type)), "quarters": quarters, "total": quarters.reduce(0, +)]
                    as [String: Any]
            },
        ]
        let json: JSONValue = .object([
            "held": .number(Double(held.count)),
            "planned": .number(Double(plan.quarters.map(\.plannedItems).reduce(0, +))),
            "registrations": .number(Double(demand.total.accepted)),
            "waitlisted": .number(Double(demand.total.waitlisted)),
            "attended": .number(Double(attendance.attended)),
            "fillRate": demand.total.fillRate.map { .number(($0 * 1000).rounded() / 1000) } ?? .null,
            "quarters": .array(
                plan.quarters.map { quarter in
                    .object([
                        "quarter": .number(Double(quarter.quarter)), "planned": .number(Double(quarter.plannedItems)),
                        "held": .number(Double(quarter.heldEvents)),
                    ])
                }),
            "heldByType": .object(
                Dictionary(
                    uniqueKeysWithValues: byType.map { type, quarters in
                        (type.rawValue, JSONValue.array(quarters.map { .number(Double($0)) }))
                    })),
        ])
        return [
            ReportSection(order: 10, key: "events", html: templates.renderFragment("report-events", data: data, for: viewer), json: json)
        ]
    }
}
