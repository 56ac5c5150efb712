import Foundation
import GatewayKit
import MessageSchema

// Bodies of the brand routes, checked field by field: a 422 names every
// field that is missing or wrong.

extension Validation {
    /// A day `2027-01-31`.
    mutating func day(_ value: String?, _ field: String) -> CalendarDay? {
        guard let value else { return nil }
        guard let day = CalendarDay(value) else {
            add(field, "'\(field)' must be a day such as 2027-01-31; '\(value)' is not")
            return nil
        }
        return day
    }

    /// Tags: at most 30, each 1 to 60 characters.
    mutating func tags(_ tags: [String]?, _ field: String) {
        guard let tags else { return }
        if tags.count > 30 { add(field, "'\(field)' may have at most 30 tags") }
        if tags.contains(where: { $0.trimmingCharacters(in: .whitespaces).isEmpty || $0.count > 60 }) {
            add(field, "every tag must be 1 to 60 characters")
        }
    }

    /// A text of at most `limit` characters.
    mutating func length(_ value: String?, _ field: String, max limit: Int) {
        if let value, value.count > limit { add(field, "'\(field)' must be at most \(limit) characters") }
    }
}

/// The body of `POST /api/v1/brand/assets`.
struct AssetInput: Decodable {
    var kind: String?
    var title: String?
    var description: String?
    var tags: [String]?

    func validated() throws -> AssetDetails {
        var check = Validation()
        let kind = check.member(kind, "kind", as: AssetKind.self, required: true)
        let title = check.required(title, "title")
        check.length(title, "title", max: 300)
        check.length(description, "description", max: 5_000)
        check.tags(tags, "tags")
        try check.check()
        guard let kind, let title else { throw Problem.invalid([FieldError(field: "", detail: "the asset is incomplete")]) }
        return AssetDetails(kind: kind, title: title, description: description, tags: tags ?? [])
    }
}

/// The body of `PATCH /api/v1/brand/assets/{id}`: absent fields stay as they are.
struct AssetPatchInput: Decodable {
    var kind: String?
    var title: String?
    var description: String?
    var tags: [String]?

    func validated() throws -> AssetPatch {
        var check = Validation()
        let kind = check.member(kind, "kind", as: AssetKind.self, required: false)
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { check.add("title", "'title' must not be blank") }
        check.length(title, "title", max: 300)
        check.length(description, "description", max: 5_000)
        check.tags(tags, "tags")
        let patch = AssetPatch(kind: kind, title: title, description: description, tags: tags)
        if check.errors.isEmpty && patch.isEmpty {
            check.add("", "give at least one of kind, title, description, tags")
        }
        try check.check()
        return patch
    }
}

/// The body of `POST /api/v1/brand/assets/{id}/review`.
struct ReviewInput: Decodable {
    var decision: String?
    var reason: String?

    func validated() throws -> (ReviewDecision, String?) {
        var check = Validation()
        let decision = check.member(decision, "decision", as: ReviewDecision.self, required: true)
        let reason = Validation.blankAsNil(reason)
        if decision == .reject && reason == nil { check.add("reason", "'reason' is required to reject an asset") }
        check.length(reason, "reason", max: 2_000)
        try check.check()
        guard let decision else { throw Problem.invalid([FieldError(field: "decision", detail: "'decision' is required")]) }
        return (decision, reason)
    }
}

/// The body of `POST /api/v1/brand/assets/{id}/licences`.
struct LicenceInput: Decodable {
    var holder: String?
    var terms: String?
    var expiresOn: String?

    func validated(assetId: UUID) throws -> RecordLicence {
        var check = Validation()
        let holder = check.required(holder, "holder")
        let terms = check.required(terms, "terms")
        check.length(holder, "holder", max: 2_000)
        check.length(terms, "terms", max: 2_000)
        let day = check.day(expiresOn, "expiresOn")
        try check.check()
        guard let holder, let terms else { throw Problem.invalid([FieldError(field: "", detail: "the licence is incomplete")]) }
        return RecordLicence(assetId: assetId, holder: holder, terms: terms, expiresOn: day)
    }
}

/// The body of `POST /api/v1/brand/assets/{id}/consents`.
struct ConsentInput: Decodable {
    var person: String?
    var note: String?
    var expiresOn: String?

    func validated(assetId: UUID) throws -> RecordConsent {
        var check = Validation()
        let person = check.required(person, "person")
        check.length(person, "person", max: 2_000)
        check.length(note, "note", max: 2_000)
        let day = check.day(expiresOn, "expiresOn")
        try check.check()
        guard let person else { throw Problem.invalid([FieldError(field: "person", detail: "'person' is required")]) }
        return RecordConsent(assetId: assetId, person: person, note: Validation.blankAsNil(note), expiresOn: day)
    }
}

/// The body of `POST /api/v1/brand/collections`.
struct CollectionInput: Decodable {
    var title: String?
    var eventId: String?

    func validated() throws -> OpenCollection {
        var check = Validation()
        let title = check.required(title, "title")
        check.length(title, "title", max: 300)
        let eventId = check.uuid(eventId, "eventId")
        try check.check()
        guard let title else { throw Problem.invalid([FieldError(field: "title", detail: "'title' is required")]) }
        return OpenCollection(title: title, eventId: eventId)
    }
}

/// The body of `POST /api/v1/brand/collections/{id}/assets`.
struct CollectionAssetInput: Decodable {
    var assetId: String?

    func validated() throws -> UUID {
        var check = Validation()
        if assetId == nil { check.add("assetId", "'assetId' is required") }
        let id = check.uuid(assetId, "assetId")
        try check.check()
        guard let id else { throw Problem.invalid([FieldError(field: "assetId", detail: "'assetId' is required")]) }
        return id
    }
}

/// The body of `POST /api/v1/brand/publications`.
struct PublicationInput: Decodable {
    var kind: String?
    var title: String?
    var year: Int?
    var isbn: String?

    func validated() throws -> PublicationDetails {
        var check = Validation()
        let kind = check.member(kind, "kind", as: PublicationKind.self, required: true)
        let title = check.required(title, "title")
        check.length(title, "title", max: 300)
        PublicationInput.check(year: year, isbn: isbn, required: true, &check)
        try check.check()
        guard let kind, let title, let year else {
            throw Problem.invalid([FieldError(field: "", detail: "the publication is incomplete")])
        }
        return PublicationDetails(kind: kind, title: title, year: year, isbn: Validation.blankAsNil(isbn))
    }

    static func check(year: Int?, isbn: String?, required: Bool, _ check: inout Validation) {
        if let year {
            if !(1900...2100).contains(year) { check.add("year", "'year' must be from 1900 to 2100") }
        } else if required {
            check.add("year", "'year' is required")
        }
        if let isbn = Validation.blankAsNil(isbn), !BrandISBN.isValid(isbn) {
            check.add("isbn", "'isbn' must be an ISBN-10 or ISBN-13 with a correct check digit; '\(isbn)' is not")
        }
    }
}

/// The body of `PATCH /api/v1/brand/publications/{id}`.
struct PublicationPatchInput: Decodable {
    var kind: String?
    var title: String?
    var year: Int?
    var isbn: String?
    var status: String?

    func validated() throws -> PublicationPatch {
        var check = Validation()
        let kind = check.member(kind, "kind", as: PublicationKind.self, required: false)
        let status = check.member(status, "status", as: PublicationStatus.self, required: false)
        if let title, title.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty { check.add("title", "'title' must not be blank") }
        check.length(title, "title", max: 300)
        PublicationInput.check(year: year, isbn: isbn, required: false, &check)
        let patch = PublicationPatch(kind: kind, title: title, year: year, isbn: isbn, status: status)
        if check.errors.isEmpty && patch.isEmpty {
            check.add("", "give at least one of kind, title, year, isbn, status")
        }
        try check.check()
        return patch
    }
}

/// The body of `POST /api/v1/brand/expiry-checks`.
struct ExpiryCheckInput: Decodable {
    var asOf: String?

    func validated() throws -> CheckExpiries {
        var check = Validation()
        let day = check.day(asOf, "asOf")
        try check.check()
        return CheckExpiries(asOf: day)
    }
}

/// The gateway's own ISBN check, the same rule as the brand service's: 10
/// digits (the last may be X) with the mod-11 check, or 13 digits starting
/// 978 or 979 with the mod-10 check; hyphens and spaces ignored.
enum BrandISBN {
    static func isValid(_ text: String) -> Bool {
        let characters = Array(text.uppercased().filter { $0 != "-" && $0 != " " })
        if characters.count == 10 {
            var sum = 0
            for (index, character) in characters.enumerated() {
                if let digit = character.wholeNumberValue, character.isASCII {
                    sum += digit * (10 - index)
                } else if character == "X" && index == 9 {
                    sum += 10
                } else {
                    return false
                }
            }
            return sum % 11 == 0
        }
        guard characters.count == 13, characters.allSatisfy({ $0.isASCII && $0.isNumber }) else { return false }
        let prefix = String(characters.prefix(3))
        guard prefix == "978" || prefix == "979" else { return false }
        let sum = characters.enumerated().reduce(0) { $0 + ($1.element.wholeNumberValue ?? 0) * ($1.offset.isMultiple(of: 2) ? 1 : 3) }
        return sum % 10 == 0
    }
}
