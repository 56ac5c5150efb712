import Foundation
import GatewayKit
import MessageSchema

/// What the operations templates read: each service's status and letters, in the viewer's language.
enum OperationsViews {
    /// The page's view of `reports`; `notice` is a retry's outcome.
    static func page(_ reports: [OperationsControl.Report], notice: Localized?, noticeIsError: Bool, viewer: Viewer) -> [String: Any] {
        var data: [String: Any] = ["services": reports.map { service($0, viewer: viewer) }]
        if let notice {
            data["notice"] = ["text": viewer.text(notice), "isError": noticeIsError] as [String: Any]
        }
        return data
    }

    static func service(_ report: OperationsControl.Report, viewer: Viewer) -> [String: Any] {
        let service = report.service
        var row: [String: Any] = [
            "id": service.rawValue, "name": viewer.text(OperationsPageStrings.serviceName(service)),
            "letters": report.letters.map { letter($0, service: service, viewer: viewer) },
            "hasLetters": !report.letters.isEmpty, "csrf": viewer.csrfToken,
        ]
        if let problem = report.problem { row["problem"] = problem }
        if let status = report.status { row["status"] = self.status(status, viewer: viewer) }
        return row
    }

    static func status(_ status: ServiceStatus, viewer: Viewer) -> [String: Any] {
        [
            "state": viewer.text(OperationsPageStrings.state(of: status)), "paused": status.paused,
            "latestSeq": status.latestSeq, "publishedSeq": status.publishedSeq, "backlog": status.outboxBacklog,
            "deadLetters": status.deadLetters, "databaseSize": bytes(status.databaseBytes, in: viewer.language),
            "uptime": duration(status.uptimeSeconds, in: viewer.language), "logLevel": status.logLevel,
            "consumers": status.consumers.map { consumer($0, of: status.service, viewer: viewer) }, "hasConsumers": !status.consumers.isEmpty,
        ]
    }

    /// One source a service consumes; `service` is the consumer, named in the reconcile command.
    static func consumer(_ consumer: ConsumerStatus, of service: String, viewer: Viewer) -> [String: Any] {
        let name = ServiceName(rawValue: consumer.source).map(OperationsPageStrings.serviceName) ?? Localized(stringLiteral: consumer.source)
        var row: [String: Any] = [
            "source": viewer.text(name), "sourceId": consumer.source, "appliedSeq": consumer.appliedSeq,
            "sourceLatestSeq": consumer.sourceLatestSeq, "lag": consumer.lag, "behind": consumer.lag > 0,
        ]
        if let stop = consumer.stopped {
            row["stopped"] = viewer.text(
                OperationsPageStrings.stopped(stop, source: name, sourceId: consumer.source, appliedSeq: consumer.appliedSeq, consumer: service))
        }
        return row
    }

    static func letter(_ letter: DeadLetterInfo, service: ServiceName, viewer: Viewer) -> [String: Any] {
        [
            "id": letter.id, "service": service.rawValue, "source": letter.source ?? "—", "type": letter.type ?? letter.topic,
            "seq": letter.seq.map { "\($0)" } ?? "—", "reason": letter.reason,
            "received": HumanDate.dayAndTime(letter.receivedAt, in: viewer.language), "attempts": letter.attempts,
            "csrf": viewer.csrfToken,
        ]
    }

    /// The start page's alert for an admin: services with dead letters and
    /// those not answering; `nil` when all is well.
    static func alert(_ statuses: [(ServiceName, OperationsControl.Answer)], templates: PageTemplates, viewer: Viewer) -> String? {
        var letters: [[String: Any]] = []
        var silent: [[String: Any]] = []
        for (service, answer) in statuses {
            switch answer {
            case .answered(let reply):
                guard let count = reply.status?.deadLetters, count > 0 else { continue }
                letters.append([
                    "id": service.rawValue, "name": viewer.text(OperationsPageStrings.serviceName(service)), "count": count,
                ])
            case .notAnswering(let error):
                silent.append(["id": service.rawValue, "text": viewer.text(OperationsPageStrings.notAnswering(service, error: error))])
            }
        }
        guard !letters.isEmpty || !silent.isEmpty else { return nil }
        let data: [String: Any] = [
            "letters": letters, "hasLetters": !letters.isEmpty, "silent": silent, "hasSilent": !silent.isEmpty,
        ]
        return templates.renderFragment("home-operations", data: data, for: viewer)
    }

    /// `12,3 KiB` (Lithuanian), `12.3 KiB` (English).
    static func bytes(_ count: Int64, in language: Language) -> String {
        let units = ["B", "KiB", "MiB", "GiB", "TiB"]
        var value = Double(count)
        var unit = 0
        while value >= 1024, unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        guard unit > 0 else { return "\(count) B" }
        let number = String(format: "%.1f", value)
        return (language == .lt ? number.replacingOccurrences(of: ".", with: ",") : number) + " " + units[unit]
    }

    /// `2 d. 3 val. 4 min.` (Lithuanian), `2 d 3 h 4 min` (English); under a minute, seconds.
    static func duration(_ seconds: Double, in language: Language) -> String {
        let total = max(0, Int(seconds))
        let lt = language == .lt
        if total < 60 { return "\(total) s" }
        let days = total / 86_400
        let hours = total % 86_400 / 3_600
        let minutes = total % 3_600 / 60
        var parts: [String] = []
        if days > 0 { parts.append(lt ? "\(days) d." : "\(days) d") }
        if days > 0 || hours > 0 { parts.append(lt ? "\(hours) val." : "\(hours) h") }
        parts.append(lt ? "\(minutes) min." : "\(minutes) min")
        return parts.joined(separator: " ")
    }
}
