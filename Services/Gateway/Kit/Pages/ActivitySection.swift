import Foundation
import MessageSchema

/// The activity history on a thing's page: every message that named it,
/// newest first, with who did it and when, in the reader's language.
public enum ActivitySection {
    /// The section's HTML for `subject` (an event's, asset's … id), the latest `limit` entries.
    public static func html(
        of subject: UUID, templates: PageTemplates, viewer: Viewer, dependencies: GatewayDependencies, limit: Int = 50
    ) async throws -> String {
        let (entries, total) = try await dependencies.read { db in
            try ActivityQueries.activity(of: subject, page: Page(limit: limit, offset: 0), in: db)
        }
        let rows: [[String: Any]] = entries.map { entry in
            [
                "when": HumanDate.dayAndTime(entry.occurredAt, in: viewer.language),
                "who": entry.actor?.name ?? viewer.text(Localized(lt: "sistema", en: "the system")),
                "what": viewer.text(words(for: entry.type)),
            ]
        }
        return templates.renderFragment("activity", data: ["entries": rows, "total": total, "hasEntries": !rows.isEmpty], for: viewer)
    }

    /// What a message type says happened.
    public static func words(for type: String) -> Localized {
        known[type] ?? Localized(stringLiteral: type)
    }

    static let known: [String: Localized] = [
        "event.proposed": Localized(lt: "Renginys pasiūlytas", en: "Event proposed"),
        "event.approved": Localized(lt: "Patvirtino Renginių taryba", en: "Approved in the Events Council"),
        "event.scheduled": Localized(lt: "Renginys suplanuotas ir paskelbtas", en: "Event scheduled"),
        "event.held": Localized(lt: "Pažymėta, kad įvyko", en: "Marked as held"),
        "event.cancelled": Localized(lt: "Renginys atšauktas", en: "Event cancelled"),
        "event.updated": Localized(lt: "Duomenys pakeisti", en: "Details changed"),
        "registration.accepted": Localized(lt: "Dalyvis užregistruotas", en: "Participant registered"),
        "registration.waitlisted": Localized(lt: "Dalyvis įrašytas į laukiančiųjų sąrašą", en: "Participant put on the waiting list"),
        "registration.promoted": Localized(lt: "Dalyvis perkeltas iš laukiančiųjų", en: "Participant moved up from the waiting list"),
        "registration.cancelled": Localized(lt: "Registracija atšaukta", en: "Registration cancelled"),
        "attendance.recorded": Localized(lt: "Pažymėtas dalyvavimas", en: "Attendance recorded"),
        "asset.registered": Localized(lt: "Išteklius įkeltas", en: "Asset uploaded"),
        "asset.version-added": Localized(lt: "Įkelta nauja versija", en: "New version uploaded"),
        "asset.approved": Localized(lt: "Išteklius patvirtintas", en: "Asset approved"),
        "asset.rejected": Localized(lt: "Išteklius atmestas", en: "Asset rejected"),
        "asset.withdrawn": Localized(lt: "Išteklius atšauktas", en: "Asset withdrawn"),
        "asset.licence-recorded": Localized(lt: "Įrašyta licencija", en: "Licence recorded"),
        "asset.consent-recorded": Localized(lt: "Įrašytas sutikimas", en: "Consent recorded"),
        "asset.details-changed": Localized(lt: "Duomenys pakeisti", en: "Details changed"),
        "submission.received": Localized(lt: "Pateikimas gautas", en: "Submission received"),
        "submission.reviewed": Localized(lt: "Pateikimas įvertintas", en: "Submission reviewed"),
        "submission.scheduled": Localized(lt: "Pateikimas suplanuotas", en: "Submission scheduled"),
        "submission.published": Localized(lt: "Pateikimas paskelbtas", en: "Submission published"),
        "press-release.drafted": Localized(lt: "Pranešimo juodraštis", en: "Press release drafted"),
        "press-release.updated": Localized(lt: "Pranešimas pakeistas", en: "Press release changed"),
        "press-release.approved": Localized(lt: "Pranešimas patvirtintas", en: "Press release approved"),
        "press-release.distributed": Localized(lt: "Pranešimas išsiųstas", en: "Press release distributed"),
        "contact-list.member-added": Localized(lt: "Kontaktas įtrauktas į sąrašą", en: "Contact added to the list"),
        "contact-list.member-removed": Localized(lt: "Kontaktas išbrauktas iš sąrašo", en: "Contact removed from the list"),
        "mention.corrected": Localized(lt: "Pataisytas tonas ar auditorija", en: "Sentiment or reach corrected"),
        "campaign.created": Localized(lt: "Kampanija sukurta", en: "Campaign created"),
        "campaign.updated": Localized(lt: "Kampanija pakeista", en: "Campaign changed"),
        "campaign.status-changed": Localized(lt: "Pakeista kampanijos būsena", en: "Campaign status changed"),
        "survey.created": Localized(lt: "Apklausa sukurta", en: "Survey created"),
        "survey.opened": Localized(lt: "Apklausa paskelbta", en: "Survey published"),
        "survey.closed": Localized(lt: "Apklausa uždaryta", en: "Survey closed"),
        "survey.response-accepted": Localized(lt: "Gautas atsakymas", en: "Response received"),
        "course.created": Localized(lt: "Kursas sukurtas", en: "Course created"),
        "session.planned": Localized(lt: "Suplanuota sesija", en: "Session planned"),
        "certificate.issued": Localized(lt: "Išduotas pažymėjimas", en: "Certificate issued"),
    ]
}
