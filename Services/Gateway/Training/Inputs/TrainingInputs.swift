import Foundation
import GatewayKit
import MessageSchema

/// The body of `POST /api/v1/courses`. Read loosely (texts for enumerations)
/// so that `validated()` can name each wrong field.
struct CourseInput: Decodable {
    var titleLt: String?
    var titleEn: String?
    var description: String?
    var topic: String?

    /// The course, or a 422 problem naming every wrong field.
    func validated() throws -> CourseDetails {
        var check = Validation()
        let titleLt = check.required(titleLt, "titleLt")
        let topic = check.member(topic, "topic", as: TrainingTopic.self, required: true)
        try check.check()
        guard let titleLt, let topic else { throw Problem.invalid([FieldError(field: "", detail: "the course is incomplete")]) }
        return CourseDetails(
            titleLt: titleLt, titleEn: Validation.blankAsNil(titleEn), description: Validation.blankAsNil(description),
            topic: topic)
    }
}

/// The body of `PATCH /api/v1/courses/{id}`: the members to change; absent
/// (or null) ones stay as they are, an empty `titleEn` or `description` clears it.
struct CoursePatchInput: Decodable {
    var titleLt: String?
    var titleEn: String?
    var description: String?
    var topic: String?

    func validated() throws -> CoursePatch {
        var check = Validation()
        if let titleLt { _ = check.required(titleLt, "titleLt") }
        let topic = check.member(topic, "topic", as: TrainingTopic.self, required: false)
        let patch = CoursePatch(titleLt: titleLt, titleEn: titleEn, description: description, topic: topic)
        if patch.isEmpty {
            check.add("", "give at least one of titleLt, titleEn, description, topic")
        }
        try check.check()
        return patch
    }
}

/// The body of `POST /api/v1/courses/{id}/sessions`.
struct TrainingSessionInput: Decodable {
    struct PlaceInput: Decodable {
        var kind: String?
        var city: String?
        var address: String?
        var url: String?
    }

    var startsAt: String?
    var endsAt: String?
    var place: PlaceInput?
    var capacity: Int?
    var trainer: String?

    static let capacities = 1...1_000

    /// The session's details, or a 422 problem naming every wrong field.
    func validated() throws -> TrainingSessionDetails {
        var check = Validation()
        let startsAt = check.dateTime(startsAt, "startsAt", required: true)
        let endsAt = check.dateTime(endsAt, "endsAt", required: true)
        check.order(startsAt: startsAt, endsAt: endsAt)
        let place = Self.place(place, &check)
        if let capacity, !Self.capacities.contains(capacity) {
            check.add("capacity", "'capacity' must be a whole number from 1 to \(Self.capacities.upperBound)")
        } else if capacity == nil {
            check.add("capacity", "'capacity' is required")
        }
        let trainer = check.required(trainer, "trainer")
        try check.check()
        guard let startsAt, let endsAt, let place, let capacity, let trainer else {
            throw Problem.invalid([FieldError(field: "", detail: "the session is incomplete")])
        }
        return TrainingSessionDetails(
            startsAt: startsAt, endsAt: endsAt, place: place, capacity: capacity,
            trainer: trainer.trimmingCharacters(in: .whitespacesAndNewlines))
    }

    static func place(_ input: PlaceInput?, _ check: inout Validation) -> TrainingPlace? {
        guard let input else {
            check.add("place", "'place' is required: {\"kind\":\"lithuania\",\"city\":…} or {\"kind\":\"online\",\"url\":…}")
            return nil
        }
        guard let kind = check.member(input.kind, "place.kind", as: TrainingPlace.Kind.self, required: true) else { return nil }
        let place = TrainingPlace(
            kind: kind, city: Validation.blankAsNil(input.city), address: Validation.blankAsNil(input.address),
            url: Validation.blankAsNil(input.url))
        switch kind {
        case .lithuania where place.city == nil:
            check.add("place.city", "'place.city' is required for a session in Lithuania")
        case .online where !isWebLink(place.url):
            check.add("place.url", "'place.url' must be the https:// (or http://) link of an online session")
        default:
            break
        }
        return place
    }

    /// An http or https address with a host and no spaces: the training service's own rule.
    static func isWebLink(_ text: String?) -> Bool {
        guard let text, !text.contains(where: \.isWhitespace), let url = URL(string: text),
            let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = url.host, !host.isEmpty
        else { return false }
        return true
    }
}

/// The body of `POST /api/v1/sessions/{id}/transitions`.
struct TrainingTransitionInput: Decodable {
    var to: String?
    var reason: String?

    func validated() throws -> (TrainingSessionStatus, String?) {
        var check = Validation()
        let status = check.member(to, "to", as: TrainingSessionStatus.self, required: true)
        try check.check()
        guard let status else { throw Problem.invalid([FieldError(field: "to", detail: "'to' is required")]) }
        return (status, Validation.blankAsNil(reason))
    }
}

/// The body of `POST /api/v1/sessions/{id}/enrolments`; `municipality` is
/// one of `Municipalities.all`.
struct EnrolmentInput: Decodable {
    var name: String?
    var institution: String?
    var municipality: String?
    var email: String?

    func validated() throws -> Trainee {
        var check = Validation()
        let name = check.required(name, "name")
        let institution = check.required(institution, "institution")
        let municipality = check.required(municipality, "municipality")
        if let municipality, !Municipalities.contains(municipality) {
            check.add(
                "municipality",
                "'municipality' must be one of Lithuania's 60 municipalities by its official name, such as 'Vilniaus miesto savivaldybė'; '\(municipality)' is not"
            )
        }
        let email = check.required(email, "email")
        if let email, !Self.isEmail(email) {
            check.add("email", "'email' must be an e-mail address such as vardas@biblioteka.lt; '\(email)' is not")
        }
        try check.check()
        guard let name, let institution, let municipality, let email else {
            throw Problem.invalid([FieldError(field: "", detail: "the enrolment is incomplete")])
        }
        func trim(_ text: String) -> String { text.trimmingCharacters(in: .whitespacesAndNewlines) }
        return Trainee(name: trim(name), institution: trim(institution), municipality: trim(municipality), email: trim(email))
    }

    /// One `@`, a name before it, a domain with a dot after it, no spaces:
    /// the training service's own rule.
    static func isEmail(_ text: String) -> Bool {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        let parts = trimmed.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !trimmed.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}

/// The body of `PUT /api/v1/sessions/{id}/enrolments/{enrolmentId}/attendance`.
struct TrainingAttendanceInput: Decodable {
    var attendance: String?

    func validated() throws -> TrainingAttendance {
        var check = Validation()
        let attendance = check.member(attendance, "attendance", as: TrainingAttendance.self, required: true)
        try check.check()
        guard let attendance else { throw Problem.invalid([FieldError(field: "attendance", detail: "'attendance' is required")]) }
        return attendance
    }
}
