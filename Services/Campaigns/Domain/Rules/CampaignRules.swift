import Foundation
import MessageSchema

/// What a campaign's description must be. A refusal is `.invalid` with the
/// field it is about in `details["field"]`.
enum CampaignRules {
    static let maximumTextLength = 2_000

    static func validate(_ details: CampaignDetails) throws {
        try required(details.nameLt, "nameLt")
        try required(details.goal, "goal")
        try required(details.audience, "audience")
        for (text, field) in [(details.nameLt, "nameLt"), (details.goal, "goal"), (details.audience, "audience")]
        where text.count > maximumTextLength {
            throw invalid(field, "'\(field)' must be at most \(maximumTextLength) characters")
        }
        for (day, field) in [(details.startsOn, "startsOn"), (details.endsOn, "endsOn")] where !CalendarDay.isValid(day) {
            throw invalid(field, "'\(field)' must be a day such as 2026-12-01; '\(day)' is not")
        }
        if details.endsOn < details.startsOn {
            throw invalid("endsOn", "'endsOn' must be on or after 'startsOn'")
        }
        if details.budgetPlannedCents < 0 {
            throw invalid("budgetPlannedEur", "the planned budget may not be negative")
        }
        if details.budgetSpentCents < 0 {
            throw invalid("budgetSpentEur", "the spent budget may not be negative")
        }
        for (index, partner) in details.partners.enumerated() where partner.trimmed.isEmpty {
            throw invalid("partners[\(index)]", "a partner organisation needs a name")
        }
    }

    /// Trimmed texts, a blank English name left out, channels, partners and
    /// surveys each once, in the order given.
    static func normalised(_ details: CampaignDetails) -> CampaignDetails {
        var result = details
        result.nameLt = details.nameLt.trimmed
        result.nameEn = details.nameEn.trimmedOrNil
        result.goal = details.goal.trimmed
        result.audience = details.audience.trimmed
        result.channels = unique(details.channels)
        result.partners = unique(details.partners.map(\.trimmed))
        result.surveyIds = unique(details.surveyIds)
        return result
    }

    static func invalid(_ field: String, _ message: String) -> CommandFailure {
        CommandFailure(.invalid, message, details: ["field": field])
    }

    private static func required(_ text: String, _ field: String) throws {
        if text.trimmed.isEmpty { throw invalid(field, "'\(field)' is required") }
    }

    private static func unique<T: Hashable>(_ values: [T]) -> [T] {
        var seen = Set<T>()
        return values.filter { seen.insert($0).inserted }
    }
}
