import Foundation
import GatewayKit
import MessageSchema

/// The events part's CSV files (`CSVFile`).
///
/// - Registrations of an event (accepted, then the waiting list in order, then cancelled): `registrationId`,
///   `name`, `email`, `organisation`, `status` (accepted, waitlisted,
///   cancelled), `position` (on the waiting list), `registeredAt` (Vilnius time).
/// - Attendance of an event, one row per accepted registration:
///   `registrationId`, `name`, `email`, `organisation`, `attended` (`true`,
///   `false`, or empty while not recorded).
/// - The annual plan of a year, its items by quarter: `itemId`, `quarter`,
///   `title`, `type`, `organisingUnit`, `notes`, `events` (organised under
///   the item), `heldEvents`, `executed`.
enum EventsCSV {
    static func registrations(of event: EventRecord, _ registrations: [RegistrationRecord]) -> CSVFile {
        CSVFile(
            fileName: "\(event.details.title.lt) – registracijos.csv",
            header: ["registrationId", "name", "email", "organisation", "status", "position", "registeredAt"],
            rows: registrations.map { registration in
                [
                    registration.id.uuidString, registration.attendee.name, registration.attendee.email,
                    registration.attendee.organisation ?? "", registration.status.rawValue,
                    registration.position.map(String.init) ?? "", CSVFile.cell(registration.registeredAt),
                ]
            })
    }

    static func attendance(of event: EventRecord, _ registrations: [RegistrationRecord]) -> CSVFile {
        CSVFile(
            fileName: "\(event.details.title.lt) – lankomumas.csv",
            header: ["registrationId", "name", "email", "organisation", "attended"],
            rows: registrations.filter { $0.status == .accepted }.map { registration in
                [
                    registration.id.uuidString, registration.attendee.name, registration.attendee.email,
                    registration.attendee.organisation ?? "", CSVFile.cell(registration.attended),
                ]
            })
    }

    static func plan(_ report: PlanReport) -> CSVFile {
        CSVFile(
            fileName: "Renginių planas \(report.year).csv",
            header: ["itemId", "quarter", "title", "type", "organisingUnit", "notes", "events", "heldEvents", "executed"],
            rows: report.items.map { progress in
                [
                    progress.item.id.uuidString, String(progress.item.quarter), progress.item.title,
                    progress.item.type.rawValue, progress.item.organisingUnit, progress.item.notes ?? "",
                    String(progress.events.count), String(progress.events.filter { $0.status == .held }.count),
                    CSVFile.cell(progress.executed),
                ]
            })
    }
}
