import Foundation
import MessageSchema

/// What a person enrolling must give.
enum TraineeRules {
    static func normalised(_ trainee: Trainee) -> Trainee {
        Trainee(
            name: trainee.name.trimmed, institution: trainee.institution.trimmed,
            municipality: trainee.municipality.trimmed, email: trainee.email.trimmed)
    }

    /// Refuses with `.invalid` the first missing field, a municipality that
    /// is not one of `Municipalities.all`, or an e-mail address that is not
    /// one: one "@", a name before it, a domain with a dot after it.
    static func validate(_ trainee: Trainee) throws {
        let trainee = normalised(trainee)
        if trainee.name.isEmpty {
            throw invalid("name", "The trainee's name (name) is required.")
        }
        if trainee.institution.isEmpty {
            throw invalid("institution", "The library or institution (institution) is required.")
        }
        if trainee.municipality.isEmpty {
            throw invalid("municipality", "The municipality (municipality) is required.")
        }
        if !Municipalities.contains(trainee.municipality) {
            throw invalid(
                "municipality",
                "'\(trainee.municipality)' is not one of Lithuania's 60 municipalities (municipality takes the official name, such as 'Vilniaus miesto savivaldybė')."
            )
        }
        if !isEmail(trainee.email) {
            throw invalid(
                "email", "'\(trainee.email)' is not an e-mail address (email needs a name, '@' and a domain such as lnb.lt).")
        }
    }

    static func isEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }

    /// The form two addresses are compared in: case does not matter.
    static func emailKey(_ email: String) -> String { email.trimmed.lowercased() }
}
