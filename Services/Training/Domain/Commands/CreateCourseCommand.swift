import Foundation
import GRDB
import MessageSchema

extension TrainingChange {
    /// Stores a new course. Message: `CourseCreated`.
    func createCourse(_ command: CreateCourse) throws -> CourseRef {
        try CourseRules.validate(command.details)
        let details = CourseRules.normalised(command.details)
        if let existing = try CourseRecord.fetchOne(db, key: command.courseId.uuidString) {
            throw CommandFailure(
                .conflict, "A course with the id \(existing.id) exists already: \(existing.label).",
                details: ["courseId": existing.id])
        }
        try CourseRecord(id: command.courseId, details: details, createdAt: now).insert(db)
        try publish(CourseCreated(courseId: command.courseId, details: details))
        return CourseRef(courseId: command.courseId)
    }
}
