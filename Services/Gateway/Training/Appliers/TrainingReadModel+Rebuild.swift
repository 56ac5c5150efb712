import GatewayKit
import MessageSchema

// What the operator's reconcile empties before applying a source's log again.
extension TrainingReadModel {
    func tables(filledBy source: String) -> [String] {
        switch source {
        case ServiceName.training.rawValue: ["trainingCertificates", "trainingEnrolments", "trainingSessions", "trainingCourses"]
        case ServiceName.surveys.rawValue: ["trainingFeedback"]
        default: []
        }
    }
}
