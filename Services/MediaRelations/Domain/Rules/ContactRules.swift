import Foundation
import MessageSchema

/// What a contact must satisfy before it is stored.
public enum ContactRules {
    /// The details with surrounding spaces removed, empty optional texts
    /// dropped, topics trimmed and without repeats, the language in lower case.
    static func normalised(_ details: ContactDetails) -> ContactDetails {
        var seen = Set<String>()
        let topics = details.topics.map(\.trimmed).filter { !$0.isEmpty && seen.insert($0.lowercased()).inserted }
        return ContactDetails(
            kind: details.kind, name: details.name.trimmed, organisation: details.organisation.trimmedOrNil,
            topics: topics, language: details.language.trimmed.lowercased(), email: details.email.trimmedOrNil,
            phone: details.phone.trimmedOrNil, notes: details.notes.trimmedOrNil)
    }

    /// Refuses with `.invalid` the first rule `details` breaks.
    static func validate(_ details: ContactDetails) throws {
        let details = normalised(details)
        if details.name.isEmpty { throw invalidInput("name", "The contact's name (name) is required.") }
        if !LanguageCode.isValid(details.language) {
            throw invalidInput("language", "The language must be a code such as lt or en; '\(details.language)' is not.")
        }
        if let email = details.email, !isEmailAddress(email) {
            throw invalidInput("email", "'\(email)' is not an e-mail address.")
        }
        if let phone = details.phone, !isPhoneNumber(phone) {
            throw invalidInput("phone", "'\(phone)' is not a phone number: digits, spaces, +, -, ( and ) only.")
        }
    }

    /// `local@domain.tld`: one `@`, no spaces, a domain of dot-separated
    /// labels of letters, digits and hyphens, with at least two labels.
    public static func isEmailAddress(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, let local = parts.first, let domain = parts.last else { return false }
        guard !local.isEmpty, local.count <= 64, !local.hasPrefix("."), !local.hasSuffix("."), !local.contains("..")
        else { return false }
        guard local.allSatisfy({ !$0.isWhitespace && $0 != "," && $0 != ";" && $0 != "<" && $0 != ">" }) else { return false }
        let labels = domain.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2 else { return false }
        return labels.allSatisfy { label in
            !label.isEmpty && !label.hasPrefix("-") && !label.hasSuffix("-")
                && label.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" }
        } && (labels.last?.count ?? 0) >= 2
    }

    static func isPhoneNumber(_ text: String) -> Bool {
        let digits = text.filter(\.isNumber).count
        return digits >= 5 && text.allSatisfy { $0.isNumber || " +-()".contains($0) }
    }
}

/// Language codes as contacts and mentions carry them: `lt`, `en`, `lt-LT`.
enum LanguageCode {
    static func isValid(_ code: String) -> Bool {
        let parts = code.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, (2...3).contains(first.count), first.allSatisfy({ $0.isASCII && $0.isLetter })
        else { return false }
        return parts.dropFirst().allSatisfy { (2...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }
}
