import Foundation

/// Rows of "what we measured" next to "the machine's limit, measured now".
final class BenchReport: @unchecked Sendable {
    struct Row {
        var what: String
        var ours: String
        var limit: String
        var limitWhat: String
    }

    var rows: [Row] = []

    func add(_ what: String, ours: String, limit: String, limitWhat: String) {
        rows.append(Row(what: what, ours: ours, limit: limit, limitWhat: limitWhat))
        Swift.print("  \(what): \(ours)   (limit: \(limit), \(limitWhat))")
    }

    func print() {
        let header = ["measure", "Komunika", "machine limit (same run)", "limit measured as"]
        let table = [header] + rows.map { [$0.what, $0.ours, $0.limit, $0.limitWhat] }
        let widths = header.indices.map { column in table.map { $0[column].count }.max() ?? 0 }
        Swift.print("")
        for (index, row) in table.enumerated() {
            Swift.print(row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }.joined(separator: " | "))
            if index == 0 { Swift.print(widths.map { String(repeating: "-", count: $0) }.joined(separator: "-|-")) }
        }
    }

    static func rate(_ count: Int, _ duration: Duration) -> String {
        let seconds = Double(duration.components.seconds) + Double(duration.components.attoseconds) / 1e18
        let perSecond = Double(count) / max(seconds, 1e-9)
        return perSecond >= 10_000 ? String(format: "%.0f k/s", perSecond / 1_000) : String(format: "%.0f /s", perSecond)
    }

    static func micros(_ duration: Duration) -> String {
        let value = Double(duration.components.seconds) * 1e6 + Double(duration.components.attoseconds) / 1e12
        return value >= 1_000 ? String(format: "%.2f ms", value / 1_000) : String(format: "%.0f µs", value)
    }

    static func percentile(_ sorted: [Duration], _ p: Double) -> Duration {
        guard !sorted.isEmpty else { return .zero }
        return sorted[min(sorted.count - 1, Int(Double(sorted.count) * p))]
    }

    static func peakResidentMegabytes() -> Int {
        var usage = rusage()
        getrusage(__rusage_who_t(RUSAGE_SELF.rawValue), &usage)
        return usage.ru_maxrss / 1024
    }
}
