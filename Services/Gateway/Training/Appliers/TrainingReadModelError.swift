import Foundation
import GatewayKit

/// Why a training message could not be applied to the read model. The
/// consumer puts the message in the dead letters with this text as the reason.
enum TrainingReadModelError: Error, CustomStringConvertible, Equatable {
    case unknownCourse(UUID, messageType: String)
    case unknownSession(UUID, messageType: String)
    case unknownEnrolment(UUID, sessionId: UUID, messageType: String)

    var description: String {
        switch self {
        case .unknownCourse(let id, let type):
            "\(type) names course \(id.uuidString), which the read model does not have"
        case .unknownSession(let id, let type):
            "\(type) names training session \(id.uuidString), which the read model does not have"
        case .unknownEnrolment(let id, let sessionId, let type):
            "\(type) names enrolment \(id.uuidString) of session \(sessionId.uuidString), which the read model does not have"
        }
    }
}
