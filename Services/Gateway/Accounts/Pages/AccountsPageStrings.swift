import GatewayKit

/// The accounts part's words.
enum AccountsPageStrings {
    static let all: PageStrings = [
        "sign_in_title": Localized(lt: "Prisijungimas", en: "Sign in"),
        "sign_in": Localized(lt: "Prisijungti", en: "Sign in"),
        "sign_in_hint": Localized(
            lt: "Paskyrą sukuria skyriaus administratorius. Pamiršote slaptažodį? Paprašykite naujos nuorodos.",
            en: "Accounts are made by the department's admin. Forgot your password? Ask for a new link."),
        "email": Localized(lt: "El. pašto adresas", en: "E-mail address"),
        "password": Localized(lt: "Slaptažodis", en: "Password"),
        "set_password_title": Localized(lt: "Slaptažodžio nustatymas", en: "Set your password"),
        "set_password": Localized(lt: "Nustatyti ir prisijungti", en: "Set it and sign in"),
        "new_password": Localized(lt: "Naujas slaptažodis", en: "New password"),
        "repeat_password": Localized(lt: "Pakartokite slaptažodį", en: "Repeat the password"),
        "password_rule": Localized(
            lt: "Ne trumpesnis nei \(AccountRules.minimumPasswordLength) simbolių.",
            en: "At least \(AccountRules.minimumPasswordLength) characters."),
        "accounts_title": Localized(lt: "Paskyros", en: "Accounts"),
        "name": Localized(lt: "Vardas ir pavardė", en: "Name"),
        "role": Localized(lt: "Vaidmuo", en: "Role"),
        "status": Localized(lt: "Būsena", en: "Status"),
        "last_sign_in": Localized(lt: "Paskutinį kartą prisijungė", en: "Last signed in"),
        "actions": Localized(lt: "Veiksmai", en: "Actions"),
        "new_link": Localized(lt: "Nauja prisijungimo nuoroda", en: "New sign-in link"),
        "disable": Localized(lt: "Išjungti", en: "Disable"),
        "disable_confirm": Localized(lt: "Išjungti šią paskyrą?", en: "Disable this account?"),
        "add_account": Localized(lt: "Nauja paskyra", en: "New account"),
    ]

    static func status(_ status: String) -> Localized {
        switch status {
        case "active": Localized(lt: "aktyvi", en: "active")
        case "invited": Localized(lt: "pakviesta (slaptažodis nenustatytas)", en: "invited (no password yet)")
        case "locked": Localized(lt: "laikinai užrakinta", en: "locked for now")
        default: Localized(lt: "išjungta", en: "disabled")
        }
    }
}
