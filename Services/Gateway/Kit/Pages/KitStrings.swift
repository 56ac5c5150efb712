import ServiceKit

/// The words of the layout and of what every page shares (buttons, errors,
/// roles); a part's own words are in its `<Part>PageStrings`.
public enum KitStrings {
    public static let all: PageStrings = [
        "app_name": "Komunika",
        "library_name": Localized(
            lt: "Lietuvos nacionalinė Martyno Mažvydo biblioteka", en: "Martynas Mažvydas National Library of Lithuania"),
        "library_short": Localized(lt: "LNB", en: "LNB"),
        "language": Localized(lt: "Kalba", en: "Language"),
        "privacy_notice": Localized(lt: "Privatumo pranešimas", en: "Privacy notice"),
        "department": Localized(lt: "Komunikacijos ir marketingo skyrius", en: "Communication and Marketing Department"),
        "skip_to_content": Localized(lt: "Pereiti prie turinio", en: "Skip to content"),
        "menu": Localized(lt: "Meniu", en: "Menu"),
        "search": Localized(lt: "Paieška", en: "Search"),
        "search_placeholder": Localized(lt: "Ieškoti visur…", en: "Search everything…"),
        "sign_out": Localized(lt: "Atsijungti", en: "Sign out"),
        "signed_in_as": Localized(lt: "Prisijungęs", en: "Signed in"),
        "save": Localized(lt: "Išsaugoti", en: "Save"),
        "cancel": Localized(lt: "Atšaukti", en: "Cancel"),
        "back": Localized(lt: "Atgal", en: "Back"),
        "filter": Localized(lt: "Filtruoti", en: "Filter"),
        "none_yet": Localized(lt: "Kol kas nieko nėra.", en: "Nothing here yet."),
        "error_title": Localized(lt: "Klaida", en: "Error"),
        "errors_in_form": Localized(lt: "Formoje yra klaidų — žr. pažymėtus laukus.", en: "The form has errors — see the marked fields."),
        "activity": Localized(lt: "Veiklos istorija", en: "Activity"),
        "who": Localized(lt: "Kas", en: "Who"),
        "when": Localized(lt: "Kada", en: "When"),
        "what": Localized(lt: "Kas atlikta", en: "What"),
        "previous_page": Localized(lt: "Ankstesnis puslapis", en: "Previous page"),
        "next_page": Localized(lt: "Kitas puslapis", en: "Next page"),
        "home_link": Localized(lt: "Į pradžią", en: "To the start page"),
    ]

    public static func roleName(_ role: Role) -> Localized {
        switch role {
        case .submitter: Localized(lt: "pateikėjas", en: "submitter")
        case .viewer: Localized(lt: "skaitytojas", en: "viewer")
        case .editor: Localized(lt: "redaktorius", en: "editor")
        case .admin: Localized(lt: "administratorius", en: "admin")
        }
    }
}
