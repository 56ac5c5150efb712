import Foundation
import ICalendar

extension EventRecord {
    /// The event as the shared calendar writer takes it.
    var calendarEvent: CalendarEvent {
        CalendarEvent(id: id, details: details, cancelled: status == .cancelled, updatedAt: updatedAt)
    }
}
