import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The media-relations part: contacts and lists, the do-not-contact list and its unsubscribe link, press releases with the public press room (`/spaudai`) and its RSS and Atom feeds, journalists' visits, mentions with their import and reports, CSV exports: its tables, the messages it applies, its routes and pages.
public struct MediaRelationsPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        MediaRelationsReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { MediaRelationsReadModel() }
    public var people: (any PersonalDataHolder)? { ContactPeople() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) throws {
        MediaRelationsRoutes(dependencies: dependencies).addRoutes(to: routes)
        let templates = try Self.templates()
        ContactsPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        PressReleasesPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        VisitsPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        MentionsPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        PressRoomPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        DoNotContactPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        UnsubscribeController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
    }

    static func templates() throws -> PageTemplates {
        try PageTemplates(
            folder: Bundle.module.resourceURL?.appendingPathComponent("Templates"), strings: MediaRelationsPageStrings.all)
    }

    /// What waits: press releases to approve; this year's numbers: mentions per week by sentiment.
    public func startPageSections(for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [PageSection] {
        let year = Timestamp.vilniusCalendar.component(.year, from: Date())
        let (drafts, chart) = try await dependencies.read { db in
            (
                try MediaRelationsQueries.pressReleases(eventId: nil, campaignId: nil, statuses: [.draft], page: Page(limit: 10), in: db),
                try MediaRelationsPageText.weeklyChart(
                    from: MediaRelationsPageText.yearStart(year),
                    to: min(MediaRelationsPageText.yearStart(year + 1), Date().addingTimeInterval(86_400)),
                    viewer: viewer, title: viewer.text(MediaRelationsPageStrings.all["mentions_this_year"]!), in: db)
            )
        }
        let templates = try Self.templates()
        let waiting = templates.renderFragment(
            "media-home",
            data: [
                "count": drafts.total, "drafts": drafts.items.map { MediaRelationsPageText.pressReleaseRow($0, viewer) },
                "hasDrafts": !drafts.items.isEmpty,
            ], for: viewer)
        let numbers = templates.renderFragment("media-numbers", data: ["chart": chart, "hasChart": !chart.isEmpty], for: viewer)
        return [PageSection(order: 25, html: waiting), PageSection(order: 75, html: numbers)]
    }

    public func search(_ text: String, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [SearchResultGroup] {
        let folded = MediaRelationsText.fold(text)
        let (contacts, releases, mentions) = try await dependencies.read { db in
            (
                try MediaRelationsQueries.contacts(ContactFilter(text: text), page: Page(limit: 20), in: db).items,
                try MediaRelationsQueries.pressReleases(eventId: nil, campaignId: nil, statuses: [], page: Page(limit: Page.maximumLimit), in: db)
                    .items.filter { record in
                        [record.content.titleLt, record.content.titleEn ?? "", record.content.bodyLt].contains {
                            MediaRelationsText.fold($0).contains(folded)
                        }
                    }.prefix(20),
                try MediaRelationsQueries.mentions(MentionFilter(text: text), page: Page(limit: 20), in: db).items
            )
        }
        var groups: [SearchResultGroup] = []
        if !contacts.isEmpty {
            groups.append(
                SearchResultGroup(
                    kind: Localized(lt: "Kontaktai", en: "Contacts"),
                    results: contacts.map {
                        .init(
                            title: $0.details.name, href: "/ziniasklaida/kontaktai/\($0.id.uuidString)",
                            detail: [viewer.text(MediaRelationsPageStrings.kind($0.details.kind)), $0.details.organisation].compactMap { $0 }
                                .joined(separator: " · "))
                    }))
        }
        if !releases.isEmpty {
            groups.append(
                SearchResultGroup(
                    kind: Localized(lt: "Pranešimai spaudai", en: "Press releases"),
                    results: releases.map {
                        .init(
                            title: MediaRelationsPageText.pressReleaseTitle($0, viewer.language),
                            href: "/ziniasklaida/pranesimai/\($0.id.uuidString)",
                            detail: viewer.text(MediaRelationsPageStrings.status($0.status)))
                    }))
        }
        if !mentions.isEmpty {
            groups.append(
                SearchResultGroup(
                    kind: Localized(lt: "Paminėjimai", en: "Mentions"),
                    results: mentions.map {
                        .init(
                            title: $0.mention.title, href: "/ziniasklaida/paminejimai/\($0.id.uuidString)",
                            detail: "\($0.mention.outlet) · \(HumanDate.day($0.mention.publishedAt, in: viewer.language))")
                    }))
        }
        return groups
    }

    /// Press releases, mentions and their sentiment in the year.
    public func reportSections(year: Int, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [ReportSection] {
        let from = MediaRelationsPageText.yearStart(year)
        let to = MediaRelationsPageText.yearStart(year + 1)
        let (released, drafted, months, outlets, chart) = try await dependencies.read { db in
            (
                try Int.fetchOne(
                    db, sql: "SELECT COUNT(*) FROM mediaPressReleases WHERE distributedAt >= ? AND distributedAt < ?", arguments: [from, to]) ?? 0,
                try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM mediaPressReleases WHERE createdAt >= ? AND createdAt < ?", arguments: [from, to])
                    ?? 0,
                try MediaRelationsQueries.coverage(MentionFilter(from: from, to: to), in: db),
                try MediaRelationsQueries.outlets(MentionFilter(from: from, to: to), in: db),
                try MediaRelationsPageText.weeklyChart(
                    from: from, to: min(to, max(from.addingTimeInterval(86_400), Date().addingTimeInterval(86_400))), viewer: viewer,
                    title: viewer.text(MediaRelationsPageStrings.all["coverage_per_week"]!), in: db)
            )
        }
        let mentions = months.map(\.count).reduce(0, +)
        let reach = months.map(\.reach).reduce(0, +)
        let positive = months.map(\.positive).reduce(0, +)
        let neutral = months.map(\.neutral).reduce(0, +)
        let negative = months.map(\.negative).reduce(0, +)
        let data: [String: Any] = [
            "drafted": drafted, "distributed": released, "mentions": mentions, "reach": reach, "positive": positive,
            "neutral": neutral, "negative": negative, "chart": chart,
            "outlets": outlets.prefix(10).map { ["outlet": $0.outlet, "count": $0.count, "reach": $0.reach] }, "hasOutlets": !outlets.isEmpty,
        ]
        let html = try Self.templates().renderFragment("media-report", data: data, for: viewer)
        let json: JSONValue = .object([
            "pressReleasesWritten": .number(Double(drafted)), "pressReleasesDistributed": .number(Double(released)),
            "mentions": .number(Double(mentions)), "reach": .number(Double(reach)),
            "sentiment": .object(["positive": .number(Double(positive)), "neutral": .number(Double(neutral)), "negative": .number(Double(negative))]),
            "outlets": .array(
                outlets.map { .object(["outlet": .string($0.outlet), "count": .number(Double($0.count)), "reach": .number(Double($0.reach))]) }),
        ])
        return [ReportSection(order: 40, key: "mediaRelations", html: html, json: json)]
    }
}
