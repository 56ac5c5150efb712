import Foundation
import GatewayKit
import MessageSchema

/// The body of `POST /api/v1/contacts`, and of `PATCH` (every member optional there).
struct ContactInput: Decodable {
    var kind: String?
    var name: String?
    var organisation: String?
    var topics: [String]?
    var language: String?
    var email: String?
    var phone: String?
    var notes: String?

    func validated() throws -> ContactDetails {
        var check = Validation()
        let kind = check.member(kind, "kind", as: ContactKind.self, required: true)
        let name = check.required(name, "name")
        checkFields(&check)
        try check.check()
        guard let kind, let name else { throw Problem.invalid([FieldError(field: "", detail: "the contact is incomplete")]) }
        return ContactDetails(
            kind: kind, name: name, organisation: Validation.blankAsNil(organisation), topics: topics ?? [],
            language: Validation.blankAsNil(language) ?? "lt", email: Validation.blankAsNil(email),
            phone: Validation.blankAsNil(phone), notes: Validation.blankAsNil(notes))
    }

    func validatedPatch() throws -> ContactPatch {
        var check = Validation()
        let kind = check.member(kind, "kind", as: ContactKind.self, required: false)
        if let name, name.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { check.add("name", "'name' must not be blank") }
        checkFields(&check)
        let patch = ContactPatch(
            kind: kind, name: name, organisation: organisation, topics: topics, language: language, email: email,
            phone: phone, notes: notes)
        if patch.isEmpty { check.add("", "the patch changes nothing: give at least one field to change") }
        try check.check()
        return patch
    }

    private func checkFields(_ check: inout Validation) {
        if let email, Validation.blankAsNil(email) != nil, !ContactEmail.isValid(email.trimmingCharacters(in: .whitespaces)) {
            check.add("email", "'email' must be an e-mail address such as vardas@lnb.lt; '\(email)' is not")
        }
        if let topics, topics.count > 50 { check.add("topics", "'topics' may name at most 50 topics") }
        if let name, name.count > 300 { check.add("name", "'name' must be at most 300 characters") }
    }
}

/// The e-mail rule of contacts: one `@`, no spaces, a domain with a dot.
/// The service checks the same again, more strictly.
enum ContactEmail {
    static func isValid(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[0].isEmpty, !text.contains(where: \.isWhitespace) else { return false }
        let labels = parts[1].split(separator: ".", omittingEmptySubsequences: false)
        return labels.count >= 2 && labels.allSatisfy { !$0.isEmpty }
    }
}

/// The body of `POST /api/v1/contact-lists`.
struct ContactListInput: Decodable {
    var name: String?

    func validated() throws -> String {
        var check = Validation()
        let name = check.required(name, "name")
        try check.check()
        return name ?? ""
    }
}

/// The body of `POST /api/v1/contact-lists/{id}/members`.
struct ListMemberInput: Decodable {
    var contactId: String?

    func validated() throws -> UUID {
        var check = Validation()
        if contactId == nil { check.add("contactId", "'contactId' is required") }
        let id = check.uuid(contactId, "contactId")
        try check.check()
        guard let id else { throw Problem.invalid([FieldError(field: "contactId", detail: "'contactId' is required")]) }
        return id
    }
}

/// The body of `POST /api/v1/press-releases`, and of `PATCH` (every member optional there).
struct PressReleaseInput: Decodable {
    var titleLt: String?
    var bodyLt: String?
    var titleEn: String?
    var bodyEn: String?
    var eventId: String?
    var campaignId: String?

    func validated() throws -> PressReleaseContent {
        var check = Validation()
        let titleLt = check.required(titleLt, "titleLt")
        let bodyLt = check.required(bodyLt, "bodyLt")
        let eventId = check.uuid(eventId, "eventId")
        let campaignId = check.uuid(campaignId, "campaignId")
        if Validation.blankAsNil(bodyEn) != nil && Validation.blankAsNil(titleEn) == nil {
            check.add("titleEn", "'titleEn' is required with 'bodyEn'")
        }
        try check.check()
        return PressReleaseContent(
            titleLt: titleLt ?? "", bodyLt: bodyLt ?? "", titleEn: Validation.blankAsNil(titleEn),
            bodyEn: Validation.blankAsNil(bodyEn), eventId: eventId, campaignId: campaignId)
    }

    func validatedPatch() throws -> PressReleasePatch {
        var check = Validation()
        for (value, field) in [(titleLt, "titleLt"), (bodyLt, "bodyLt")] {
            if let value, value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { check.add(field, "'\(field)' must not be blank") }
        }
        let patch = PressReleasePatch(
            titleLt: titleLt, bodyLt: bodyLt, titleEn: titleEn, bodyEn: bodyEn, eventId: check.uuid(eventId, "eventId"),
            campaignId: check.uuid(campaignId, "campaignId"))
        if patch.isEmpty && check.errors.isEmpty { check.add("", "the patch changes nothing: give at least one field to change") }
        try check.check()
        return patch
    }
}

/// The body of `POST /api/v1/press-releases/{id}/transitions`.
struct PressReleaseTransitionInput: Decodable {
    var to: String?
    var contactListId: String?

    func validated() throws -> (PressReleaseStatus, UUID?) {
        var check = Validation()
        let status = check.member(to, "to", as: PressReleaseStatus.self, required: true)
        let listId = check.uuid(contactListId, "contactListId")
        if status == .distributed && contactListId == nil {
            check.add("contactListId", "'contactListId' is required to distribute: the list to send to")
        }
        try check.check()
        guard let status else { throw Problem.invalid([FieldError(field: "to", detail: "'to' is required")]) }
        return (status, listId)
    }
}

/// The body of `POST /api/v1/visits`.
struct VisitInput: Decodable {
    var date: String?
    var journalistId: String?
    var purpose: String?
    var host: String?

    func validated() throws -> VisitDetails {
        var check = Validation()
        let date = check.dateTime(date, "date", required: true)
        if journalistId == nil { check.add("journalistId", "'journalistId' is required") }
        let journalistId = check.uuid(journalistId, "journalistId")
        let purpose = check.required(purpose, "purpose")
        let host = check.required(host, "host")
        try check.check()
        guard let date, let journalistId, let purpose, let host else {
            throw Problem.invalid([FieldError(field: "", detail: "the visit is incomplete")])
        }
        return VisitDetails(date: date, journalistId: journalistId, purpose: purpose, host: host)
    }
}

/// The body of `POST /api/v1/visits/{id}/transitions`.
struct VisitTransitionInput: Decodable {
    var to: String?
    var reason: String?

    func validated() throws -> (VisitStatus, String?) {
        var check = Validation()
        let status = check.member(to, "to", as: VisitStatus.self, required: true)
        try check.check()
        guard let status else { throw Problem.invalid([FieldError(field: "to", detail: "'to' is required")]) }
        return (status, Validation.blankAsNil(reason))
    }
}

/// The body of `POST /api/v1/mentions`.
struct MentionBodyInput: Decodable {
    var url: String?
    var outlet: String?
    var publishedAt: String?
    var title: String?
    var excerpt: String?
    var language: String?
    var reach: Int?
    var sentiment: String?
    var eventId: String?
    var campaignId: String?

    func validated() throws -> MentionInput {
        var check = Validation()
        let url = check.required(url, "url")
        if let url, URL(string: url.trimmingCharacters(in: .whitespaces))?.host == nil {
            check.add("url", "'url' must be an absolute http or https URL; '\(url)' is not")
        }
        let outlet = check.required(outlet, "outlet")
        let publishedAt = check.dateTime(publishedAt, "publishedAt", required: true)
        let title = check.required(title, "title")
        if let reach, reach < 0 { check.add("reach", "'reach' must be 0 or more") }
        let sentiment = check.member(sentiment, "sentiment", as: Sentiment.self, required: false)
        let eventId = check.uuid(eventId, "eventId")
        let campaignId = check.uuid(campaignId, "campaignId")
        try check.check()
        guard let url, let outlet, let publishedAt, let title else {
            throw Problem.invalid([FieldError(field: "", detail: "the mention is incomplete")])
        }
        return MentionInput(
            url: url, outlet: outlet, publishedAt: publishedAt, title: title, excerpt: Validation.blankAsNil(excerpt),
            language: Validation.blankAsNil(language) ?? "lt", reach: reach ?? 0, sentiment: sentiment ?? .neutral,
            eventId: eventId, campaignId: campaignId)
    }
}

/// The body of `PATCH /api/v1/mentions/{id}`: either links — `eventId` and
/// `campaignId`, each a UUID to link, `null` to unlink, or absent to keep —
/// or a correction — `sentiment` and `reach`, absent or `null` to keep. One
/// request is one command, so links and a correction go in separate requests.
struct MentionPatchInput: Decodable {
    enum Link: Equatable {
        case keep
        case set(String?)
    }

    /// What the request asks for.
    enum Change: Equatable {
        case link(eventId: UUID?, campaignId: UUID?)
        case correct(sentiment: Sentiment?, reach: Int?)
    }

    var eventId: Link = .keep
    var campaignId: Link = .keep
    var sentiment: String?
    var reach: Int?

    enum CodingKeys: String, CodingKey { case eventId, campaignId, sentiment, reach }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        for key in [CodingKeys.eventId, .campaignId] where container.contains(key) {
            let value = try container.decodeNil(forKey: key) ? nil : try container.decode(String.self, forKey: key)
            if key == .eventId { eventId = .set(value) } else { campaignId = .set(value) }
        }
        sentiment = try container.decodeIfPresent(String.self, forKey: .sentiment)
        reach = try container.decodeIfPresent(Int.self, forKey: .reach)
    }

    /// The change asked for, with the links after it taken from the mention's current ones.
    func validated(current: MentionInput) throws -> Change {
        var check = Validation()
        let links = eventId != .keep || campaignId != .keep
        let correction = sentiment != nil || reach != nil
        if !links && !correction {
            check.add(
                "", "give 'eventId' or 'campaignId' (a UUID, or null to unlink), or 'sentiment' or 'reach' to correct them")
        }
        if links && correction {
            check.add("", "links ('eventId', 'campaignId') and a correction ('sentiment', 'reach') go in separate requests")
        }
        func resolve(_ link: Link, _ field: String, _ now: UUID?) -> UUID? {
            switch link {
            case .keep: return now
            case .set(nil): return nil
            case .set(let text?):
                if let id = check.uuid(text, field) { return id }
                return nil
            }
        }
        let eventId = resolve(eventId, "eventId", current.eventId)
        let campaignId = resolve(campaignId, "campaignId", current.campaignId)
        let sentiment = check.member(sentiment, "sentiment", as: Sentiment.self, required: false)
        if let reach, reach < 0 { check.add("reach", "'reach' must be 0 or more") }
        try check.check()
        return correction ? .correct(sentiment: sentiment, reach: reach) : .link(eventId: eventId, campaignId: campaignId)
    }
}
