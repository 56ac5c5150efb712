import Foundation
import GatewayKit
import MessageSchema

/// The public registration form of an event: name, e-mail, organisation and
/// the consent to the processing of personal data, what was typed and the
/// message next to each field that is wrong, in the reader's language.
struct RegistrationForm {
    var name = ""
    var email = ""
    var organisation = ""
    var consent = false
    var errors: [String: String] = [:]

    static let maxLength = 200

    init() {}

    init(_ form: FormData) {
        name = form["name"] ?? ""
        email = form["email"] ?? ""
        organisation = form["organisation"] ?? ""
        consent = form["consent"] == "yes"
    }

    /// The attendee, or `nil` with `errors` filled in.
    mutating func attendee(in language: Language) -> Attendee? {
        errors = [:]
        func say(_ field: String, _ message: Localized) { errors[field] = message.text(in: language) }
        if name.isEmpty {
            say("name", Localized(lt: "Įrašykite savo vardą ir pavardę.", en: "Enter your name."))
        } else if name.count > Self.maxLength {
            say("name", Localized(lt: "Vardas ir pavardė – ne ilgesni kaip 200 ženklų.", en: "The name may have at most 200 characters."))
        }
        let parts = email.split(separator: "@", omittingEmptySubsequences: false)
        if email.isEmpty {
            say("email", Localized(lt: "Įrašykite el. pašto adresą.", en: "Enter your e-mail address."))
        } else if parts.count != 2 || parts[0].isEmpty || !parts[1].contains(".") || email.contains(where: \.isWhitespace)
            || email.count > Self.maxLength
        {
            say("email", Localized(lt: "„\(email)“ nėra el. pašto adresas.", en: "“\(email)” is not an e-mail address."))
        }
        if organisation.count > Self.maxLength {
            say("organisation", Localized(lt: "Organizacija – ne ilgesnė kaip 200 ženklų.", en: "The organisation may have at most 200 characters."))
        }
        if !consent {
            say(
                "consent",
                Localized(
                    lt: "Registruotis galima tik sutikus, kad jūsų asmens duomenys būtų tvarkomi.",
                    en: "You can register only if you agree to the processing of your personal data."))
        }
        guard errors.isEmpty else { return nil }
        return Attendee(name: name, email: email, organisation: organisation.isEmpty ? nil : organisation)
    }

    /// The text fields as the kit's `form-field` partial draws them (the consent box is the template's own).
    func fields(viewer: Viewer) -> [FormField] {
        [
            FormField(
                "name", label: viewer.text(Localized(lt: "Vardas ir pavardė", en: "Name")), value: name, error: errors["name"],
                required: true),
            FormField(
                "email", label: viewer.text(Localized(lt: "El. paštas", en: "E-mail")), kind: .input(type: "email"), value: email,
                hint: viewer.text(Localized(lt: "Čia atsiųsime patvirtinimą.", en: "We send the confirmation here.")),
                error: errors["email"], required: true),
            FormField(
                "organisation", label: viewer.text(Localized(lt: "Organizacija (nebūtina)", en: "Organisation (optional)")),
                value: organisation, error: errors["organisation"]),
        ]
    }

    var template: [String: Any] {
        ["consent": consent, "consentError": errors["consent"] ?? "", "hasConsentError": errors["consent"] != nil]
    }
}
