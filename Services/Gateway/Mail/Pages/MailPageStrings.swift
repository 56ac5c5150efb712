import GatewayKit
import MessageSchema

/// The mail part's words.
enum MailPageStrings {
    static let all: PageStrings = [
        "failed_title": Localized(lt: "Neišsiųsti laiškai", en: "Mails not sent"),
        "failed_intro": Localized(
            lt: "Laiškai, kurių pašto serveris nepriėmė per parą bandymų, ir paskutinis jo atsakymas.",
            en: "Mails the mail server did not take in a day of tries, and its last answer."),
        "no_failures": Localized(lt: "Neišsiųstų laiškų nėra.", en: "No mail failed."),
        "recipient": Localized(lt: "Gavėjas", en: "Recipient"),
        "subject": Localized(lt: "Tema", en: "Subject"),
        "kind": Localized(lt: "Laiškas", en: "Mail"),
        "answer": Localized(lt: "Serverio atsakymas", en: "Server's answer"),
        "attempts": Localized(lt: "Bandymai", en: "Attempts"),
        "failed_at": Localized(lt: "Atsisakyta", en: "Given up"),
        "to_operations": Localized(lt: "Į operacijų puslapį", en: "To the operations page"),
        "files_notice_title": Localized(lt: "El. laiškai nesiunčiami", en: "E-mails are not sent"),
        "files_notice": Localized(
            lt: "Pašto serveris (KOMUNIKA_SMTP_URL) nenurodytas, todėl laiškai tik įrašomi į aplanką data/mail/.",
            en: "No SMTP relay is set (KOMUNIKA_SMTP_URL), so mails are only written to data/mail/."),
        "folder": Localized(lt: "Aplankas", en: "Folder"),
        "failures_alert": Localized(lt: "Neišsiųsti laiškai", en: "Mails not sent"),
        "see_failures": Localized(lt: "Peržiūrėti", en: "See them"),
        "staff_alerts_off": Localized(
            lt: "Pranešimai darbuotojams (renginyje neliko vietų, baigiasi licencija ar sutikimas, pateikimas įvertintas) "
                + "nesiunčiami: KOMUNIKA_STAFF_MAIL nenurodytas.",
            en: "Alerts to staff (an event full, a licence or consent expiring, a submission reviewed) are not sent: "
                + "KOMUNIKA_STAFF_MAIL is not set."),
    ]

    /// A mail's kind as the staff call it.
    static func kind(_ kind: MailKind) -> Localized {
        switch kind {
        case .registrationAccepted: Localized(lt: "Registracija patvirtinta", en: "Registration accepted")
        case .registrationWaitlisted: Localized(lt: "Laukiančiųjų sąraše", en: "On the waiting list")
        case .registrationPromoted: Localized(lt: "Atsirado vieta", en: "Promoted from the waiting list")
        case .eventCancelled: Localized(lt: "Renginys atšauktas", en: "Event cancelled")
        case .eventMoved: Localized(lt: "Renginys perkeltas", en: "Event moved")
        case .enrolmentAccepted: Localized(lt: "Registracija į mokymus", en: "Enrolment accepted")
        case .enrolmentWaitlisted: Localized(lt: "Mokymų laukiančiųjų sąraše", en: "Enrolment waitlisted")
        case .enrolmentPromoted: Localized(lt: "Atsirado vieta mokymuose", en: "Enrolment promoted")
        case .certificateIssued: Localized(lt: "Pažymėjimas", en: "Certificate")
        case .pressRelease: Localized(lt: "Pranešimas spaudai", en: "Press release")
        case .surveyInvitation: Localized(lt: "Kvietimas į apklausą", en: "Survey invitation")
        case .eventFull: Localized(lt: "Renginyje vietų neliko", en: "Event full")
        case .rightsExpiring: Localized(lt: "Baigiasi licencija ar sutikimas", en: "Licence or consent expiring")
        case .submissionReviewed: Localized(lt: "Pateikimas įvertintas", en: "Submission reviewed")
        }
    }
}
