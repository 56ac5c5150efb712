import GatewayKit
import MessageSchema

/// Every word of the media-relations pages, in Lithuanian and English.
enum MediaRelationsPageStrings {
    static let all: PageStrings = [
        "media": Localized(lt: "Žiniasklaida", en: "Media"),
        "contacts": Localized(lt: "Kontaktai", en: "Contacts"),
        "contact": Localized(lt: "Kontaktas", en: "Contact"),
        "new_contact": Localized(lt: "Naujas kontaktas", en: "New contact"),
        "add_contact": Localized(lt: "Pridėti kontaktą", en: "Add the contact"),
        "edit_contact": Localized(lt: "Keisti kontaktą", en: "Edit the contact"),
        "kind": Localized(lt: "Rūšis", en: "Kind"),
        "all_kinds": Localized(lt: "Visos rūšys", en: "All kinds"),
        "name": Localized(lt: "Vardas, pavardė ar pavadinimas", en: "Name"),
        "organisation": Localized(lt: "Organizacija", en: "Organisation"),
        "topics": Localized(lt: "Temos", en: "Topics"),
        "topics_hint": Localized(lt: "Atskirkite kableliais: kultūra, bibliotekos.", en: "Separate with commas: culture, libraries."),
        "language": Localized(lt: "Kalba", en: "Language"),
        "email": Localized(lt: "El. paštas", en: "E-mail"),
        "phone": Localized(lt: "Telefonas", en: "Phone"),
        "notes": Localized(lt: "Pastabos", en: "Notes"),
        "search_contacts": Localized(lt: "Ieškoti kontaktų", en: "Search contacts"),
        "lists": Localized(lt: "Kontaktų sąrašai", en: "Contact lists"),
        "list": Localized(lt: "Sąrašas", en: "List"),
        "new_list": Localized(lt: "Naujas sąrašas", en: "New list"),
        "list_name": Localized(lt: "Sąrašo pavadinimas", en: "Name of the list"),
        "create_list": Localized(lt: "Sukurti sąrašą", en: "Create the list"),
        "members": Localized(lt: "Nariai", en: "Members"),
        "add_member": Localized(lt: "Įtraukti į sąrašą", en: "Add to the list"),
        "member_contact": Localized(lt: "Kontaktas", en: "Contact"),
        "member_count": Localized(lt: "Narių", en: "Members"),
        "no_rename": Localized(
            lt: "Pervadinti sąrašo kol kas negalima: žiniasklaidos tarnyba tokios komandos neturi.",
            en: "The list cannot be renamed yet: the media-relations service has no such command."),
        "remove_member": Localized(lt: "Išbraukti", en: "Remove"),
        "remove_member_confirm": Localized(lt: "Išbraukti šį kontaktą iš sąrašo?", en: "Remove this contact from the list?"),
        "actions": Localized(lt: "Veiksmai", en: "Actions"),
        "press_releases": Localized(lt: "Pranešimai spaudai", en: "Press releases"),
        "press_room_lead": Localized(
            lt: "Nacionalinės bibliotekos pranešimai žiniasklaidai, naujausi viršuje. Prenumeruokite:",
            en: "The National Library's releases for the media, newest first. Subscribe:"),
        "press_room_empty": Localized(lt: "Pranešimų spaudai dar nėra.", en: "No press releases yet."),
        "feed_rss": Localized(lt: "Pranešimai spaudai (RSS)", en: "Press releases (RSS)"),
        "feed_atom": Localized(lt: "Pranešimai spaudai (Atom)", en: "Press releases (Atom)"),
        "press_release": Localized(lt: "Pranešimas spaudai", en: "Press release"),
        "new_press_release": Localized(lt: "Naujas pranešimas spaudai", en: "New press release"),
        "write": Localized(lt: "Išsaugoti juodraštį", en: "Save the draft"),
        "edit_draft": Localized(lt: "Taisyti juodraštį", en: "Edit the draft"),
        "title_lt": Localized(lt: "Antraštė lietuviškai", en: "Title in Lithuanian"),
        "body_lt": Localized(lt: "Tekstas lietuviškai", en: "Text in Lithuanian"),
        "title_en": Localized(lt: "Antraštė angliškai", en: "Title in English"),
        "body_en": Localized(lt: "Tekstas angliškai", en: "Text in English"),
        "event_id": Localized(lt: "Susieto renginio identifikatorius", en: "Linked event id"),
        "campaign_id": Localized(lt: "Susietos kampanijos identifikatorius", en: "Linked campaign id"),
        "id_hint": Localized(
            lt: "Nebūtina; UUID iš renginio ar kampanijos puslapio adreso.", en: "Optional; the UUID from the event's or campaign's page address."),
        "approve": Localized(lt: "Patvirtinti", en: "Approve"),
        "distribute": Localized(lt: "Išplatinti", en: "Distribute"),
        "distribute_to": Localized(lt: "Kam išplatinti", en: "Distribute to"),
        "distributed_at": Localized(lt: "Išplatinta", en: "Distributed"),
        "distributed_by": Localized(lt: "Išplatino", en: "Distributed by"),
        "recipients": Localized(lt: "Gavėjų", en: "Recipients"),
        "left_out": Localized(lt: "Praleista (nekontaktuoti)", en: "Left out (do not contact)"),
        "status": Localized(lt: "Būsena", en: "Status"),
        "all_statuses": Localized(lt: "Visos būsenos", en: "All statuses"),
        "created": Localized(lt: "Sukurta", en: "Created"),
        "event": Localized(lt: "Renginys", en: "Event"),
        "campaign": Localized(lt: "Kampanija", en: "Campaign"),
        "visits": Localized(lt: "Žurnalistų vizitai", en: "Journalists' visits"),
        "request_visit": Localized(lt: "Užregistruoti vizitą", en: "Record a visit request"),
        "visit_date": Localized(lt: "Vizito laikas", en: "Time of the visit"),
        "journalist": Localized(lt: "Žurnalistas", en: "Journalist"),
        "purpose": Localized(lt: "Tikslas", en: "Purpose"),
        "host": Localized(lt: "Priima", en: "Host"),
        "cancel_reason": Localized(lt: "Atšaukimo priežastis", en: "Reason for cancelling"),
        "mentions": Localized(lt: "Paminėjimai", en: "Mentions"),
        "contacts_csv": Localized(lt: "Kontaktai (CSV)", en: "Contacts (CSV)"),
        "mentions_csv": Localized(lt: "Paminėjimai (CSV)", en: "Mentions (CSV)"),
        "do_not_contact": Localized(lt: "Nekontaktuoti", en: "Do not contact"),
        "do_not_contact_intro": Localized(
            lt: "Šiais adresais pranešimai spaudai nesiunčiami, net jei adresas yra sąraše.",
            en: "Press releases are never sent to these addresses, even when they are on a list."),
        "do_not_contact_add": Localized(lt: "Įtraukti adresą", en: "Add an address"),
        "on_do_not_contact": Localized(
            lt: "Šis adresas yra sąraše „Nekontaktuoti“: pranešimai spaudai juo nesiunčiami.",
            en: "This address is on the do-not-contact list: press releases are not sent to it."),
        "reason": Localized(lt: "Priežastis", en: "Reason"),
        "added_at": Localized(lt: "Įtrauktas", en: "Added"),
        "added_by": Localized(lt: "Įtraukė", en: "Added by"),
        "by_the_person": Localized(lt: "pats asmuo", en: "the person"),
        "address_count": Localized(lt: "Adresų", en: "Addresses"),
        "unsubscribe_title": Localized(lt: "Atsisakyti pranešimų spaudai", en: "Unsubscribe from press releases"),
        "unsubscribe_text": Localized(
            lt: "Paspaudę mygtuką nebegausite Lietuvos nacionalinės Martyno Mažvydo bibliotekos pranešimų spaudai adresu",
            en: "Press the button and the National Library of Lithuania will send no more press releases to"),
        "unsubscribe_button": Localized(lt: "Atsisakyti", en: "Unsubscribe"),
        "unsubscribed_title": Localized(lt: "Prenumeratos atsisakyta", en: "Unsubscribed"),
        "unsubscribed_text": Localized(
            lt: "Daugiau pranešimų spaudai negausite adresu",
            en: "You will get no more press releases at"),
        "mention": Localized(lt: "Paminėjimas", en: "Mention"),
        "record_mention": Localized(lt: "Užregistruoti paminėjimą", en: "Record a mention"),
        "url": Localized(lt: "Adresas (URL)", en: "Address (URL)"),
        "outlet": Localized(lt: "Leidinys ar portalas", en: "Outlet"),
        "published_at": Localized(lt: "Paskelbta", en: "Published"),
        "title": Localized(lt: "Antraštė", en: "Title"),
        "excerpt": Localized(lt: "Ištrauka", en: "Excerpt"),
        "reach": Localized(lt: "Auditorija", en: "Reach"),
        "sentiment": Localized(lt: "Tonas", en: "Sentiment"),
        "all_sentiments": Localized(lt: "Visi tonai", en: "All sentiments"),
        "import": Localized(lt: "Importuoti failą", en: "Import a file"),
        "import_file": Localized(lt: "CSV, RSS ar Atom failas", en: "A CSV, RSS or Atom file"),
        "import_format": Localized(lt: "Failo formatas", en: "File format"),
        "format_auto": Localized(lt: "Atpažinti pagal failą", en: "Recognise from the file"),
        "import_hint": Localized(
            lt: "CSV stulpeliai: url, outlet, publishedAt, title, excerpt, language, reach, sentiment.",
            en: "CSV columns: url, outlet, publishedAt, title, excerpt, language, reach, sentiment."),
        "imported": Localized(lt: "Importuota", en: "Imported"),
        "duplicates": Localized(lt: "Jau buvo", en: "Already known"),
        "import_errors": Localized(lt: "Klaidos", en: "Errors"),
        "line": Localized(lt: "Eilutė", en: "Line"),
        "item": Localized(lt: "Įrašas", en: "Item"),
        "link": Localized(lt: "Susieti", en: "Link"),
        "link_mention": Localized(lt: "Susieti su renginiu ar kampanija", en: "Link to an event or a campaign"),
        "links_hint": Localized(lt: "Palikite tuščią, kad atsietumėte.", en: "Leave empty to unlink."),
        "correct_mention": Localized(lt: "Pataisyti toną ir auditoriją", en: "Correct the sentiment and reach"),
        "correct": Localized(lt: "Pataisyti", en: "Correct"),
        "reach_hint": Localized(lt: "Sveikasis skaičius, 0 – nežinoma.", en: "A whole number; 0 when unknown."),
        "coverage_per_week": Localized(lt: "Paminėjimai per savaitę", en: "Mentions per week"),
        "share_by_outlet": Localized(lt: "Paminėjimai pagal leidinį", en: "Mentions by outlet"),
        "from": Localized(lt: "Nuo", en: "From"),
        "to": Localized(lt: "Iki", en: "To"),
        "search_mentions": Localized(lt: "Ieškoti paminėjimuose", en: "Search the mentions"),
        "awaiting_approval": Localized(lt: "Pranešimai spaudai, laukiantys patvirtinimo", en: "Press releases awaiting approval"),
        "mentions_this_year": Localized(lt: "Šių metų paminėjimai per savaitę", en: "This year's mentions per week"),
        "report_media": Localized(lt: "Ryšiai su žiniasklaida", en: "Media relations"),
        "positive": Localized(lt: "Teigiami", en: "Positive"),
        "neutral": Localized(lt: "Neutralūs", en: "Neutral"),
        "negative": Localized(lt: "Neigiami", en: "Negative"),
        "total": Localized(lt: "Iš viso", en: "Total"),
        "found": Localized(lt: "Rasta", en: "Found"),
        "overview": Localized(lt: "Apžvalga", en: "Overview"),
        "week": Localized(lt: "Savaitė", en: "Week"),
    ]

    static func kind(_ kind: ContactKind) -> Localized {
        switch kind {
        case .mediaOutlet: Localized(lt: "žiniasklaidos priemonė", en: "media outlet")
        case .journalist: Localized(lt: "žurnalistas", en: "journalist")
        case .archive: Localized(lt: "archyvas", en: "archive")
        case .museum: Localized(lt: "muziejus", en: "museum")
        case .creativeAssociation: Localized(lt: "kūrybinė asociacija", en: "creative association")
        case .partnerInstitution: Localized(lt: "partnerė institucija", en: "partner institution")
        case .other: Localized(lt: "kita", en: "other")
        }
    }

    static func reason(_ reason: DoNotContactReason) -> Localized {
        switch reason {
        case .unsubscribed: Localized(lt: "atsisakė nuoroda laiške", en: "unsubscribed by the link")
        case .staff: Localized(lt: "įtraukė darbuotojas", en: "added by staff")
        }
    }

    static func status(_ status: PressReleaseStatus) -> Localized {
        switch status {
        case .draft: Localized(lt: "juodraštis", en: "draft")
        case .approved: Localized(lt: "patvirtintas", en: "approved")
        case .distributed: Localized(lt: "išplatintas", en: "distributed")
        }
    }

    static func status(_ status: VisitStatus) -> Localized {
        switch status {
        case .requested: Localized(lt: "prašomas", en: "requested")
        case .confirmed: Localized(lt: "patvirtintas", en: "confirmed")
        case .held: Localized(lt: "įvykęs", en: "held")
        case .cancelled: Localized(lt: "atšauktas", en: "cancelled")
        }
    }

    static func transition(_ status: VisitStatus) -> Localized {
        switch status {
        case .requested: Localized(lt: "Grąžinti", en: "Back")
        case .confirmed: Localized(lt: "Patvirtinti", en: "Confirm")
        case .held: Localized(lt: "Pažymėti įvykusiu", en: "Mark as held")
        case .cancelled: Localized(lt: "Atšaukti", en: "Cancel")
        }
    }

    static func sentiment(_ sentiment: Sentiment) -> Localized {
        switch sentiment {
        case .positive: Localized(lt: "teigiamas", en: "positive")
        case .neutral: Localized(lt: "neutralus", en: "neutral")
        case .negative: Localized(lt: "neigiamas", en: "negative")
        }
    }

    static let required = Localized(lt: "Užpildykite šį lauką.", en: "Fill in this field.")
    static let notAnEmail = Localized(lt: "Įveskite el. pašto adresą, pvz., vardas@example.lt.", en: "Enter an e-mail address, e.g. name@example.lt.")
    static let notAnId = Localized(lt: "Įveskite identifikatorių (UUID) arba palikite tuščią.", en: "Enter an id (a UUID) or leave it empty.")
    static let notATime = Localized(lt: "Įveskite datą ir laiką.", en: "Enter a date and time.")
    static let notAUrl = Localized(
        lt: "Įveskite adresą, prasidedantį http:// arba https://.", en: "Enter an address starting with http:// or https://.")
    static let notAReach = Localized(lt: "Įveskite sveikąjį neneigiamą skaičių.", en: "Enter a whole number, zero or more.")
    static let chooseContact = Localized(lt: "Pasirinkite kontaktą.", en: "Choose a contact.")
    static let chooseSentiment = Localized(lt: "Pasirinkite toną.", en: "Choose a sentiment.")
    static let chooseList = Localized(lt: "Pasirinkite sąrašą.", en: "Choose a list.")
    static let noFile = Localized(lt: "Pasirinkite failą.", en: "Choose a file.")
    static let notText = Localized(lt: "Failas turi būti UTF-8 tekstas (CSV, RSS ar Atom).", en: "The file must be UTF-8 text (CSV, RSS or Atom).")
}
