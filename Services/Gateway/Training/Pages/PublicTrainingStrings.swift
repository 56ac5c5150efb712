import Foundation
import GatewayKit

/// The words of the public training pages (the catalogue, enrolling,
/// cancelling, checking a certificate), in Lithuanian and English.
enum PublicTrainingStrings {
    static let all: PageStrings = [
        "catalogue_lead": Localized(
            lt: "Nacionalinės bibliotekos mokymai Lietuvos bibliotekų darbuotojams: ryšiai su visuomene, žiniasklaida, rinkodara, renginiai.",
            en: "The National Library's courses for the staff of Lithuania's libraries: public relations, media, marketing, events."),
        "upcoming_sessions": Localized(lt: "Artimiausios sesijos", en: "Upcoming sessions"),
        "no_upcoming": Localized(lt: "Naujų datų dar nepaskelbta.", en: "No new dates announced yet."),
        "places_left_count": Localized(lt: "Liko vietų", en: "Places left"),
        "full_waiting_list": Localized(lt: "Vietų neliko – galite įsirašyti į laukiančiųjų sąrašą", en: "Full – you may join the waiting list"),
        "enrol_action": Localized(lt: "Registruotis", en: "Enrol"),
        "all_courses": Localized(lt: "Visi kursai", en: "All courses"),
        "no_courses": Localized(lt: "Kursų dar nepaskelbta.", en: "No courses announced yet."),
        "your_name": Localized(lt: "Vardas ir pavardė", en: "Name"),
        "your_email": Localized(lt: "El. paštas", en: "E-mail"),
        "library": Localized(lt: "Biblioteka ar įstaiga", en: "Library or institution"),
        "consent_before": Localized(
            lt: "Sutinku, kad Nacionalinė biblioteka tvarkytų mano asmens duomenis registracijai į mokymus administruoti (",
            en: "I agree that the National Library processes my personal data to administer my enrolment ("),
        "privacy_notice": Localized(lt: "privatumo pranešimas", en: "privacy notice"),
        "consent_after": Localized(lt: ").", en: ")."),
        "send_enrolment": Localized(lt: "Registruotis", en: "Enrol"),
        "confirmation_mail": Localized(
            lt: "Patvirtinimą išsiųsime jūsų el. pašto adresu.", en: "We will send a confirmation to your e-mail address."),
        "cannot_come": Localized(lt: "Jei negalėsite dalyvauti:", en: "If you cannot come:"),
        "cancel_my_enrolment": Localized(lt: "atšaukti registraciją", en: "cancel the enrolment"),
        "cancel_question": Localized(lt: "Ar tikrai norite atšaukti šią registraciją?", en: "Do you really want to cancel this enrolment?"),
        "cancel_button": Localized(lt: "Atšaukti registraciją", en: "Cancel the enrolment"),
        "cancelled_done": Localized(lt: "Registracija atšaukta.", en: "The enrolment is cancelled."),
        "already_cancelled": Localized(lt: "Ši registracija jau atšaukta.", en: "This enrolment is already cancelled."),
        "enrolled_as": Localized(lt: "Užsiregistravęs asmuo", en: "Enrolled"),
        "certificate_valid": Localized(
            lt: "Šis pažymėjimas tikras: jį išdavė Lietuvos nacionalinė Martyno Mažvydo biblioteka.",
            en: "This certificate is genuine: it was issued by the Martynas Mažvydas National Library of Lithuania."),
        "holder": Localized(lt: "Kam išduotas", en: "Issued to"),
        "session_date": Localized(lt: "Mokymų data", en: "Date of the course"),
    ]

    static let certificateTitle = Localized(lt: "Pažymėjimo tikrinimas", en: "Certificate check")
    static let catalogueTitle = Localized(lt: "Mokymai bibliotekininkams", en: "Courses for librarians")
    static let enrolledTitle = Localized(lt: "Jūs užregistruoti", en: "You are enrolled")
    static let waitlistedTitle = Localized(lt: "Jūs laukiančiųjų sąraše", en: "You are on the waiting list")
    static let enrolTitle = Localized(lt: "Registracija į mokymus", en: "Enrolment")
    static let cancelTitle = Localized(lt: "Registracijos atšaukimas", en: "Cancelling an enrolment")
    static let online = Localized(lt: "Nuotoliu", en: "Online")
    static let needConsent = Localized(
        lt: "Pažymėkite, kad sutinkate su asmens duomenų tvarkymu.", en: "Tick that you agree to the processing of personal data.")
    static let alreadyEnrolled = Localized(
        lt: "Šiuo el. pašto adresu į šią sesiją jau užsiregistruota.", en: "This e-mail address is already enrolled in this session.")
    static let closed = Localized(
        lt: "Registracija į šią sesiją baigta.", en: "Enrolment for this session is closed.")
    static let unavailable = Localized(
        lt: "Registracija šiuo metu neveikia. Bandykite po kelių minučių.", en: "Enrolment is not working just now. Try again in a few minutes.")
    static let noSuchCourse = Localized(lt: "Tokio kurso nėra.", en: "There is no such course.")
    static let noSuchSession = Localized(
        lt: "Tokios sesijos nėra arba registracija į ją baigta.", en: "There is no such session, or its enrolment is closed.")
    static let badCancelLink = Localized(
        lt: "Ši atšaukimo nuoroda neteisinga arba registracijos nebėra. Patikrinkite nuorodą laiške.",
        en: "This cancel link is not valid, or the enrolment no longer exists. Check the link in the e-mail.")
    static let noSuchCertificate = Localized(
        lt: "Pažymėjimo su šiuo kodu nėra.", en: "No certificate has this code.")

    static func enrolledText(course: String, date: String) -> Localized {
        Localized(lt: "Jūs užregistruoti į mokymus „\(course)“, \(date).", en: "You are enrolled in “\(course)”, \(date).")
    }

    static func waitlistedText(position: Int) -> Localized {
        Localized(
            lt: "Vietų neliko: jūs įrašyti į laukiančiųjų sąrašą, eilės numeris \(position). Atsilaisvinus vietai, pranešime el. paštu.",
            en: "The session is full: you are on the waiting list, number \(position). When a place frees up, we will tell you by e-mail.")
    }
}
