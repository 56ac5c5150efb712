import GatewayKit
import MessageSchema

/// The words of the personal-data page.
enum PeoplePageStrings {
    static let all: PageStrings = [
        "people_link": Localized(lt: "Asmens duomenys", en: "Personal data"),
        "people_intro": Localized(
            lt:
                "Asmens prašymu (BDAR 15 ir 17 str.) – visų tarnybų duomenys apie vieną el. pašto adresą: registracijos, mokymai, apklausų kontaktai, žiniasklaidos kontaktai. Ištrynus skaičiai ir statistika lieka, vardas tampa „\(PersonErasure.erasedName)“, adresas dingsta. Darbuotojų paskyros čia netrinamos.",
            en:
                "At a person's request (GDPR art. 15 and 17): what every service keeps on one e-mail address — registrations, trainings, survey contact details, media contacts. Erasing keeps every count and statistic; the name becomes “\(PersonErasure.erasedName)”, the address goes. Staff accounts are not erased here."
        ),
        "people_export": Localized(lt: "Atsisiųsti duomenis (JSON)", en: "Download the data (JSON)"),
        "people_erase": Localized(lt: "Ištrinti visur", en: "Erase everywhere"),
        "people_erased": Localized(lt: "Ištrynimas", en: "Erasure"),
        "people_incomplete": Localized(
            lt: "Ne visos tarnybos atsakė: paleiskite ištrynimą dar kartą, kai jos veiks – tai saugu.",
            en: "Not every service answered: run the erasure again once they are running — that is safe."),
        "people_complete": Localized(lt: "Visos tarnybos atsakė.", en: "Every service answered."),
    ]

    static let emailLabel = Localized(lt: "Asmens el. pašto adresas", en: "The person's e-mail address")
    static let confirmationLabel = Localized(lt: "Adresas dar kartą (tik ištrynimui)", en: "The address again (to erase only)")
    static let confirmationHint = Localized(
        lt: "Ištrynimo atšaukti negalima.", en: "An erasure cannot be undone.")
    static let enterEmail = Localized(lt: "Įveskite el. pašto adresą.", en: "Enter an e-mail address.")
    static let confirmMismatch = Localized(
        lt: "Įveskite tą patį adresą dar kartą, kad patvirtintumėte ištrynimą.",
        en: "Type the same address again to confirm the erasure.")

    /// Whether `text` is an e-mail address: a name, one "@", a domain, no space.
    static func isEmail(_ text: String) -> Bool {
        let key = PersonErasure.key(text)
        let parts = key.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && !key.contains(where: \.isWhitespace)
    }
}
