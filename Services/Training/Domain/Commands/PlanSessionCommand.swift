import Foundation
import GRDB
import MessageSchema

extension TrainingChange {
    /// Stores a new planned session of a course. Message: `TrainingSessionPlanned`.
    func planSession(_ command: PlanTrainingSession) throws -> TrainingSessionRef {
        try SessionRules.validate(command.details)
        let details = SessionRules.normalised(command.details)
        let course = try existingCourse(command.courseId)
        if let existing = try SessionRecord.fetchOne(db, key: command.sessionId.uuidString) {
            throw CommandFailure(
                .conflict, "A session with the id \(existing.id) exists already.", details: ["sessionId": existing.id])
        }
        try SessionRecord(id: command.sessionId, courseId: course.courseId, details: details, createdAt: now).insert(db)
        try publish(TrainingSessionPlanned(sessionId: command.sessionId, courseId: course.courseId, details: details))
        return TrainingSessionRef(sessionId: command.sessionId, courseId: course.courseId, status: .planned)
    }
}
