import Foundation
import GatewayKit
import MessageSchema

/// The training part's words, in Lithuanian and English.
enum TrainingPageStrings {
    static let all: PageStrings = [
        "print": Localized(lt: "Spausdinti", en: "Print"),
        "courses_title": Localized(lt: "Mokymai", en: "Training"),
        "new_course": Localized(lt: "Naujas kursas", en: "New course"),
        "edit_course": Localized(lt: "Taisyti kursą", en: "Edit the course"),
        "course": Localized(lt: "Kursas", en: "Course"),
        "title_lt": Localized(lt: "Pavadinimas lietuviškai", en: "Title in Lithuanian"),
        "title_en": Localized(lt: "Pavadinimas angliškai (nebūtina)", en: "Title in English (optional)"),
        "description": Localized(lt: "Aprašymas (nebūtina)", en: "Description (optional)"),
        "topic": Localized(lt: "Tema", en: "Topic"),
        "all_topics": Localized(lt: "Visos temos", en: "All topics"),
        "search_courses": Localized(lt: "Ieškoti kursų", en: "Search courses"),
        "sessions": Localized(lt: "Sesijos", en: "Sessions"),
        "planned": Localized(lt: "Suplanuota", en: "Planned"),
        "completed": Localized(lt: "Įvyko", en: "Held"),
        "feedback_nps": Localized(lt: "Atsiliepimų NPS", en: "Feedback NPS"),
        "certificates": Localized(lt: "Pažymėjimai", en: "Certificates"),
        "certificates_csv": Localized(lt: "Pažymėjimai (CSV)", en: "Certificates (CSV)"),
        "enrolments_csv": Localized(lt: "Dalyviai (CSV)", en: "Participants (CSV)"),
        "all_certificates": Localized(lt: "Išduoti pažymėjimai", en: "Issued certificates"),
        "plan_session": Localized(lt: "Suplanuoti sesiją", en: "Plan a session"),
        "starts_at": Localized(lt: "Pradžia", en: "Starts"),
        "ends_at": Localized(lt: "Pabaiga", en: "Ends"),
        "when": Localized(lt: "Kada", en: "When"),
        "place": Localized(lt: "Vieta", en: "Place"),
        "place_kind": Localized(lt: "Kur vyksta", en: "Where"),
        "in_lithuania": Localized(lt: "Lietuvoje", en: "In Lithuania"),
        "online": Localized(lt: "Nuotoliu", en: "Online"),
        "city": Localized(lt: "Miestas", en: "City"),
        "address": Localized(lt: "Adresas (nebūtina)", en: "Address (optional)"),
        "url": Localized(lt: "Nuoroda (nuotolinei sesijai)", en: "Link (for an online session)"),
        "capacity": Localized(lt: "Vietų skaičius", en: "Places"),
        "trainer": Localized(lt: "Lektorius", en: "Trainer"),
        "status": Localized(lt: "Būsena", en: "Status"),
        "enrolled": Localized(lt: "Užsiregistravo", en: "Enrolled"),
        "waiting": Localized(lt: "Laukia", en: "Waiting"),
        "places_left": Localized(lt: "Laisvų vietų", en: "Places left"),
        "participants": Localized(lt: "Dalyviai", en: "Participants"),
        "waiting_list": Localized(lt: "Laukiančiųjų sąrašas", en: "Waiting list"),
        "cancelled_enrolments": Localized(lt: "Atšaukusieji registraciją", en: "Cancelled enrolments"),
        "position": Localized(lt: "Eilė", en: "Place in line"),
        "name": Localized(lt: "Vardas ir pavardė", en: "Name"),
        "institution": Localized(lt: "Įstaiga", en: "Institution"),
        "municipality": Localized(lt: "Savivaldybė", en: "Municipality"),
        "email": Localized(lt: "El. paštas", en: "E-mail"),
        "attendance": Localized(lt: "Lankomumas", en: "Attendance"),
        "mark_present": Localized(lt: "Dalyvavo", en: "Present"),
        "mark_absent": Localized(lt: "Nedalyvavo", en: "Absent"),
        "mark_excused": Localized(lt: "Pateisinta", en: "Excused"),
        "cancel_enrolment": Localized(lt: "Atšaukti registraciją", en: "Cancel the enrolment"),
        "cancel_enrolment_confirm": Localized(lt: "Atšaukti šio dalyvio registraciją?", en: "Cancel this person's enrolment?"),
        "enrol": Localized(lt: "Užregistruoti dalyvį", en: "Enrol a participant"),
        "complete_session": Localized(lt: "Pažymėti, kad įvyko, ir išduoti pažymėjimus", en: "Mark as held and issue certificates"),
        "complete_confirm": Localized(
            lt: "Pažymėti sesiją įvykusia? Dalyvavusiems bus išduoti pažymėjimai.",
            en: "Mark the session as held? Those present get certificates."),
        "cancel_session": Localized(lt: "Atšaukti sesiją", en: "Cancel the session"),
        "cancel_reason": Localized(lt: "Atšaukimo priežastis", en: "Reason for cancelling"),
        "cancel_session_confirm": Localized(lt: "Atšaukti sesiją?", en: "Cancel the session?"),
        "code": Localized(lt: "Patikros kodas", en: "Verification code"),
        "issued": Localized(lt: "Išduota", en: "Issued"),
        "hours": Localized(lt: "Trukmė", en: "Length"),
        "certificate_heading": Localized(lt: "Pažymėjimas", en: "Certificate"),
        "certificate_text": Localized(lt: "patvirtina, kad", en: "certifies that"),
        "certificate_completed": Localized(lt: "dalyvavo mokymuose", en: "took part in the training"),
        "verify_at": Localized(lt: "Pažymėjimo tikrumą galima patikrinti adresu", en: "The certificate can be verified at"),
        "feedback_survey": Localized(lt: "Atsiliepimų apklausa", en: "Feedback survey"),
        "back_to_course": Localized(lt: "Grįžti į kursą", en: "Back to the course"),
        "service_refused": Localized(lt: "Mokymų tarnyba atsakė:", en: "The training service answered:"),
        "home_training": Localized(lt: "Mokymai šiais metais", en: "Training this year"),
        "home_sessions_held": Localized(lt: "Įvykusių mokymų", en: "Sessions held"),
        "home_sessions_planned": Localized(lt: "Suplanuotų mokymų", en: "Sessions planned"),
        "home_participants": Localized(lt: "Dalyvavusiųjų", en: "Participants present"),
        "home_certificates": Localized(lt: "Išduotų pažymėjimų", en: "Certificates issued"),
        "report_training": Localized(lt: "Mokymai", en: "Training"),
        "report_sessions": Localized(lt: "Įvykusios sesijos", en: "Sessions held"),
        "report_by_municipality": Localized(lt: "Dalyviai pagal savivaldybes", en: "Participants by municipality"),
        "report_total": Localized(lt: "Iš viso", en: "Total"),
        "report_none": Localized(lt: "Šiais metais mokymų nebuvo.", en: "No training this year."),
        "none_sessions": Localized(lt: "Sesijų dar nėra.", en: "No sessions yet."),
    ]

    static func topic(_ topic: TrainingTopic) -> Localized {
        switch topic {
        case .publicRelations: Localized(lt: "Ryšiai su visuomene", en: "Public relations")
        case .mediaRelations: Localized(lt: "Ryšiai su žiniasklaida", en: "Media relations")
        case .socialCommunication: Localized(lt: "Socialinė komunikacija", en: "Social communication")
        case .marketing: Localized(lt: "Rinkodara", en: "Marketing")
        case .eventsAndExhibitions: Localized(lt: "Renginiai ir parodos", en: "Events and exhibitions")
        }
    }

    static func status(_ status: TrainingSessionStatus) -> Localized {
        switch status {
        case .planned: Localized(lt: "suplanuota", en: "planned")
        case .completed: Localized(lt: "įvyko", en: "held")
        case .cancelled: Localized(lt: "atšaukta", en: "cancelled")
        }
    }

    static func attendance(_ attendance: TrainingAttendance?) -> Localized {
        switch attendance {
        case .present: Localized(lt: "dalyvavo", en: "present")
        case .absent: Localized(lt: "nedalyvavo", en: "absent")
        case .excused: Localized(lt: "pateisinta", en: "excused")
        case nil: Localized(lt: "nepažymėta", en: "not marked")
        }
    }

    /// `6 val.` / `6 h`; a half hour as `1,5 val.`.
    static func hours(from start: Date, to end: Date, in language: Language) -> String {
        let hours = (end.timeIntervalSince(start) / 1800).rounded() / 2
        let number = hours == hours.rounded() ? String(Int(hours)) : String(format: "%.1f", hours)
        return language == .lt ? number.replacingOccurrences(of: ".", with: ",") + " val." : number + " h"
    }

    /// A figure to one decimal, with a decimal comma in Lithuanian; `—` for none.
    static func figure(_ value: Double?, in language: Language) -> String {
        guard let value else { return "—" }
        let rounded = (value * 10).rounded() / 10
        let text = rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.1f", rounded)
        return language == .lt ? text.replacingOccurrences(of: ".", with: ",") : text
    }

    static let needTitle = Localized(lt: "Įveskite kurso pavadinimą.", en: "Enter the course's title.")
    static let needTopic = Localized(lt: "Pasirinkite temą.", en: "Choose a topic.")
    static let badDate = Localized(lt: "Įveskite datą ir laiką (pvz. 2027-02-24 10:00).", en: "Enter a date and time (e.g. 2027-02-24 10:00).")
    static let endBeforeStart = Localized(lt: "Pabaiga turi būti vėliau nei pradžia.", en: "The end must be after the start.")
    static let needCity = Localized(lt: "Įveskite miestą.", en: "Enter the city.")
    static let needURL = Localized(lt: "Įveskite nuotolinės sesijos nuorodą (https://…).", en: "Enter the online session's link (https://…).")
    static let badCapacity = Localized(lt: "Vietų skaičius – sveikasis skaičius nuo 1 iki 1000.", en: "Places is a whole number from 1 to 1000.")
    static let needTrainer = Localized(lt: "Įveskite lektoriaus vardą ir pavardę.", en: "Enter the trainer's name.")
    static let needName = Localized(lt: "Įveskite vardą ir pavardę.", en: "Enter the name.")
    static let needInstitution = Localized(lt: "Įveskite įstaigą.", en: "Enter the institution.")
    static let needMunicipality = Localized(lt: "Pasirinkite savivaldybę iš sąrašo.", en: "Choose the municipality from the list.")
    static let chooseMunicipality = Localized(lt: "— pasirinkite savivaldybę —", en: "— choose the municipality —")
    static let badEmail = Localized(lt: "Įveskite el. pašto adresą, pvz. vardas@biblioteka.lt.", en: "Enter an e-mail address, e.g. name@library.lt.")
    static let noSuchCourse = Localized(lt: "Tokio kurso nėra.", en: "There is no such course.")
    static let noSuchSession = Localized(lt: "Tokios sesijos nėra.", en: "There is no such session.")
    static let noSuchCertificate = Localized(lt: "Tokio pažymėjimo nėra.", en: "There is no such certificate.")
}
