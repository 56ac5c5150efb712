import GatewayKit

/// The words of the public's event pages (`public-*.mustache`, `cancel-registration`, `privacy`).
enum PublicEventsPageStrings {
    static let all: PageStrings = [
        "pub_intro": Localized(
            lt: "Artimiausi Lietuvos nacionalinės Martyno Mažvydo bibliotekos renginiai. Dalyvauti nemokama.",
            en: "Upcoming events of the Martynas Mažvydas National Library of Lithuania. Taking part is free."),
        "pub_type": Localized(lt: "Rūšis", en: "Type"),
        "pub_place": Localized(lt: "Vieta", en: "Place"),
        "pub_show": Localized(lt: "Rodyti", en: "Show"),
        "pub_all": Localized(lt: "Rodyti visus", en: "Show all"),
        "pub_no_events": Localized(lt: "Artimiausiu metu renginių nėra.", en: "No events coming up."),
        "pub_no_match": Localized(lt: "Pagal pasirinktus filtrus renginių nėra.", en: "No events match the chosen filters."),
        "pub_feed": Localized(lt: "Prenumeruoti kalendorių (.ics)", en: "Subscribe to the calendar (.ics)"),
        "pub_when": Localized(lt: "Laikas", en: "When"),
        "pub_where": Localized(lt: "Vieta", en: "Where"),
        "pub_places": Localized(lt: "Vietos", en: "Places"),
        "pub_add_to_calendar": Localized(lt: "Įsidėti į savo kalendorių (.ics)", en: "Add to your calendar (.ics)"),
        "pub_back_to_calendar": Localized(lt: "Visi renginiai", en: "All events"),
        "pub_registration": Localized(lt: "Registracija", en: "Registration"),
        "pub_full_notice": Localized(
            lt: "Visos vietos užimtos. Užsiregistravę būsite įrašyti į laukiančiųjų sąrašą ir gausite laišką, kai atsiras vieta.",
            en: "All places are taken. If you register, you join the waiting list and get an e-mail when a place frees up."),
        "pub_consent": Localized(
            lt: "Sutinku, kad mano asmens duomenys (vardas, pavardė, el. paštas, organizacija) būtų tvarkomi registracijos į renginį tikslu.",
            en: "I agree to the processing of my personal data (name, e-mail, organisation) for registering for the event."),
        "pub_privacy_link": Localized(lt: "Privatumo pranešimas", en: "Privacy notice"),
        "pub_register": Localized(lt: "Registruotis", en: "Register"),
        "pub_cancelled": Localized(lt: "Renginys atšauktas.", en: "The event is cancelled."),
        "pub_registered": Localized(
            lt: "Registracija priimta – jūsų vieta renginyje užtikrinta.", en: "Your registration is accepted – your place is reserved."),
        "pub_waiting": Localized(
            lt: "Visos vietos užimtos, todėl esate laukiančiųjų sąraše.", en: "All places are taken, so you are on the waiting list."),
        "pub_position": Localized(lt: "Jūsų eilės numeris", en: "Your number on the waiting list"),
        "pub_mail_sent": Localized(lt: "Patvirtinimą išsiuntėme adresu", en: "We sent a confirmation to"),
        "pub_mail_cancel": Localized(
            lt: "Laiške yra nuoroda, kuria galėsite registraciją atšaukti.", en: "The e-mail has a link to cancel the registration."),
        "pub_cancel_question": Localized(lt: "Ar tikrai norite atšaukti šią registraciją?", en: "Do you really want to cancel this registration?"),
        "pub_registration_of": Localized(lt: "Registracija", en: "Registration of"),
        "pub_cancel_button": Localized(lt: "Atšaukti registraciją", en: "Cancel the registration"),
        "pub_cancel_done": Localized(
            lt: "Registracija atšaukta. Ačiū, kad pranešėte – vieta atiteks kitam.",
            en: "The registration is cancelled. Thank you for letting us know – the place goes to someone else."),
        "pub_on_waiting_list": Localized(lt: "laukiančiųjų sąraše, eilės numeris", en: "on the waiting list, number"),
    ]
}
