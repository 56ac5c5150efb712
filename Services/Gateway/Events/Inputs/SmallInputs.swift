import Foundation
import GatewayKit
import MessageSchema

/// The body of `POST /api/v1/events/{id}/transitions`.
struct TransitionInput: Decodable {
    var to: String?
    var reason: String?

    func validated() throws -> (EventStatus, String?) {
        var check = Validation()
        let status = check.member(to, "to", as: EventStatus.self, required: true)
        try check.check()
        guard let status else { throw Problem.invalid([FieldError(field: "to", detail: "'to' is required")]) }
        return (status, Validation.blankAsNil(reason))
    }
}

/// The body of `POST /api/v1/events/{id}/registrations`.
struct RegistrationInput: Decodable {
    var name: String?
    var email: String?
    var organisation: String?

    func validated() throws -> Attendee {
        var check = Validation()
        let name = check.required(name, "name")
        let email = check.required(email, "email")
        if let email, !Self.looksLikeEmail(email) {
            check.add("email", "'email' must be an e-mail address; '\(email)' is not")
        }
        try check.check()
        guard let name, let email else { throw Problem.invalid([FieldError(field: "", detail: "name and email are required")]) }
        return Attendee(
            name: name.trimmingCharacters(in: .whitespacesAndNewlines),
            email: email.trimmingCharacters(in: .whitespacesAndNewlines),
            organisation: Validation.blankAsNil(organisation))
    }

    /// One `@` with something on both sides and no spaces: the events service's own rule.
    static func looksLikeEmail(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && !trimmed.contains(where: \.isWhitespace)
    }
}

/// The body of `POST /api/v1/events/{id}/attendance`.
struct AttendanceInput: Decodable {
    var registrationId: String?
    var attended: Bool?

    func validated() throws -> (UUID, Bool) {
        var check = Validation()
        if registrationId == nil { check.add("registrationId", "'registrationId' is required") }
        let id = check.uuid(registrationId, "registrationId")
        if attended == nil { check.add("attended", "'attended' is required") }
        try check.check()
        guard let id, let attended else { throw Problem.invalid([FieldError(field: "", detail: "incomplete")]) }
        return (id, attended)
    }
}

/// The body of `POST /api/v1/plans/{year}` and `PUT /api/v1/plans/{year}/items/{itemId}`.
struct PlanItemInput: Decodable {
    var title: String?
    var type: String?
    var quarter: Int?
    var organisingUnit: String?
    var notes: String?

    func validated(id: UUID, year: Int) throws -> PlanItem {
        var check = Validation()
        let title = check.required(title, "title")
        let type = check.member(type, "type", as: EventType.self, required: true)
        if let quarter, !(1...4).contains(quarter) {
            check.add("quarter", "'quarter' must be 1, 2, 3 or 4")
        } else if quarter == nil {
            check.add("quarter", "'quarter' is required")
        }
        let unit = check.required(organisingUnit, "organisingUnit")
        try check.check()
        guard let title, let type, let quarter, let unit else {
            throw Problem.invalid([FieldError(field: "", detail: "the plan item is incomplete")])
        }
        return PlanItem(
            id: id, year: year, title: title, type: type, quarter: quarter, organisingUnit: unit,
            notes: Validation.blankAsNil(notes))
    }
}
