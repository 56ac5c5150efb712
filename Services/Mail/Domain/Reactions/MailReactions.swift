import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// What the mail service does with the other services' messages, inside the
/// consumer's transaction that also records their `seq`: keeps its copies up
/// to date and queues the mails they call for (one row per mail, written in
/// that same transaction, so a crash neither loses nor doubles one).
public enum MailReactions {
    public static func make(_ context: MailContext) -> MessageReactions {
        let events = EventMails(context: context)
        let training = TrainingMails(context: context)
        let press = PressReleaseMails(context: context)
        let surveys = SurveyMails(context: context)
        return MessageReactions()
            .on(EventProposed.self, from: .events) { message, envelope, db in
                try events.keep(message.eventId, details: message.details, status: .proposed, at: envelope.occurredAt, in: db)
            }
            .on(EventApproved.self, from: .events) { message, envelope, db in
                try events.setStatus(message.eventId, .approved, at: envelope.occurredAt, in: db)
            }
            .on(EventScheduled.self, from: .events) { message, envelope, db in
                try events.keep(message.eventId, details: message.details, status: .scheduled, at: envelope.occurredAt, in: db)
            }
            .on(EventUpdated.self, from: .events) { message, envelope, db in try events.updated(message, envelope, in: db) }
            .on(EventHeld.self, from: .events) { message, envelope, db in
                try events.setStatus(message.eventId, .held, at: envelope.occurredAt, in: db)
            }
            .on(EventCancelled.self, from: .events) { message, envelope, db in
                try events.cancelled(message, envelope, in: db)
            }
            .on(RegistrationAccepted.self, from: .events) { message, envelope, db in
                try events.registered(
                    message.registrationId, eventId: message.eventId, attendee: message.attendee, status: .accepted,
                    position: nil, envelope, in: db)
            }
            .on(RegistrationWaitlisted.self, from: .events) { message, envelope, db in
                try events.registered(
                    message.registrationId, eventId: message.eventId, attendee: message.attendee, status: .waitlisted,
                    position: message.position, envelope, in: db)
            }
            .on(RegistrationPromoted.self, from: .events) { message, envelope, db in
                try events.promoted(message, envelope, in: db)
            }
            .on(RegistrationCancelled.self, from: .events) { message, _, db in
                try events.cancelledRegistration(message, in: db)
            }
            .on(CourseCreated.self, from: .training) { message, _, db in
                try training.keepCourse(message.courseId, message.details, in: db)
            }
            .on(CourseUpdated.self, from: .training) { message, _, db in
                try training.keepCourse(message.courseId, message.details, in: db)
            }
            .on(TrainingSessionPlanned.self, from: .training) { message, _, db in try training.keepSession(message, in: db) }
            .on(EnrolmentAccepted.self, from: .training) { message, envelope, db in
                try training.enrolled(
                    message.enrolmentId, sessionId: message.sessionId, trainee: message.trainee, position: nil, envelope,
                    in: db)
            }
            .on(EnrolmentWaitlisted.self, from: .training) { message, envelope, db in
                try training.enrolled(
                    message.enrolmentId, sessionId: message.sessionId, trainee: message.trainee,
                    position: message.position, envelope, in: db)
            }
            .on(EnrolmentPromoted.self, from: .training) { message, envelope, db in
                try training.promoted(message, envelope, in: db)
            }
            .on(CertificateIssued.self, from: .training) { message, envelope, db in
                try training.certificate(message, envelope, in: db)
            }
            .on(ContactCreated.self, from: .mediaRelations) { message, _, db in
                try press.keepContact(message.contactId, message.details, in: db)
            }
            .on(ContactUpdated.self, from: .mediaRelations) { message, _, db in
                try press.keepContact(message.contactId, message.details, in: db)
            }
            .on(PressReleaseDrafted.self, from: .mediaRelations) { message, _, db in
                try press.keepRelease(message.pressReleaseId, message.content, in: db)
            }
            .on(PressReleaseUpdated.self, from: .mediaRelations) { message, _, db in
                try press.keepRelease(message.pressReleaseId, message.content, in: db)
            }
            .on(PressReleaseDistributed.self, from: .mediaRelations) { message, envelope, db in
                try press.distributed(message, envelope, in: db)
            }
            .on(SurveyInvitationsIssued.self, from: .surveys) { message, envelope, db in
                try surveys.invited(message, envelope, in: db)
            }
            .staffAlerts(context)
    }

    /// The services whose messages call for mails (brand and campaigns: the alerts to staff).
    public static let sources: [ServiceName] = [.events, .training, .mediaRelations, .surveys, .brand, .campaigns]
}
