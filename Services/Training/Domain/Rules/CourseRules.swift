import Foundation
import MessageSchema

/// What a course's description must satisfy before it is stored.
enum CourseRules {
    /// The details with surrounding spaces removed and empty optional texts dropped.
    static func normalised(_ details: CourseDetails) -> CourseDetails {
        CourseDetails(
            titleLt: details.titleLt.trimmed, titleEn: details.titleEn.trimmedOrNil,
            description: details.description.trimmedOrNil, topic: details.topic)
    }

    /// Refuses with `.invalid` the first rule `details` breaks.
    static func validate(_ details: CourseDetails) throws {
        if normalised(details).titleLt.isEmpty {
            throw invalid("titleLt", "The Lithuanian title (titleLt) is required.")
        }
    }
}
