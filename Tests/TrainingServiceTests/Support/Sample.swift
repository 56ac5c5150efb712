import Foundation
import MessageSchema

/// Values for tests: courses, sessions and trainees, times in Vilnius.
enum Sample {
    /// A local Vilnius time such as "2026-12-01T10:00".
    static func at(_ text: String) -> Date {
        guard let date = Timestamp.parse(text) else { fatalError("not a time: \(text)") }
        return date
    }

    static func course(title: String = "Ryšiai su žiniasklaida bibliotekoje", topic: TrainingTopic = .mediaRelations) -> CourseDetails {
        CourseDetails(
            titleLt: title, titleEn: "Media relations in a library",
            description: "Kaip rašyti pranešimą spaudai ir kalbėtis su žurnalistais.", topic: topic)
    }

    static func session(
        from start: String = "2026-12-03T10:00", to end: String = "2026-12-03T16:00", capacity: Int = 20,
        place: TrainingPlace = TrainingPlace(kind: .lithuania, city: "Vilnius", address: "Gedimino pr. 51")
    ) -> TrainingSessionDetails {
        TrainingSessionDetails(startsAt: at(start), endsAt: at(end), place: place, capacity: capacity, trainer: "Rūta Žemaitytė")
    }

    static func trainee(_ number: Int) -> Trainee {
        Trainee(
            name: "Bibliotekininkė \(number)", institution: "Kauno apskrities viešoji biblioteka",
            municipality: "Kauno miesto savivaldybė", email: "bibliotekininke\(number)@kaunas.lt")
    }
}
