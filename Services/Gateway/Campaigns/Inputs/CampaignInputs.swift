import Foundation
import GatewayKit
import MessageSchema

/// Checks of the campaigns routes' bodies that add to `Validation`.
extension Validation {
    /// A day `YYYY-MM-DD`.
    mutating func day(_ value: String?, _ field: String, required: Bool) -> String? {
        guard let value else {
            if required { add(field, "'\(field)' is required") }
            return nil
        }
        guard CalendarDay.isValid(value) else {
            add(field, "'\(field)' must be a day such as 2026-12-01; '\(value)' is not")
            return nil
        }
        return value
    }

    /// An amount of euros, 0 or more with at most two decimals, as cents.
    mutating func euros(_ value: Double?, _ field: String) -> Int? {
        guard let value else { return nil }
        let cents = (value * 100).rounded()
        guard value.isFinite, value >= 0, value <= 1_000_000_000, abs(value * 100 - cents) < 0.000_1 else {
            add(field, "'\(field)' must be an amount of euros of 0 or more with at most two decimals, such as 1500.00")
            return nil
        }
        return Int(cents)
    }

    /// A list of values of an enumeration; each wrong one is named by its index.
    mutating func members<T: RawRepresentable & CaseIterable>(_ values: [String]?, _ field: String, as type: T.Type) -> [T]?
    where T.RawValue == String {
        guard let values else { return nil }
        var result: [T] = []
        for (index, value) in values.enumerated() {
            if let member = member(value, "\(field)[\(index)]", as: type, required: true) { result.append(member) }
        }
        return result
    }

    /// A list of UUIDs; each wrong one is named by its index.
    mutating func uuids(_ values: [String]?, _ field: String) -> [UUID]? {
        guard let values else { return nil }
        return values.enumerated().compactMap { index, value in uuid(value, "\(field)[\(index)]") }
    }

    /// Names of partner organisations: none blank.
    mutating func partners(_ values: [String]?) -> [String]? {
        guard let values else { return nil }
        for (index, value) in values.enumerated() where value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty {
            add("partners[\(index)]", "'partners[\(index)]' must name an organisation")
        }
        return values.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
    }

    /// A text of at most `limit` characters.
    mutating func limit(_ value: String?, _ field: String, _ limit: Int) {
        if let value, value.count > limit { add(field, "'\(field)' must be at most \(limit) characters") }
    }
}

/// The body of `POST /api/v1/campaigns`.
struct CampaignInput: Decodable {
    var nameLt: String?
    var nameEn: String?
    var goal: String?
    var audience: String?
    var startsOn: String?
    var endsOn: String?
    var budgetPlannedEur: Double?
    var budgetSpentEur: Double?
    var channels: [String]?
    var partners: [String]?
    var eventIds: [String]?
    var surveyIds: [String]?
    var objectiveId: String?

    func validated() throws -> (CampaignDetails, [UUID]) {
        var check = Validation()
        let nameLt = check.required(nameLt, "nameLt")
        let goal = check.required(goal, "goal")
        let audience = check.required(audience, "audience")
        check.limit(nameLt, "nameLt", 2_000)
        check.limit(goal, "goal", 2_000)
        check.limit(audience, "audience", 2_000)
        let startsOn = check.day(startsOn, "startsOn", required: true)
        let endsOn = check.day(endsOn, "endsOn", required: true)
        if let startsOn, let endsOn, endsOn < startsOn { check.add("endsOn", "'endsOn' must be on or after 'startsOn'") }
        let planned = check.euros(budgetPlannedEur, "budgetPlannedEur")
        let spent = check.euros(budgetSpentEur, "budgetSpentEur")
        let channels = check.members(channels, "channels", as: Channel.self)
        let partners = check.partners(partners)
        let eventIds = check.uuids(eventIds, "eventIds")
        let surveyIds = check.uuids(surveyIds, "surveyIds")
        let objectiveId = check.uuid(objectiveId, "objectiveId")
        try check.check()
        guard let nameLt, let goal, let audience, let startsOn, let endsOn else {
            throw Problem.invalid([FieldError(field: "", detail: "the campaign is incomplete")])
        }
        let details = CampaignDetails(
            nameLt: nameLt, nameEn: Validation.blankAsNil(nameEn), goal: goal, audience: audience, startsOn: startsOn,
            endsOn: endsOn, budgetPlannedCents: planned ?? 0, budgetSpentCents: spent ?? 0, channels: channels ?? [],
            partners: partners ?? [], surveyIds: surveyIds ?? [], objectiveId: objectiveId)
        return (details, eventIds ?? [])
    }
}

/// The body of `PATCH /api/v1/campaigns/{id}`: the fields to change;
/// `"nameEn": null` and `"objectiveId": null` remove those.
struct CampaignPatchInput: Decodable {
    var nameLt: String?
    var nameEn: String?
    var clearNameEn = false
    var goal: String?
    var audience: String?
    var startsOn: String?
    var endsOn: String?
    var budgetPlannedEur: Double?
    var budgetSpentEur: Double?
    var channels: [String]?
    var partners: [String]?
    var surveyIds: [String]?
    var objectiveId: String?
    var clearObjective = false

    enum CodingKeys: String, CodingKey {
        case nameLt, nameEn, goal, audience, startsOn, endsOn, budgetPlannedEur, budgetSpentEur, channels, partners
        case surveyIds, objectiveId
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        nameLt = try container.decodeIfPresent(String.self, forKey: .nameLt)
        nameEn = try container.decodeIfPresent(String.self, forKey: .nameEn)
        clearNameEn = try container.contains(.nameEn) && container.decodeNil(forKey: .nameEn)
        goal = try container.decodeIfPresent(String.self, forKey: .goal)
        audience = try container.decodeIfPresent(String.self, forKey: .audience)
        startsOn = try container.decodeIfPresent(String.self, forKey: .startsOn)
        endsOn = try container.decodeIfPresent(String.self, forKey: .endsOn)
        budgetPlannedEur = try container.decodeIfPresent(Double.self, forKey: .budgetPlannedEur)
        budgetSpentEur = try container.decodeIfPresent(Double.self, forKey: .budgetSpentEur)
        channels = try container.decodeIfPresent([String].self, forKey: .channels)
        partners = try container.decodeIfPresent([String].self, forKey: .partners)
        surveyIds = try container.decodeIfPresent([String].self, forKey: .surveyIds)
        objectiveId = try container.decodeIfPresent(String.self, forKey: .objectiveId)
        clearObjective = try container.contains(.objectiveId) && container.decodeNil(forKey: .objectiveId)
    }

    /// The patch; `current` (when the read model has the campaign) lets the
    /// period be checked as a whole.
    func validated(current: CampaignDetails?) throws -> CampaignPatch {
        var check = Validation()
        for (value, field) in [(nameLt, "nameLt"), (goal, "goal"), (audience, "audience")] {
            if let value {
                _ = check.required(value, field)
                check.limit(value, field, 2_000)
            }
        }
        let startsOn = check.day(startsOn, "startsOn", required: false)
        let endsOn = check.day(endsOn, "endsOn", required: false)
        if let start = startsOn ?? current?.startsOn, let end = endsOn ?? current?.endsOn, end < start {
            check.add("endsOn", "'endsOn' must be on or after 'startsOn'")
        }
        let planned = check.euros(budgetPlannedEur, "budgetPlannedEur")
        let spent = check.euros(budgetSpentEur, "budgetSpentEur")
        let channels = check.members(channels, "channels", as: Channel.self)
        let partners = check.partners(partners)
        let surveyIds = check.uuids(surveyIds, "surveyIds")
        let objectiveId = check.uuid(objectiveId, "objectiveId")
        let blankEnglish = nameEn != nil && Validation.blankAsNil(nameEn) == nil
        let patch = CampaignPatch(
            nameLt: nameLt, nameEn: Validation.blankAsNil(nameEn), clearNameEn: clearNameEn || blankEnglish ? true : nil,
            goal: goal, audience: audience, startsOn: startsOn, endsOn: endsOn, budgetPlannedCents: planned,
            budgetSpentCents: spent, channels: channels, partners: partners, surveyIds: surveyIds,
            objectiveId: objectiveId, clearObjective: clearObjective ? true : nil)
        if check.errors.isEmpty && patch.isEmpty {
            check.add("", "the body names no field to change; known: \(CodingKeys.allNames)")
        }
        try check.check()
        return patch
    }
}

extension CampaignPatchInput.CodingKeys {
    static let allNames = [
        "nameLt", "nameEn", "goal", "audience", "startsOn", "endsOn", "budgetPlannedEur", "budgetSpentEur", "channels",
        "partners", "surveyIds", "objectiveId",
    ].joined(separator: ", ")
}

/// The body of `POST /api/v1/campaigns/{id}/transitions`.
struct CampaignTransitionInput: Decodable {
    var to: String?
    var reason: String?

    func validated() throws -> (CampaignStatus, String?) {
        var check = Validation()
        let status = check.member(to, "to", as: CampaignStatus.self, required: true)
        try check.check()
        guard let status else { throw Problem.invalid([FieldError(field: "to", detail: "'to' is required")]) }
        return (status, Validation.blankAsNil(reason))
    }
}

/// The body of `POST /api/v1/marketing-plans/{year}/objectives`.
struct ObjectiveInput: Decodable {
    var title: String?
    var description: String?

    func validated(id: UUID, year: Int) throws -> MarketingObjective {
        var check = Validation()
        let title = check.required(title, "title")
        check.limit(title, "title", 500)
        try check.check()
        guard let title else { throw Problem.invalid([FieldError(field: "title", detail: "'title' is required")]) }
        return MarketingObjective(
            id: id, year: year, title: title.trimmingCharacters(in: .whitespacesAndNewlines),
            description: Validation.blankAsNil(description))
    }
}

/// The body of `POST /api/v1/submissions` and `POST /api/v1/submissions/{id}/resubmit`.
struct SubmissionInput: Decodable {
    var unit: String?
    var title: String?
    var text: String?
    var wishedChannel: String?
    var wishedDate: String?

    func validated() throws -> SubmissionContent {
        var check = Validation()
        let unit = check.required(unit, "unit")
        let title = check.required(title, "title")
        let text = check.required(text, "text")
        check.limit(title, "title", 500)
        check.limit(text, "text", 50_000)
        let channel = check.member(wishedChannel, "wishedChannel", as: Channel.self, required: true)
        let date = check.day(wishedDate, "wishedDate", required: true)
        try check.check()
        guard let unit, let title, let text, let channel, let date else {
            throw Problem.invalid([FieldError(field: "", detail: "the submission is incomplete")])
        }
        return SubmissionContent(unit: unit, title: title, text: text, wishedChannel: channel, wishedDate: date)
    }
}

/// The body of `POST /api/v1/submissions/{id}/review`.
struct SubmissionReviewInput: Decodable {
    var decision: String?
    var comment: String?

    func validated() throws -> (SubmissionDecision, String?) {
        var check = Validation()
        let decision = check.member(decision, "decision", as: SubmissionDecision.self, required: true)
        let comment = Validation.blankAsNil(comment)
        if let decision, decision != .approve, comment == nil {
            check.add("comment", "'comment' is required to \(decision.rawValue): say why, or what to change")
        }
        try check.check()
        guard let decision else { throw Problem.invalid([FieldError(field: "decision", detail: "'decision' is required")]) }
        return (decision, comment)
    }
}

/// The body of `POST /api/v1/submissions/{id}/schedule`.
struct ScheduleInput: Decodable {
    var date: String?
    var channel: String?

    func validated() throws -> (String, Channel) {
        var check = Validation()
        let date = check.day(date, "date", required: true)
        let channel = check.member(channel, "channel", as: Channel.self, required: true)
        try check.check()
        guard let date, let channel else { throw Problem.invalid([FieldError(field: "", detail: "incomplete")]) }
        return (date, channel)
    }
}
