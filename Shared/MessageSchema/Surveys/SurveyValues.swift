import Foundation

/// draft → open → closed. Only an open survey takes answers.
public enum SurveyStatus: String, Codable, Sendable, CaseIterable {
    case draft, open, closed

    /// The statuses this one may move to.
    public var next: Set<SurveyStatus> {
        switch self {
        case .draft: [.open]
        case .open: [.closed]
        case .closed: []
        }
    }

    public func canMove(to status: SurveyStatus) -> Bool { next.contains(status) }
}

/// The kinds of question a survey asks.
public enum QuestionType: String, Codable, Sendable, CaseIterable {
    /// One of `options`, answered as the option's text.
    case singleChoice = "single-choice"
    /// Any of `options`, answered as an array of option texts.
    case multipleChoice = "multiple-choice"
    /// 1 (strongly disagree) to 5 (strongly agree).
    case likert
    /// Net Promoter Score: 0 to 10.
    case nps
    /// 1 to 5 stars.
    case starRating = "star-rating"
    /// Any number.
    case number
    /// Words.
    case freeText = "free-text"

    /// The whole numbers a scale question takes; `nil` for other kinds.
    public var scale: ClosedRange<Int>? {
        switch self {
        case .likert, .starRating: 1...5
        case .nps: 0...10
        default: nil
        }
    }

    /// Whether answers are numbers (scales and `number`).
    public var isNumeric: Bool { scale != nil || self == .number }

    /// Whether answers are picked from `options`.
    public var hasOptions: Bool { self == .singleChoice || self == .multipleChoice }
}

/// One question of a survey. `id` is chosen by the author and stays stable:
/// answers, results and CSV columns are keyed by it.
public struct SurveyQuestion: Codable, Sendable, Equatable {
    public var id: String
    public var type: QuestionType
    public var textLt: String
    public var textEn: String?
    public var required: Bool
    /// The choices of a single- or multiple-choice question, in order; empty otherwise.
    public var options: [String]

    public init(id: String, type: QuestionType, textLt: String, textEn: String? = nil, required: Bool, options: [String] = []) {
        self.id = id
        self.type = type
        self.textLt = textLt
        self.textEn = textEn
        self.required = required
        self.options = options
    }
}

extension Array where Element == SurveyQuestion {
    /// The first NPS question: the survey's headline NPS.
    public var npsQuestion: SurveyQuestion? { first { $0.type == .nps } }

    /// The first star-rating or Likert question: the survey's headline satisfaction.
    public var satisfactionQuestion: SurveyQuestion? { first { $0.type == .starRating || $0.type == .likert } }
}

/// Everything that describes a survey apart from its status and questions.
public struct SurveyDetails: Codable, Sendable, Equatable {
    public var titleLt: String
    public var titleEn: String?
    public var purpose: SurveyPurpose
    public var eventId: UUID?
    public var courseId: UUID?
    public var sessionId: UUID?
    public var campaignId: UUID?
    /// Whether answers are taken without the respondent's name and e-mail.
    public var anonymous: Bool
    /// The most responses the survey takes; `nil` for no limit.
    public var quota: Int?
    /// Answers are refused before this instant, when set.
    public var opensAt: Date?
    /// Answers are refused from this instant on, when set.
    public var closesAt: Date?
    /// `true`: answers are taken only through an invitation's personal link, one per invitation.
    /// Optional so that older messages (without it) still decode: absent means `false`.
    public var oneAnswerPerInvitation: Bool?

    public init(
        titleLt: String, titleEn: String? = nil, purpose: SurveyPurpose, eventId: UUID? = nil, courseId: UUID? = nil,
        sessionId: UUID? = nil, campaignId: UUID? = nil, anonymous: Bool = true, quota: Int? = nil,
        opensAt: Date? = nil, closesAt: Date? = nil, oneAnswerPerInvitation: Bool? = nil
    ) {
        self.titleLt = titleLt
        self.titleEn = titleEn
        self.purpose = purpose
        self.eventId = eventId
        self.courseId = courseId
        self.sessionId = sessionId
        self.campaignId = campaignId
        self.anonymous = anonymous
        self.quota = quota
        self.opensAt = opensAt
        self.closesAt = closesAt
        self.oneAnswerPerInvitation = oneAnswerPerInvitation
    }

    /// Whether answers need an invitation, one answer each.
    public var requiresInvitation: Bool { oneAnswerPerInvitation ?? false }
}

/// One answer: a number (scales, `number`), a text (single choice, free
/// text) or a list of options (multiple choice). On the wire it is the bare
/// JSON value: `9`, `"Puiku"`, `["Facebook","Radijas"]`.
public enum SurveyAnswer: Codable, Sendable, Equatable {
    case number(Double)
    case text(String)
    case choices([String])

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let text = try? container.decode(String.self) {
            self = .text(text)
        } else if let choices = try? container.decode([String].self) {
            self = .choices(choices)
        } else if let number = try? container.decode(Double.self) {
            self = .number(number)
        } else {
            throw DecodingError.dataCorruptedError(
                in: container, debugDescription: "an answer is a number, a text or an array of texts")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value):
            if value.rounded() == value, abs(value) < 9.0e15 {
                try container.encode(Int64(value))
            } else {
                try container.encode(value)
            }
        case .text(let value): try container.encode(value)
        case .choices(let value): try container.encode(value)
        }
    }

    /// The values this answer counts for in results: each chosen option,
    /// the text of a single choice, or the number written canonically
    /// (`9`, `2.5`). Free text counts for nothing.
    public func countedValues(for type: QuestionType) -> [String] {
        switch (self, type) {
        case (_, .freeText): []
        case (.number(let value), _): [Self.canonical(value)]
        case (.text(let value), _): [value]
        case (.choices(let values), _): values
        }
    }

    /// The answer as one CSV cell: options joined by "; ".
    public var cellText: String {
        switch self {
        case .number(let value): Self.canonical(value)
        case .text(let value): value
        case .choices(let values): values.joined(separator: "; ")
        }
    }

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    /// `9` for 9.0, `2.5` for 2.5.
    public static func canonical(_ value: Double) -> String {
        value.rounded() == value && abs(value) < 9.0e15 ? String(Int64(value)) : String(value)
    }
}

/// Who answered, for a survey that is not anonymous.
public struct Respondent: Codable, Sendable, Equatable {
    public var name: String?
    public var email: String?

    public init(name: String? = nil, email: String? = nil) {
        self.name = name
        self.email = email
    }
}
