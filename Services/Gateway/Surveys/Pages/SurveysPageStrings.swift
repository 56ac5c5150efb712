import Foundation
import GatewayKit
import MessageSchema

/// The surveys part's words, in Lithuanian and English.
enum SurveysPageStrings {
    static let all: PageStrings = [
        "print": Localized(lt: "Spausdinti", en: "Print"),
        "surveys_title": Localized(lt: "Apklausos", en: "Surveys"),
        "new_survey": Localized(lt: "Nauja apklausa", en: "New survey"),
        "survey_title": Localized(lt: "Pavadinimas", en: "Title"),
        "title_lt": Localized(lt: "Pavadinimas lietuviškai", en: "Title in Lithuanian"),
        "title_en": Localized(lt: "Pavadinimas angliškai (nebūtina)", en: "Title in English (optional)"),
        "purpose": Localized(lt: "Paskirtis", en: "Purpose"),
        "status": Localized(lt: "Būsena", en: "Status"),
        "responses": Localized(lt: "Atsakymai", en: "Responses"),
        "questions": Localized(lt: "Klausimai", en: "Questions"),
        "all_statuses": Localized(lt: "Visos būsenos", en: "All statuses"),
        "search_surveys": Localized(lt: "Ieškoti pagal pavadinimą", en: "Search by title"),
        "anonymous": Localized(lt: "Anoniminė (be vardo ir el. pašto)", en: "Anonymous (no name or e-mail)"),
        "quota": Localized(lt: "Atsakymų kvota (nebūtina)", en: "Quota of responses (optional)"),
        "opens_at": Localized(lt: "Atsakymai priimami nuo (nebūtina)", en: "Answers taken from (optional)"),
        "closes_at": Localized(lt: "Atsakymai priimami iki (nebūtina)", en: "Answers taken until (optional)"),
        "yes": Localized(lt: "taip", en: "yes"),
        "no": Localized(lt: "ne", en: "no"),
        "no_limit": Localized(lt: "be ribos", en: "no limit"),
        "question_id": Localized(lt: "Žymuo (CSV stulpelis)", en: "Key (the CSV column)"),
        "question_id_hint": Localized(
            lt: "Lotyniškos raidės, skaitmenys, „-“ ar „_“, pvz. rekomenduotu. Tuščią užpildysime patys.",
            en: "Latin letters, digits, '-' or '_', e.g. recommend. Left blank, one is made for you."),
        "question_type": Localized(lt: "Klausimo tipas", en: "Question type"),
        "question_text_lt": Localized(lt: "Klausimas lietuviškai", en: "Question in Lithuanian"),
        "question_text_en": Localized(lt: "Klausimas angliškai (nebūtina)", en: "Question in English (optional)"),
        "question_required": Localized(lt: "Privalomas atsakyti", en: "An answer is required"),
        "required_mark": Localized(lt: "privalomas", en: "required"),
        "options": Localized(lt: "Atsakymų variantai (po vieną eilutėje)", en: "Options (one a line)"),
        "options_hint": Localized(
            lt: "Tik pasirinkimo klausimams; kitų tipų klausimams laukas nepaisomas.",
            en: "For choice questions only; other types ignore it."),
        "add_question": Localized(lt: "Pridėti klausimą", en: "Add the question"),
        "save_question": Localized(lt: "Išsaugoti klausimą", en: "Save the question"),
        "editing_question": Localized(lt: "Taisomas klausimas", en: "Editing a question"),
        "new_question": Localized(lt: "Naujas klausimas", en: "New question"),
        "move_up": Localized(lt: "Aukštyn", en: "Up"),
        "move_down": Localized(lt: "Žemyn", en: "Down"),
        "edit": Localized(lt: "Taisyti", en: "Edit"),
        "remove": Localized(lt: "Pašalinti", en: "Remove"),
        "refresh": Localized(lt: "Atnaujinti", en: "Refresh"),
        "create_draft": Localized(lt: "Sukurti apklausos juodraštį", en: "Create the draft survey"),
        "no_questions_yet": Localized(lt: "Klausimų dar nėra.", en: "No questions yet."),
        "builder_intro": Localized(
            lt:
                "Klausimus pridėkite, taisykite, perrikiuokite ir šalinkite čia – jie laikomi šioje formoje, kol sukursite juodraštį. Apklausų tarnyba išsaugotame juodraštyje leidžia tik pridėti klausimų gale: perrikiuoti, taisyti ar šalinti jų nebegalima.",
            en:
                "Add, edit, reorder and remove questions here: they are kept in this form until you create the draft. Once the draft is saved, the surveys service only lets questions be added at the end: they can no longer be reordered, edited or removed."
        ),
        "draft_note": Localized(
            lt:
                "Juodraštis: klausimų galima tik pridėti gale (apklausų tarnyba neleidžia išsaugotų klausimų perrikiuoti, taisyti ar šalinti). Paskelbta apklausa priima atsakymus.",
            en:
                "A draft: questions can only be added at the end (the surveys service does not let saved questions be reordered, edited or removed). A published survey takes answers."
        ),
        "publish": Localized(lt: "Paskelbti", en: "Publish"),
        "publish_confirm": Localized(
            lt: "Paskelbti apklausą? Po to klausimų keisti nebegalima.", en: "Publish the survey? Questions cannot change after that."),
        "close": Localized(lt: "Uždaryti", en: "Close"),
        "close_confirm": Localized(lt: "Uždaryti apklausą? Atsakymų ji nebepriims.", en: "Close the survey? It will take no more answers."),
        "results": Localized(lt: "Rezultatai", en: "Results"),
        "download_csv": Localized(lt: "Atsisiųsti CSV", en: "Download CSV"),
        "download_results_csv": Localized(lt: "Suvestinė (CSV)", en: "Summary (CSV)"),
        "paper_answer": Localized(lt: "Įvesti popierinį atsakymą", en: "Enter a paper answer"),
        "paper_answer_intro": Localized(
            lt: "Atsakymai, surinkti popieriuje (pvz., renginyje), įvedami taip pat kaip internetu: tos pačios taisyklės, tas pats skaičiavimas.",
            en: "Answers collected on paper (at an event, say) are entered just as online ones: the same rules, the same counting."),
        "save_answer": Localized(lt: "Išsaugoti atsakymą", en: "Save the answer"),
        "answer_saved": Localized(lt: "Atsakymas išsaugotas. Galite įvesti kitą.", en: "The answer is saved. You may enter another."),
        "respondent_name": Localized(lt: "Respondento vardas (nebūtina)", en: "Respondent's name (optional)"),
        "respondent_email": Localized(lt: "Respondento el. paštas (nebūtina)", en: "Respondent's e-mail (optional)"),
        "by_invitation": Localized(
            lt: "Tik pagal kvietimą: vienas atsakymas pagal vieną asmeninę nuorodą",
            en: "By invitation only: one answer per personal link"),
        "public_form": Localized(lt: "Viešas klausimynas", en: "The public form"),
        "invite_title": Localized(lt: "Kviesti atsakyti", en: "Invite to answer"),
        "invite_hint": Localized(
            lt: "Kiekvienas sąrašo narys su el. paštu gaus asmeninę nuorodą; "
                + "jau pakviestieji ir esantys sąraše „Nekontaktuoti“ praleidžiami.",
            en: "Every member of the list with an e-mail gets a personal link; "
                + "those invited before and those on the do-not-contact list are left out."),
        "contact_list": Localized(lt: "Kontaktų sąrašas", en: "Contact list"),
        "invite": Localized(lt: "Siųsti kvietimus", en: "Send the invitations"),
        "no_contact_lists": Localized(lt: "Kontaktų sąrašų dar nėra.", en: "There are no contact lists yet."),
        "public_survey_intro": Localized(
            lt: "Atsakykite į klausimus ir paspauskite „Siųsti atsakymą“. Klausimai, pažymėti „privalomas“, turi būti atsakyti.",
            en: "Answer the questions and press \"Send the answer\". The questions marked \"required\" must be answered."),
        "public_survey_fix": Localized(
            lt: "Atsakymas neišsiųstas: pataisykite klausimus, prie kurių parašyta klaida.",
            en: "The answer was not sent: correct the questions marked with an error."),
        "send_answer": Localized(lt: "Siųsti atsakymą", en: "Send the answer"),
        "public_survey_thanks": Localized(lt: "Ačiū! Jūsų atsakymas gautas.", en: "Thank you! Your answer has been received."),
        "not_answered": Localized(lt: "Be atsakymo", en: "No answer"),
        "created": Localized(lt: "Sukurta", en: "Created"),
        "nps": Localized(lt: "NPS", en: "NPS"),
        "satisfaction": Localized(lt: "Pasitenkinimas (1–5)", en: "Satisfaction (1–5)"),
        "mean": Localized(lt: "Vidurkis", en: "Mean"),
        "median": Localized(lt: "Mediana", en: "Median"),
        "answers": Localized(lt: "Atsakė", en: "Answered"),
        "value": Localized(lt: "Reikšmė", en: "Value"),
        "count": Localized(lt: "Kiek", en: "Count"),
        "share": Localized(lt: "Dalis, %", en: "Share, %"),
        "weekly_trend": Localized(lt: "Atsakymai per savaitę", en: "Responses per week"),
        "nps_by_week": Localized(lt: "NPS per savaitę", en: "NPS per week"),
        "cross_tab": Localized(lt: "Kryžminė lentelė", en: "Cross-tab"),
        "cross_tab_intro": Localized(
            lt: "Kiek respondentų, pasirinkusių eilutės atsakymą, pasirinko stulpelio atsakymą.",
            en: "How many respondents who gave the row's answer gave the column's answer."),
        "cross_by": Localized(lt: "Eilutės – klausimas", en: "Rows: the question"),
        "cross_vs": Localized(lt: "Stulpeliai – klausimas", en: "Columns: the question"),
        "show": Localized(lt: "Rodyti", en: "Show"),
        "cross_needs_two": Localized(
            lt: "Kryžminei lentelei reikia bent dviejų klausimų su pasirenkamais atsakymais.",
            en: "A cross-tab needs at least two questions with answers to choose from."),
        "free_answers": Localized(lt: "Laisvi atsakymai (naujausi)", en: "Free answers (newest)"),
        "no_answers_yet": Localized(lt: "Atsakymų dar nėra.", en: "No answers yet."),
        "back_to_survey": Localized(lt: "Grįžti į apklausą", en: "Back to the survey"),
        "service_refused": Localized(lt: "Apklausų tarnyba atsakė:", en: "The surveys service answered:"),
        "home_nps_title": Localized(lt: "Šių metų NPS pagal mėnesius", en: "This year's NPS by month"),
        "home_surveys": Localized(lt: "Apklausos", en: "Surveys"),
        "home_responses": Localized(lt: "Atsakymų šiais metais", en: "Responses this year"),
        "home_open_surveys": Localized(lt: "Vykstančių apklausų", en: "Open surveys"),
        "home_year_nps": Localized(lt: "Metų NPS", en: "The year's NPS"),
        "report_surveys": Localized(lt: "Apklausos ir NPS", en: "Surveys and NPS"),
        "report_total": Localized(lt: "Iš viso", en: "Total"),
        "report_no_surveys": Localized(lt: "Šiais metais apklausų nebuvo.", en: "No surveys this year."),
    ]

    static func type(_ type: QuestionType) -> Localized {
        switch type {
        case .singleChoice: Localized(lt: "Vienas pasirinkimas", en: "Single choice")
        case .multipleChoice: Localized(lt: "Keli pasirinkimai", en: "Multiple choice")
        case .likert: Localized(lt: "Likerto skalė (1–5)", en: "Likert scale (1–5)")
        case .nps: Localized(lt: "Rekomendavimo indeksas NPS (0–10)", en: "Net Promoter Score (0–10)")
        case .starRating: Localized(lt: "Žvaigždutės (1–5)", en: "Star rating (1–5)")
        case .number: Localized(lt: "Skaičius", en: "Number")
        case .freeText: Localized(lt: "Laisvas tekstas", en: "Free text")
        }
    }

    static func purpose(_ purpose: SurveyPurpose) -> Localized {
        switch purpose {
        case .marketingResearch: Localized(lt: "Rinkodaros tyrimas", en: "Marketing research")
        case .publicOpinion: Localized(lt: "Viešosios nuomonės apklausa", en: "Public-opinion survey")
        case .eventFeedback: Localized(lt: "Renginio atsiliepimai", en: "Event feedback")
        case .trainingFeedback: Localized(lt: "Mokymų atsiliepimai", en: "Training feedback")
        }
    }

    static func status(_ status: SurveyStatus) -> Localized {
        switch status {
        case .draft: Localized(lt: "juodraštis", en: "draft")
        case .open: Localized(lt: "vyksta", en: "open")
        case .closed: Localized(lt: "uždaryta", en: "closed")
        }
    }

    /// A Likert point's words.
    static func likert(_ point: Int) -> Localized {
        switch point {
        case 1: Localized(lt: "1 – visiškai nesutinku", en: "1 – strongly disagree")
        case 2: Localized(lt: "2 – nesutinku", en: "2 – disagree")
        case 3: Localized(lt: "3 – nei sutinku, nei nesutinku", en: "3 – neither")
        case 4: Localized(lt: "4 – sutinku", en: "4 – agree")
        default: Localized(lt: "5 – visiškai sutinku", en: "5 – strongly agree")
        }
    }

    // Messages next to a field.
    static let needTitle = Localized(lt: "Įveskite apklausos pavadinimą (iki 300 simbolių).", en: "Enter the survey's title (up to 300 characters).")
    static let titleEnTooLong = Localized(lt: "Pavadinimas angliškai – iki 300 simbolių.", en: "The English title is up to 300 characters.")
    static let badPurpose = Localized(lt: "Pasirinkite apklausos paskirtį.", en: "Choose the survey's purpose.")
    static let badQuota = Localized(
        lt: "Kvota – sveikasis skaičius nuo 1, arba palikite tuščią.", en: "The quota is a whole number from 1, or leave it blank.")
    static let badDate = Localized(lt: "Įveskite datą ir laiką (pvz. 2027-02-24 18:00).", en: "Enter a date and time (e.g. 2027-02-24 18:00).")
    static let closesBeforeOpens = Localized(lt: "Pabaiga turi būti vėliau nei pradžia.", en: "The end must be after the start.")
    static let needQuestionText = Localized(
        lt: "Įveskite klausimo tekstą (iki 1000 simbolių).", en: "Enter the question's text (up to 1000 characters).")
    static let badQuestionId = Localized(
        lt: "Žymuo – 1–64 lotyniškos raidės, skaitmenys, „-“ arba „_“ (pvz. rekomenduotu).",
        en: "The key is 1 to 64 Latin letters, digits, '-' or '_' (e.g. recommend).")
    static let takenQuestionId = Localized(lt: "Klausimas su tokiu žymeniu jau yra.", en: "A question with this key exists already.")
    static let badOptions = Localized(
        lt: "Pasirinkimo klausimui reikia 2–50 skirtingų netuščių variantų, po vieną eilutėje.",
        en: "A choice question needs 2 to 50 different, non-blank options, one a line.")
    static let badType = Localized(lt: "Pasirinkite klausimo tipą.", en: "Choose the question's type.")
    static let pendingQuestion = Localized(
        lt: "Šis klausimas dar nepridėtas: pridėkite jį arba išvalykite laukus.",
        en: "This question is not added yet: add it or clear the fields.")
    static let tooManyQuestions = Localized(lt: "Apklausoje gali būti iki 100 klausimų.", en: "A survey has at most 100 questions.")
    static let mustAnswer = Localized(lt: "Atsakykite į šį klausimą.", en: "Answer this question.")
    static let chooseOption = Localized(lt: "Pasirinkite vieną iš variantų.", en: "Choose one of the options.")
    static let notANumber = Localized(lt: "Įveskite skaičių (pvz. 3 arba 2,5).", en: "Enter a number (e.g. 3 or 2.5).")
    static let textTooLong = Localized(lt: "Atsakymas – iki 5000 simbolių.", en: "The answer is up to 5000 characters.")
    static let badEmail = Localized(lt: "Įveskite el. pašto adresą, pvz. vardas@biblioteka.lt.", en: "Enter an e-mail address, e.g. name@library.lt.")
    static let noSuchSurvey = Localized(lt: "Tokios apklausos nėra.", en: "There is no such survey.")
    static func invited(_ invited: Int, before: Int, doNotContact: Int = 0) -> Localized {
        let lt = "Pakviesta: \(invited). Jau pakviesti anksčiau: \(before)."
        let en = "Invited: \(invited). Invited before: \(before)."
        guard doNotContact > 0 else { return Localized(lt: lt, en: en) }
        return Localized(
            lt: lt + " Praleista (sąraše „Nekontaktuoti“): \(doNotContact).",
            en: en + " Left out (on the do-not-contact list): \(doNotContact).")
    }

    static let noInvitees = Localized(
        lt: "Pasirinkite kontaktų sąrašą, kuriame yra narių su el. pašto adresu.",
        en: "Choose a contact list that has members with an e-mail address.")
    static let thanksTitle = Localized(lt: "Ačiū už atsakymą", en: "Thank you for your answer")
    static let yourName = Localized(lt: "Jūsų vardas (nebūtina)", en: "Your name (optional)")
    static let yourEmail = Localized(lt: "Jūsų el. paštas (nebūtina)", en: "Your e-mail (optional)")
    static let badInvitationLink = Localized(
        lt: "Kvietimo nuoroda netinkama. Atverkite nuorodą iš kvietimo laiško tokią, kokia ji yra.",
        en: "The invitation link is not valid. Open the link from your invitation e-mail as it is.")

    static func invitation(_ refusal: InvitationRefusal) -> Localized {
        switch refusal {
        case .required:
            Localized(
                lt: "Į šią apklausą atsakoma tik pagal kvietimą: atverkite asmeninę nuorodą iš kvietimo laiško.",
                en: "This survey is answered by invitation only: open the personal link from your invitation e-mail.")
        case .unknown: badInvitationLink
        case .used:
            Localized(
                lt: "Pagal šį kvietimą jau atsakyta: į apklausą atsakoma vieną kartą pagal vieną kvietimą.",
                en: "This invitation has been used already: the survey takes one answer per invitation.")
        }
    }

    static func notTakingAnswers(_ refusal: SurveyRefusal) -> Localized {
        switch refusal {
        case .notOpen:
            Localized(
                lt: "Apklausa dar nepaskelbta arba dar neprasidėjo: atsakymų ji nepriima.",
                en: "The survey is not published or has not started: it takes no answers.")
        case .closed: Localized(lt: "Apklausa uždaryta: atsakymų ji nebepriima.", en: "The survey is closed: it takes no more answers.")
        case .full: Localized(lt: "Apklausa surinko visus numatytus atsakymus.", en: "The survey has all the responses it was meant to collect.")
        }
    }
}

/// Figures as a reader writes them: one decimal at most, a decimal comma in Lithuanian.
enum PageFigure {
    static func text(_ value: Double?, in language: Language, decimals: Int = 1) -> String {
        guard let value else { return "—" }
        let factor = pow(10.0, Double(decimals))
        let rounded = (value * factor).rounded() / factor
        var text =
            rounded == rounded.rounded() ? String(Int(rounded)) : String(format: "%.\(decimals)f", rounded)
        while text.contains("."), text.hasSuffix("0") { text.removeLast() }
        return language == .lt ? text.replacingOccurrences(of: ".", with: ",") : text
    }
}
