import Foundation
import GatewayKit
import MessageSchema

/// How the public pages show a planned session: its course, when (day and
/// hours in Vilnius), where (an online session's link only goes to those
/// enrolled), the places left and where to enrol.
enum PublicSessionView {
    static func row(_ session: TrainingSessionRecord, courseTitle: String, _ language: Language) -> [String: Any] {
        let id = session.id.uuidString.lowercased()
        return [
            "id": id, "course": courseTitle, "when": when(session.details, language),
            "place": place(session.details.place, language), "placesLeft": session.placesLeft,
            "isFull": session.placesLeft == 0, "enrolHref": "/kursai/sesijos/\(id)/registracija",
            "courseHref": "/kursai/\(session.courseId.uuidString.lowercased())",
        ]
    }

    /// `2027 m. vasario 24 d. 10:00–16:00`; a session over several days gives both ends in full.
    static func when(_ details: TrainingSessionDetails, _ language: Language) -> String {
        let sameDay = HumanDate.day(details.startsAt, in: language) == HumanDate.day(details.endsAt, in: language)
        if sameDay { return HumanDate.dayAndTime(details.startsAt, in: language) + "–" + HumanDate.time(details.endsAt) }
        return HumanDate.dayAndTime(details.startsAt, in: language) + " – " + HumanDate.dayAndTime(details.endsAt, in: language)
    }

    static func place(_ place: TrainingPlace, _ language: Language) -> String {
        switch place.kind {
        case .lithuania: place.summary
        case .online: PublicTrainingStrings.online.text(in: language)
        }
    }
}
