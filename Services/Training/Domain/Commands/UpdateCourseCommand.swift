import Foundation
import GRDB
import MessageSchema

extension TrainingChange {
    /// Changes a course's titles, description or topic; an empty text clears
    /// an optional one. Message: `CourseUpdated` with the whole description.
    func updateCourse(_ command: UpdateCourse) throws -> CourseRef {
        if command.patch.isEmpty {
            throw CommandFailure(.invalid, "The patch changes nothing: give at least one field to change.", details: ["field": "patch"])
        }
        var course = try existingCourse(command.courseId)
        let changed = command.patch.applied(to: course.details)
        try CourseRules.validate(changed)
        course.details = CourseRules.normalised(changed)
        course.updatedAt = now
        try course.update(db)
        try publish(CourseUpdated(courseId: command.courseId, details: course.details))
        return CourseRef(courseId: command.courseId)
    }
}
