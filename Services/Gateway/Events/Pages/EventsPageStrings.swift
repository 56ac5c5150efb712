import GatewayKit
import MessageSchema

/// The events part's words.
enum EventsPageStrings {
    static let all: PageStrings = [
        "events": Localized(lt: "Renginiai", en: "Events"),
        "new_event": Localized(lt: "Siūlyti renginį", en: "Propose an event"),
        "calendar": Localized(lt: "Kalendorius", en: "Calendar"),
        "plan": Localized(lt: "Metų planas", en: "Annual plan"),
        "demand": Localized(lt: "Paklausa", en: "Demand"),
        "title": Localized(lt: "Pavadinimas", en: "Title"),
        "title_lt": Localized(lt: "Pavadinimas lietuviškai", en: "Title in Lithuanian"),
        "title_en": Localized(lt: "Pavadinimas angliškai", en: "Title in English"),
        "description_lt": Localized(lt: "Aprašymas lietuviškai", en: "Description in Lithuanian"),
        "description_en": Localized(lt: "Aprašymas angliškai", en: "Description in English"),
        "type": Localized(lt: "Rūšis", en: "Type"),
        "status": Localized(lt: "Būsena", en: "Status"),
        "when": Localized(lt: "Laikas", en: "When"),
        "starts_at": Localized(lt: "Pradžia", en: "Starts"),
        "ends_at": Localized(lt: "Pabaiga", en: "Ends"),
        "venue": Localized(lt: "Vieta", en: "Venue"),
        "venue_kind": Localized(lt: "Vietos rūšis", en: "Kind of venue"),
        "hall": Localized(lt: "Salė", en: "Hall"),
        "hall_hint": Localized(
            lt: "Pasirinkite salę iš sąrašo arba įrašykite kitą. „Tikrinti salę“ parodo, ar ji tuo metu laisva.",
            en: "Pick a hall from the list or type another. “Check the hall” shows whether it is free then."),
        "check_hall": Localized(lt: "Tikrinti salę", en: "Check the hall"),
        "hall_free": Localized(lt: "Salė tuo metu laisva.", en: "The hall is free then."),
        "city": Localized(lt: "Miestas", en: "City"),
        "address": Localized(lt: "Adresas", en: "Address"),
        "country": Localized(lt: "Šalis", en: "Country"),
        "organising_unit": Localized(lt: "Organizuojantis padalinys", en: "Organising unit"),
        "capacity": Localized(lt: "Vietų skaičius", en: "Places"),
        "capacity_hint": Localized(lt: "Palikite tuščią, jei registracijos nereikia.", en: "Leave empty when no registration is needed."),
        "registrations": Localized(lt: "Registracijos", en: "Registrations"),
        "registrations_csv": Localized(lt: "Registracijos (CSV)", en: "Registrations (CSV)"),
        "attendance_csv": Localized(lt: "Lankomumas (CSV)", en: "Attendance (CSV)"),
        "plan_csv": Localized(lt: "Planas (CSV)", en: "Plan (CSV)"),
        "waiting_list": Localized(lt: "Laukiančiųjų sąrašas", en: "Waiting list"),
        "fill_rate": Localized(lt: "Užpildymas", en: "Fill rate"),
        "places_left": Localized(lt: "Laisvų vietų", en: "Places left"),
        "register": Localized(lt: "Registruoti", en: "Register"),
        "register_person": Localized(lt: "Registruoti dalyvį", en: "Register a participant"),
        "name": Localized(lt: "Vardas ir pavardė", en: "Name"),
        "email": Localized(lt: "El. paštas", en: "E-mail"),
        "organisation": Localized(lt: "Organizacija", en: "Organisation"),
        "position": Localized(lt: "Eilė", en: "Position"),
        "registered_at": Localized(lt: "Užsiregistravo", en: "Registered"),
        "check_in": Localized(lt: "Dalyvių žymėjimas", en: "Check-in"),
        "check_in_hint": Localized(lt: "Spustelėkite, kai dalyvis atvyko.", en: "Click when the participant has arrived."),
        "arrived": Localized(lt: "Atvyko", en: "Arrived"),
        "did_not_come": Localized(lt: "Neatvyko", en: "Did not come"),
        "attended": Localized(lt: "Dalyvavo", en: "Attended"),
        "cancel_registration": Localized(lt: "Atšaukti registraciją", en: "Cancel the registration"),
        "feedback": Localized(lt: "Atsiliepimai", en: "Feedback"),
        "responses": Localized(lt: "Atsakymų", en: "Responses"),
        "satisfaction": Localized(lt: "Pasitenkinimas", en: "Satisfaction"),
        "edit": Localized(lt: "Redaguoti", en: "Edit"),
        "save_event": Localized(lt: "Išsaugoti", en: "Save"),
        "propose": Localized(lt: "Siūlyti", en: "Propose"),
        "approved_by": Localized(lt: "Patvirtino Renginių taryba", en: "Approved in the Events Council"),
        "reason": Localized(lt: "Priežastis", en: "Reason"),
        "cancel_reason_hint": Localized(lt: "Kodėl renginys atšaukiamas.", en: "Why the event is cancelled."),
        "all_types": Localized(lt: "Visos rūšys", en: "All types"),
        "all_statuses": Localized(lt: "Visos būsenos", en: "All statuses"),
        "search_events": Localized(lt: "Ieškoti renginių", en: "Search events"),
        "found": Localized(lt: "Rasta", en: "Found"),
        "previous_month": Localized(lt: "Ankstesnis mėnuo", en: "Previous month"),
        "next_month": Localized(lt: "Kitas mėnuo", en: "Next month"),
        "quarter": Localized(lt: "Ketvirtis", en: "Quarter"),
        "planned": Localized(lt: "Planuota", en: "Planned"),
        "held": Localized(lt: "Įvyko", en: "Held"),
        "executed": Localized(lt: "Įvykdyta", en: "Executed"),
        "plan_item": Localized(lt: "Plano punktas", en: "Plan item"),
        "events_of_item": Localized(lt: "Renginiai", en: "Events"),
        "this_week": Localized(lt: "Šios savaitės renginiai", en: "This week's events"),
        "awaiting_council": Localized(lt: "Laukia Renginių tarybos", en: "Awaiting the Events Council"),
        "full_alerts": Localized(lt: "Pilni renginiai su ilgu laukiančiųjų sąrašu", en: "Full events with long waiting lists"),
        "year_events": Localized(lt: "Renginiai per metus: planuota ir įvyko", en: "Events this year: planned and held"),
        "registrations_total": Localized(lt: "Registracijų", en: "Registrations"),
        "by_type": Localized(lt: "Pagal rūšį", en: "By type"),
        "by_month": Localized(lt: "Pagal mėnesį", en: "By month"),
        "accepted": Localized(lt: "Priimta", en: "Accepted"),
        "waitlisted": Localized(lt: "Laukia", en: "Waiting"),
        "events_count": Localized(lt: "Renginių", en: "Events"),
        "report_events": Localized(lt: "Renginiai", en: "Events"),
        "attendance": Localized(lt: "Lankomumas", en: "Attendance"),
        "no_registrations": Localized(lt: "Registracijų dar nėra.", en: "No registrations yet."),
        "action_failed": Localized(lt: "Veiksmas neatliktas", en: "Not done"),
        "cancel_event_confirm": Localized(lt: "Atšaukti šį renginį?", en: "Cancel this event?"),
    ]

    static func type(_ type: EventType) -> Localized {
        switch type {
        case .exhibition: Localized(lt: "Paroda", en: "Exhibition")
        case .bookPresentation: Localized(lt: "Knygos pristatymas", en: "Book presentation")
        case .conference: Localized(lt: "Konferencija", en: "Conference")
        case .pressConference: Localized(lt: "Spaudos konferencija", en: "Press conference")
        case .liveBroadcast: Localized(lt: "Tiesioginė transliacija", en: "Live broadcast")
        case .educationalAction: Localized(lt: "Edukacinė veikla", en: "Educational action")
        case .fairParticipation: Localized(lt: "Dalyvavimas mugėje", en: "Fair participation")
        case .other: Localized(lt: "Kita", en: "Other")
        }
    }

    static func status(_ status: EventStatus) -> Localized {
        switch status {
        case .proposed: Localized(lt: "Pasiūlytas", en: "Proposed")
        case .approved: Localized(lt: "Patvirtintas", en: "Approved")
        case .scheduled: Localized(lt: "Suplanuotas", en: "Scheduled")
        case .held: Localized(lt: "Įvyko", en: "Held")
        case .cancelled: Localized(lt: "Atšauktas", en: "Cancelled")
        }
    }

    /// The button that moves an event to `status`.
    static func transition(_ status: EventStatus) -> Localized {
        switch status {
        case .proposed: Localized(lt: "Grąžinti", en: "Return")
        case .approved: Localized(lt: "Patvirtinti (Renginių taryba)", en: "Approve (Events Council)")
        case .scheduled: Localized(lt: "Skelbti (suplanuoti)", en: "Schedule")
        case .held: Localized(lt: "Pažymėti, kad įvyko", en: "Mark as held")
        case .cancelled: Localized(lt: "Atšaukti renginį", en: "Cancel the event")
        }
    }

    static func venueKind(_ kind: Venue.Kind) -> Localized {
        switch kind {
        case .libraryHall: Localized(lt: "Bibliotekos salė", en: "A library hall")
        case .lithuania: Localized(lt: "Kitur Lietuvoje", en: "Elsewhere in Lithuania")
        case .abroad: Localized(lt: "Užsienyje", en: "Abroad")
        }
    }

    static func quarter(_ quarter: Int) -> Localized {
        let roman = ["I", "II", "III", "IV"][max(0, min(3, quarter - 1))]
        return Localized(lt: "\(roman) ketv.", en: "Q\(quarter)")
    }
}
