import GatewayKit
import MessageSchema

/// Every word of the campaigns part's pages, in Lithuanian and English.
enum CampaignsPageStrings {
    static let all: PageStrings = [
        "campaigns": Localized(lt: "Kampanijos", en: "Campaigns"),
        "print": Localized(lt: "Spausdinti", en: "Print"),
        "campaign": Localized(lt: "Kampanija", en: "Campaign"),
        "new_campaign": Localized(lt: "Nauja kampanija", en: "New campaign"),
        "edit_campaign": Localized(lt: "Redaguoti kampaniją", en: "Edit campaign"),
        "edit": Localized(lt: "Redaguoti", en: "Edit"),
        "create": Localized(lt: "Sukurti", en: "Create"),
        "name_lt": Localized(lt: "Pavadinimas lietuviškai", en: "Name in Lithuanian"),
        "name_en": Localized(lt: "Pavadinimas angliškai", en: "Name in English"),
        "name": Localized(lt: "Pavadinimas", en: "Name"),
        "goal": Localized(lt: "Tikslas", en: "Goal"),
        "audience": Localized(lt: "Tikslinė auditorija", en: "Audience"),
        "period": Localized(lt: "Laikotarpis", en: "Period"),
        "starts_on": Localized(lt: "Pradžia", en: "Starts"),
        "ends_on": Localized(lt: "Pabaiga", en: "Ends"),
        "status": Localized(lt: "Būsena", en: "Status"),
        "year": Localized(lt: "Metai", en: "Year"),
        "all": Localized(lt: "Visi", en: "All"),
        "all_statuses": Localized(lt: "Visos būsenos", en: "All statuses"),
        "search_campaigns": Localized(lt: "Ieškoti kampanijų", en: "Search campaigns"),
        "budget": Localized(lt: "Biudžetas", en: "Budget"),
        "budget_planned": Localized(lt: "Planuotas biudžetas, €", en: "Planned budget, €"),
        "budget_spent": Localized(lt: "Išleista, €", en: "Spent, €"),
        "over_budget": Localized(lt: "Viršytas biudžetas", en: "Over budget"),
        "channels": Localized(lt: "Kanalai", en: "Channels"),
        "partners": Localized(lt: "Partneriai", en: "Partners"),
        "partners_hint": Localized(
            lt: "Po vieną eilutėje; partneriai daro kampaniją bendra.", en: "One per line; partners make it a joint campaign."),
        "joint": Localized(lt: "Bendra kampanija", en: "Joint campaign"),
        "objective": Localized(lt: "Rinkodaros plano tikslas", en: "Marketing plan objective"),
        "no_objective": Localized(lt: "— be tikslo —", en: "— no objective —"),
        "kpis": Localized(lt: "Rodikliai", en: "Key figures"),
        "kpi": Localized(lt: "Rodiklis", en: "Figure"),
        "target": Localized(lt: "Planas", en: "Target"),
        "actual": Localized(lt: "Faktas", en: "Actual"),
        "kpi_registrations": Localized(lt: "Registracijos į susietus renginius", en: "Registrations for linked events"),
        "kpi_waitlisted": Localized(lt: "Laukiančiųjų sąraše", en: "On waiting lists"),
        "kpi_mentions": Localized(lt: "Paminėjimai žiniasklaidoje", en: "Media mentions"),
        "kpi_reach": Localized(lt: "Paminėjimų auditorija", en: "Reach of the mentions"),
        "kpi_responses": Localized(lt: "Apklausų atsakymai", en: "Survey responses"),
        "kpi_nps": Localized(lt: "NPS", en: "NPS"),
        "kpi_satisfaction": Localized(lt: "Pasitenkinimas", en: "Satisfaction"),
        "kpi_targets_note": Localized(
            lt: "Rodiklių planinių reikšmių kampanijų tarnyba dar nesaugo; planas lyginamas tik biudžetui.",
            en: "The campaigns service keeps no targets for the figures yet; only the budget has a plan to compare."),
        "linked_events": Localized(lt: "Susieti renginiai", en: "Linked events"),
        "linked_surveys": Localized(lt: "Susietos apklausos", en: "Linked surveys"),
        "event": Localized(lt: "Renginys", en: "Event"),
        "survey": Localized(lt: "Apklausa", en: "Survey"),
        "link_event": Localized(lt: "Susieti renginį", en: "Link an event"),
        "event_id": Localized(lt: "Renginio identifikatorius", en: "Event id"),
        "unlink": Localized(lt: "Atsieti", en: "Unlink"),
        "lifecycle": Localized(lt: "Eiga", en: "Lifecycle"),
        "transition_cancel": Localized(lt: "Atšaukti kampaniją", en: "Cancel the campaign"),
        "cancel_reason": Localized(lt: "Atšaukimo priežastis", en: "Reason for cancelling"),
        "cancelled_because": Localized(lt: "Atšaukta, nes", en: "Cancelled because"),
        "last_change": Localized(lt: "Paskutinis pakeitimas", en: "Last change"),
        "created": Localized(lt: "Sukurta", en: "Created"),
        "plan": Localized(lt: "Rinkodaros planas", en: "Marketing plan"),
        "plan_of_year": Localized(lt: "Metų rinkodaros planas", en: "Marketing plan of the year"),
        "objectives": Localized(lt: "Tikslai", en: "Objectives"),
        "add_objective": Localized(lt: "Pridėti tikslą", en: "Add an objective"),
        "objective_title": Localized(lt: "Tikslo pavadinimas", en: "Objective title"),
        "description": Localized(lt: "Aprašymas", en: "Description"),
        "other_campaigns": Localized(lt: "Kampanijos be plano tikslo", en: "Campaigns serving no objective"),
        "planned": Localized(lt: "Suplanuota", en: "Planned"),
        "completed": Localized(lt: "Įvykdyta", en: "Completed"),
        "cancelled": Localized(lt: "Atšaukta", en: "Cancelled"),
        "totals": Localized(lt: "Iš viso", en: "Totals"),
        "previous_year": Localized(lt: "Ankstesni metai", en: "Previous year"),
        "next_year": Localized(lt: "Kiti metai", en: "Next year"),
        "content_calendar": Localized(lt: "Turinio kalendorius", en: "Content calendar"),
        "previous_month": Localized(lt: "Ankstesnis mėnuo", en: "Previous month"),
        "next_month": Localized(lt: "Kitas mėnuo", en: "Next month"),
        "running_campaigns": Localized(lt: "Šį mėnesį vykstančios kampanijos", en: "Campaigns running this month"),
        "submissions": Localized(lt: "Pateikimai", en: "Submissions"),
        "submission": Localized(lt: "Pateikimas", en: "Submission"),
        "my_submissions": Localized(lt: "Mano pateikimai", en: "My submissions"),
        "review_queue": Localized(lt: "Laukia peržiūros", en: "Waiting for review"),
        "all_submissions": Localized(lt: "Visi pateikimai", en: "All submissions"),
        "file_submission": Localized(lt: "Pateikti informaciją", en: "File a submission"),
        "file": Localized(lt: "Pateikti", en: "Submit"),
        "unit": Localized(lt: "Padalinys", en: "Unit"),
        "title_field": Localized(lt: "Antraštė", en: "Title"),
        "text": Localized(lt: "Tekstas", en: "Text"),
        "wished_channel": Localized(lt: "Pageidaujamas kanalas", en: "Wished channel"),
        "wished_date": Localized(lt: "Pageidaujama data", en: "Wished date"),
        "filed_by": Localized(lt: "Pateikė", en: "Filed by"),
        "reviewed_by": Localized(lt: "Įvertino", en: "Reviewed by"),
        "filed_at": Localized(lt: "Pateikta", en: "Filed"),
        "review": Localized(lt: "Peržiūra", en: "Review"),
        "review_comment": Localized(lt: "Peržiūros komentaras", en: "Review comment"),
        "approve": Localized(lt: "Patvirtinti", en: "Approve"),
        "reject": Localized(lt: "Atmesti", en: "Reject"),
        "request_changes": Localized(lt: "Prašyti pataisyti", en: "Ask for changes"),
        "reason": Localized(lt: "Priežastis", en: "Reason"),
        "what_to_change": Localized(lt: "Ką pataisyti", en: "What to change"),
        "comment_optional": Localized(lt: "Komentaras (nebūtinas)", en: "Comment (optional)"),
        "resubmissions": Localized(lt: "Pateikta pakartotinai", en: "Resubmitted"),
        "resubmit": Localized(lt: "Pateikti pataisytą", en: "Resubmit the corrected version"),
        "schedule": Localized(lt: "Suplanuoti paskelbimą", en: "Schedule publication"),
        "scheduled_on": Localized(lt: "Paskelbimo data", en: "Publication date"),
        "channel": Localized(lt: "Kanalas", en: "Channel"),
        "publish": Localized(lt: "Pažymėti paskelbtu", en: "Mark as published"),
        "published_at": Localized(lt: "Paskelbta", en: "Published"),
        "to_review": Localized(lt: "Pateikimai, laukiantys peržiūros", en: "Submissions to review"),
        "to_review_count": Localized(lt: "Laukia peržiūros", en: "Waiting for review"),
        "campaign_alerts": Localized(lt: "Kampanijų įspėjimai", en: "Campaign alerts"),
        "report_campaigns": Localized(lt: "Kampanijos ir jų rodikliai", en: "Campaigns and their figures"),
        "search_kind": Localized(lt: "Kampanijos", en: "Campaigns"),
        "found": Localized(lt: "Rasta", en: "Found"),
        "no_submissions": Localized(lt: "Pateikimų nėra.", en: "No submissions."),
        "plan_link": Localized(lt: "Metų planas", en: "Year's plan"),
        "events_total": Localized(lt: "Susieta renginių", en: "Linked events"),
    ]

    static func status(_ status: CampaignStatus) -> Localized {
        switch status {
        case .draft: Localized(lt: "juodraštis", en: "draft")
        case .approved: Localized(lt: "patvirtinta", en: "approved")
        case .running: Localized(lt: "vykdoma", en: "running")
        case .completed: Localized(lt: "įvykdyta", en: "completed")
        case .cancelled: Localized(lt: "atšaukta", en: "cancelled")
        }
    }

    /// The button that moves a campaign to `status`.
    static func transition(_ status: CampaignStatus) -> Localized {
        switch status {
        case .draft: Localized(lt: "Grąžinti į juodraštį", en: "Back to draft")
        case .approved: Localized(lt: "Patvirtinti", en: "Approve")
        case .running: Localized(lt: "Pradėti vykdyti", en: "Start")
        case .completed: Localized(lt: "Užbaigti", en: "Complete")
        case .cancelled: Localized(lt: "Atšaukti kampaniją", en: "Cancel the campaign")
        }
    }

    static func status(_ status: SubmissionStatus) -> Localized {
        switch status {
        case .submitted: Localized(lt: "pateikta", en: "submitted")
        case .changesRequested: Localized(lt: "prašoma pataisyti", en: "changes requested")
        case .approved: Localized(lt: "patvirtinta", en: "approved")
        case .rejected: Localized(lt: "atmesta", en: "rejected")
        case .scheduled: Localized(lt: "suplanuota", en: "scheduled")
        case .published: Localized(lt: "paskelbta", en: "published")
        }
    }

    static func channel(_ channel: Channel) -> Localized {
        switch channel {
        case .websiteNews: Localized(lt: "svetainės naujienos", en: "website news")
        case .socialMedia: Localized(lt: "socialiniai tinklai", en: "social media")
        case .press: Localized(lt: "spauda", en: "press")
        case .radioTV: Localized(lt: "radijas ir televizija", en: "radio and TV")
        case .print: Localized(lt: "spaudiniai", en: "print")
        case .outdoor: Localized(lt: "lauko reklama", en: "outdoor")
        case .newsletter: Localized(lt: "naujienlaiškis", en: "newsletter")
        }
    }

    static let weekdays: [Localized] = [
        Localized(lt: "Pirm.", en: "Mon"), Localized(lt: "Antr.", en: "Tue"), Localized(lt: "Treč.", en: "Wed"),
        Localized(lt: "Ketv.", en: "Thu"), Localized(lt: "Penkt.", en: "Fri"), Localized(lt: "Šešt.", en: "Sat"),
        Localized(lt: "Sekm.", en: "Sun"),
    ]

    // Messages next to fields.
    static let required = Localized(lt: "Užpildykite šį lauką.", en: "Fill in this field.")
    static let notADate = Localized(lt: "Įveskite datą (MMMM-MM-DD).", en: "Enter a date (YYYY-MM-DD).")
    static let endBeforeStart = Localized(lt: "Pabaiga negali būti anksčiau už pradžią.", en: "The end cannot be before the start.")
    static let notAnAmount = Localized(lt: "Įveskite sumą eurais, pvz., 1500 arba 1500,50.", en: "Enter an amount in euros, e.g. 1500 or 1500.50.")
    static let reasonRequired = Localized(lt: "Nurodykite atmetimo priežastį.", en: "Give the reason for rejecting.")
    static let changesRequired = Localized(lt: "Nurodykite, ką reikia pataisyti.", en: "Say what needs to change.")
    static let cancelReasonRequired = Localized(lt: "Nurodykite atšaukimo priežastį.", en: "Give the reason for cancelling.")
    static let notAnId = Localized(lt: "Įveskite renginio identifikatorių (UUID).", en: "Enter the event's id (a UUID).")
    static let chooseChannel = Localized(lt: "Pasirinkite kanalą.", en: "Choose a channel.")
}
