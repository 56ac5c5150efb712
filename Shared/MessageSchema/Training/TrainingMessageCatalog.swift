/// Every message type the training service publishes, with its version.
public enum TrainingMessageCatalog {
    public static let all: [any Message.Type] = [
        CourseCreated.self, CourseUpdated.self,
        TrainingSessionPlanned.self, TrainingSessionCancelled.self, TrainingSessionCompleted.self,
        EnrolmentAccepted.self, EnrolmentWaitlisted.self, EnrolmentPromoted.self, EnrolmentCancelled.self,
        TrainingAttendanceRecorded.self, CertificateIssued.self, TrainingFeedbackSurveyLinked.self,
        PersonErased.self,
    ]
}
