import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// What the media-relations service does with other services' messages.
public enum MediaRelationsReactions {
    /// A press conference scheduled → a press-release draft linked to it.
    public static func make(source: String = ServiceName.mediaRelations.rawValue) -> MessageReactions {
        MessageReactions().on(EventScheduled.self, from: .events) { message, envelope, db in
            let change = MediaRelationsChange(reactingTo: envelope, db: db, source: source)
            try change.draftForPressConference(message)
        }
    }
}

extension MediaRelationsChange {
    /// The id of the press release drafted for a press conference: the same on every replay.
    static func pressReleaseId(forEvent eventId: UUID) -> UUID {
        UUID(derivedFrom: "media-relations:press-release:\(eventId)")
    }

    /// Drafts the press release of a scheduled press conference, once: a
    /// replay, or the event scheduled again, finds the draft there and leaves it.
    func draftForPressConference(_ message: EventScheduled) throws {
        guard message.details.type == .pressConference else { return }
        let id = Self.pressReleaseId(forEvent: message.eventId)
        if try PressReleaseRecord.exists(db, key: id.uuidString) { return }
        let content = PressReleaseContent(
            titleLt: "Spaudos konferencija: \(message.details.title.lt)",
            bodyLt: Self.invitation(message.details), eventId: message.eventId)
        try PressReleaseRecord(id: id, content: content, createdAt: now).insert(db)
        try publish(PressReleaseDrafted(pressReleaseId: id, content: content))
    }

    /// The draft's text: the date, time and venue of the conference, in Lithuanian.
    static func invitation(_ details: EventDetails) -> String {
        let start = VilniusClock(details.startsAt)
        let end = VilniusClock(details.endsAt)
        var lines = [
            "Lietuvos nacionalinė Martyno Mažvydo biblioteka kviečia žiniasklaidos atstovus į spaudos konferenciją „\(details.title.lt)“.",
            "Data: \(start.day).",
            "Laikas: \(start.time)–\(end.time) (Vilniaus laiku).",
            "Vieta: \(details.venue.summary).",
        ]
        if let description = details.description?.lt, !description.isEmpty { lines.append(description) }
        return lines.joined(separator: "\n")
    }
}

/// A moment as read on a clock in Vilnius.
struct VilniusClock {
    /// `2026-12-01`
    let day: String
    /// `18:00`
    let time: String

    init(_ date: Date) {
        let local = Timestamp.formatVilnius(date)
        day = String(local.prefix(10))
        time = String(local.dropFirst(11).prefix(5))
    }
}
