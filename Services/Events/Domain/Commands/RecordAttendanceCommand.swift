import Foundation
import GRDB
import MessageSchema

extension EventsChange {
    /// Records whether an accepted attendee came. Message: `AttendanceRecorded`.
    func recordAttendance(_ command: RecordAttendance) throws -> RegistrationOutcome {
        var registration = try existingRegistration(command.registrationId, of: command.eventId)
        let event = try existingEvent(command.eventId)
        guard event.status == .scheduled || event.status == .held else {
            throw CommandFailure(
                .conflict,
                "Attendance is recorded for scheduled or held events; the event \(event.label) is \(event.status.rawValue).",
                details: ["eventId": event.id, "status": event.status.rawValue])
        }
        guard registration.status == .accepted else {
            throw CommandFailure(
                .conflict,
                "Only accepted registrations have attendance; that of \(registration.name) is \(registration.status.rawValue).",
                details: ["registrationId": registration.id, "status": registration.status.rawValue])
        }
        registration.attended = command.attended
        try registration.update(db)
        try publish(
            AttendanceRecorded(
                registrationId: command.registrationId, eventId: command.eventId, attended: command.attended))
        return RegistrationOutcome(registrationId: command.registrationId, eventId: command.eventId, status: .accepted)
    }
}
