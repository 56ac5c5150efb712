import Foundation
import MessageSchema

/// What a submission must be, and which steps its status allows.
enum SubmissionRules {
    static func validate(_ content: SubmissionContent) throws {
        for (text, field) in [(content.unit, "unit"), (content.title, "title"), (content.text, "text")]
        where text.trimmed.isEmpty {
            throw CampaignRules.invalid(field, "'\(field)' is required")
        }
        if content.title.count > 500 {
            throw CampaignRules.invalid("title", "'title' must be at most 500 characters")
        }
        if content.text.count > 50_000 {
            throw CampaignRules.invalid("text", "'text' must be at most 50000 characters")
        }
        if !CalendarDay.isValid(content.wishedDate) {
            throw CampaignRules.invalid(
                "wishedDate", "'wishedDate' must be a day such as 2026-12-01; '\(content.wishedDate)' is not")
        }
    }

    static func normalised(_ content: SubmissionContent) -> SubmissionContent {
        var result = content
        result.unit = content.unit.trimmed
        result.title = content.title.trimmed
        result.text = content.text.trimmed
        return result
    }
}
