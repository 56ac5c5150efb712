import Foundation
import GRDB
import GatewayKit
import MessageSchema

/// How the media-relations pages show their things, and the charts they draw.
enum MediaRelationsPageText {
    static func contactRow(_ record: MediaContactRecord, _ viewer: Viewer) -> [String: Any] {
        [
            "href": "/ziniasklaida/kontaktai/\(record.id.uuidString)", "id": record.id.uuidString, "name": record.details.name,
            "kind": viewer.text(MediaRelationsPageStrings.kind(record.details.kind)),
            "organisation": record.details.organisation ?? "—", "email": record.details.email ?? "—",
            "topics": record.details.topics.joined(separator: ", "),
        ]
    }

    static func pressReleaseTitle(_ record: MediaPressReleaseRecord, _ language: Language) -> String {
        language == .en ? (record.content.titleEn ?? record.content.titleLt) : record.content.titleLt
    }

    static func pressReleaseRow(_ record: MediaPressReleaseRecord, _ viewer: Viewer) -> [String: Any] {
        [
            "href": "/ziniasklaida/pranesimai/\(record.id.uuidString)", "title": pressReleaseTitle(record, viewer.language),
            "status": viewer.text(MediaRelationsPageStrings.status(record.status)), "statusClass": record.status.rawValue,
            "created": HumanDate.day(record.createdAt, in: viewer.language),
            "distributed": record.distributedAt.map { HumanDate.dayAndTime($0, in: viewer.language) } ?? "—",
        ]
    }

    static func mentionRow(_ record: MediaMentionRecord, _ viewer: Viewer) -> [String: Any] {
        let mention = record.mention
        return [
            "href": "/ziniasklaida/paminejimai/\(record.id.uuidString)", "title": mention.title, "outlet": mention.outlet,
            "url": mention.url, "published": HumanDate.day(mention.publishedAt, in: viewer.language), "reach": mention.reach,
            "sentiment": viewer.text(MediaRelationsPageStrings.sentiment(mention.sentiment)), "sentimentClass": mention.sentiment.rawValue,
        ]
    }

    /// Mentions per ISO week (Vilnius) from `from` to `to`, by sentiment, for a line chart.
    static func weekly(from: Date, to: Date, in db: Database) throws -> (labels: [String], positive: [Double], neutral: [Double], negative: [Double])
    {
        var calendar = Timestamp.vilniusCalendar
        calendar.firstWeekday = 2
        calendar.minimumDaysInFirstWeek = 4
        let rows = try Row.fetchAll(
            db, sql: "SELECT publishedAt, sentiment FROM mediaMentions WHERE publishedAt >= ? AND publishedAt < ?",
            arguments: [from, to])
        guard let firstWeek = calendar.dateInterval(of: .weekOfYear, for: from)?.start else { return ([], [], [], []) }
        var starts: [Date] = []
        var week = firstWeek
        while week < to && starts.count < 60 {
            starts.append(week)
            week = calendar.date(byAdding: .weekOfYear, value: 1, to: week)!
        }
        var counts = Array(repeating: [0.0, 0.0, 0.0], count: starts.count)
        for row in rows {
            let date: Date = row["publishedAt"]
            guard let start = calendar.dateInterval(of: .weekOfYear, for: date)?.start, let index = starts.firstIndex(of: start) else {
                continue
            }
            switch Sentiment(rawValue: row["sentiment"]) {
            case .positive: counts[index][0] += 1
            case .negative: counts[index][2] += 1
            case .neutral, nil: counts[index][1] += 1
            }
        }
        let labels = starts.map { String(calendar.component(.weekOfYear, from: $0)) }
        return (labels, counts.map { $0[0] }, counts.map { $0[1] }, counts.map { $0[2] })
    }

    static func weeklyChart(from: Date, to: Date, viewer: Viewer, title: String, in db: Database) throws -> String {
        let weeks = try weekly(from: from, to: to, in: db)
        guard !weeks.labels.isEmpty else { return "" }
        let s = MediaRelationsPageStrings.all
        return SVGChart.lines(
            labels: weeks.labels,
            series: [
                SVGChart.Series(name: viewer.text(s["positive"]!), values: weeks.positive, color: "#1e6b34"),
                SVGChart.Series(name: viewer.text(s["neutral"]!), values: weeks.neutral, color: "#8b8f96"),
                SVGChart.Series(name: viewer.text(s["negative"]!), values: weeks.negative, color: "#a3111f"),
            ], title: title)
    }

    static func outletChart(_ filter: MentionFilter, viewer: Viewer, in db: Database) throws -> String {
        let outlets = try MediaRelationsQueries.outlets(filter, in: db).prefix(10)
        guard !outlets.isEmpty else { return "" }
        return SVGChart.bars(
            outlets.map { SVGChart.Item($0.outlet, Double($0.count)) },
            title: viewer.text(MediaRelationsPageStrings.all["share_by_outlet"]!))
    }

    /// The start of Vilnius's year `year`.
    static func yearStart(_ year: Int) -> Date {
        Timestamp.vilniusCalendar.date(from: DateComponents(year: year, month: 1, day: 1))!
    }
}
