import Foundation
import MessageSchema

/// The status of every service as one readable table, consumers below it.
enum StatusTable {
    static func render(services: [ServiceName], statuses: [String: ServiceStatus], unreachable: [String: String]) -> String {
        var rows = [["SERVICE", "STATE", "LATEST SEQ", "PUBLISHED", "BACKLOG", "DEAD LETTERS", "DB SIZE", "UPTIME"]]
        var consumerLines: [String] = []
        var prunedLines: [String] = []
        for service in services {
            let name = service.rawValue
            guard let status = statuses[name] else {
                rows.append([name, "down", "-", "-", "-", "-", "-", "-"])
                continue
            }
            rows.append([
                name, status.paused ? "paused" : (status.healthy ? "up" : "unhealthy"), "\(status.latestSeq)",
                "\(status.publishedSeq)", "\(status.outboxBacklog)", "\(status.deadLetters)",
                bytes(status.databaseBytes), duration(status.uptimeSeconds),
            ])
            for consumer in status.consumers {
                consumerLines.append("  \(name) ← \(consumer.source): " + progress(of: consumer, in: name))
            }
            if let pruned = status.outboxPrunedThrough, pruned > 0 {
                prunedLines.append("  \(name): pruned through seq \(pruned), which every consumer had applied")
            }
        }
        var text = table(rows)
        if !consumerLines.isEmpty { text += "\n\nConsumers:\n" + consumerLines.joined(separator: "\n") }
        if !prunedLines.isEmpty { text += "\n\nOutbox:\n" + prunedLines.joined(separator: "\n") }
        for service in services {
            if let reason = unreachable[service.rawValue] { text += "\n\(reason)" }
        }
        return text
    }

    /// `applied 8 of 8, lag 0`, or, for a source no longer applied, what happened and what to do.
    static func progress(of consumer: ConsumerStatus, in service: String) -> String {
        guard let stop = consumer.stopped else {
            return "applied \(consumer.appliedSeq) of \(consumer.sourceLatestSeq), lag \(consumer.lag)"
        }
        return "STOPPED at seq \(consumer.appliedSeq): \(stop.explanation(source: consumer.source, appliedSeq: consumer.appliedSeq)):"
            + " nothing more of \(consumer.source) is applied. Reconcile: komunikactl reconcile \(service) \(consumer.source)"
    }

    static func table(_ rows: [[String]]) -> String {
        let widths = rows[0].indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        return rows.map { row in
            row.enumerated().map { index, cell in cell.padding(toLength: widths[index], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }.joined(separator: "\n")
    }

    static func bytes(_ count: Int64) -> String {
        let units = ["B", "KiB", "MiB", "GiB"]
        var value = Double(count)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        return unit == 0 ? "\(count) B" : String(format: "%.1f %@", value, units[unit])
    }

    static func duration(_ seconds: Double) -> String {
        let total = Int(seconds)
        if total < 60 { return "\(total)s" }
        if total < 3600 { return "\(total / 60)m \(total % 60)s" }
        return "\(total / 3600)h \(total % 3600 / 60)m"
    }
}
