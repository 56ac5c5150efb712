/// Every message type the events service publishes, with its version, so a
/// reader can tell a known type from one it must dead-letter.
public enum EventsMessageCatalog {
    public static let all: [any Message.Type] = [
        EventProposed.self, EventUpdated.self, EventApproved.self, EventScheduled.self,
        EventHeld.self, EventCancelled.self,
        RegistrationAccepted.self, RegistrationWaitlisted.self, RegistrationPromoted.self,
        RegistrationCancelled.self, AttendanceRecorded.self, EventFilled.self,
        PlanItemAdded.self, PlanItemChanged.self,
        PersonErased.self,
    ]

    public static func isKnown(type: String, version: Int) -> Bool {
        all.contains { $0.type == type && $0.version == version }
    }
}
