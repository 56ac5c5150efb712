import Foundation

/// What is wrong with one field of a survey, a question or an answer:
/// `field` is its path (`titleLt`, `questions[1].options`, `answers.recommend`).
public struct SurveyFieldError: Sendable, Equatable, CustomStringConvertible {
    public var field: String
    public var detail: String
    /// The kind of problem of an answer (`SurveyAnswering.check`), for a page to say in its reader's language.
    public var answerProblem: AnswerProblem?

    public init(_ field: String, _ detail: String, _ answerProblem: AnswerProblem? = nil) {
        self.field = field
        self.detail = detail
        self.answerProblem = answerProblem
    }

    public var description: String { detail }
}

/// The rules of a survey's shape, shared by the surveys service (which
/// decides) and the gateway (which answers bad input before sending it).
public enum SurveyRules {
    public static let maximumTitleLength = 300
    public static let maximumQuestionTextLength = 1_000
    public static let maximumOptions = 50
    public static let maximumQuestions = 100

    /// Every problem of `details`.
    public static func problems(of details: SurveyDetails) -> [SurveyFieldError] {
        var errors: [SurveyFieldError] = []
        let title = details.titleLt.trimmingCharacters(in: .whitespacesAndNewlines)
        if title.isEmpty {
            errors.append(SurveyFieldError("titleLt", "'titleLt' is required"))
        } else if title.count > maximumTitleLength {
            errors.append(SurveyFieldError("titleLt", "'titleLt' must be at most \(maximumTitleLength) characters"))
        }
        if let titleEn = details.titleEn, titleEn.count > maximumTitleLength {
            errors.append(SurveyFieldError("titleEn", "'titleEn' must be at most \(maximumTitleLength) characters"))
        }
        if let quota = details.quota, quota < 1 {
            errors.append(SurveyFieldError("quota", "'quota' must be at least 1, or absent for no limit"))
        }
        if let opensAt = details.opensAt, let closesAt = details.closesAt, closesAt <= opensAt {
            errors.append(SurveyFieldError("closesAt", "'closesAt' must be after 'opensAt'"))
        }
        return errors
    }

    /// Every problem of `question`, the `index`-th of a list, given the ids
    /// already taken by the survey's other questions.
    public static func problems(of question: SurveyQuestion, field: String, takenIds: Set<String>) -> [SurveyFieldError] {
        var errors: [SurveyFieldError] = []
        let id = question.id
        if id.isEmpty || id.count > 64 || !id.unicodeScalars.allSatisfy({ idCharacters.contains($0) }) {
            errors.append(
                SurveyFieldError(
                    "\(field).id", "'\(field).id' must be 1 to 64 letters, digits, '-' or '_' (a stable name such as 'recommend'); '\(id)' is not"))
        } else if takenIds.contains(id) {
            errors.append(SurveyFieldError("\(field).id", "the survey already has a question with the id '\(id)'"))
        }
        let text = question.textLt.trimmingCharacters(in: .whitespacesAndNewlines)
        if text.isEmpty {
            errors.append(SurveyFieldError("\(field).textLt", "'\(field).textLt' is required"))
        } else if text.count > maximumQuestionTextLength {
            errors.append(
                SurveyFieldError(
                    "\(field).textLt", "'\(field).textLt' must be at most \(maximumQuestionTextLength) characters"))
        }
        if question.type.hasOptions {
            let options = question.options.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            if options.count < 2 || options.count > maximumOptions {
                errors.append(
                    SurveyFieldError(
                        "\(field).options", "a \(question.type.rawValue) question needs 2 to \(maximumOptions) options"))
            } else if options.contains(where: \.isEmpty) {
                errors.append(SurveyFieldError("\(field).options", "options must not be blank"))
            } else if Set(options).count != options.count {
                errors.append(SurveyFieldError("\(field).options", "options must differ from each other"))
            }
        } else if !question.options.isEmpty {
            errors.append(
                SurveyFieldError(
                    "\(field).options", "a \(question.type.rawValue) question has no options; leave 'options' out"))
        }
        return errors
    }

    /// Every problem of a list of questions given together.
    public static func problems(
        of questions: [SurveyQuestion], field: String = "questions", takenIds: Set<String> = []
    )
        -> [SurveyFieldError]
    {
        var errors: [SurveyFieldError] = []
        var taken = takenIds
        if questions.count + takenIds.count > maximumQuestions {
            errors.append(SurveyFieldError(field, "a survey has at most \(maximumQuestions) questions"))
        }
        for (index, question) in questions.enumerated() {
            errors += problems(of: question, field: "\(field)[\(index)]", takenIds: taken)
            taken.insert(question.id)
        }
        return errors
    }

    /// The details with texts trimmed and blank optional texts removed.
    public static func normalised(_ details: SurveyDetails) -> SurveyDetails {
        var result = details
        result.titleLt = details.titleLt.trimmingCharacters(in: .whitespacesAndNewlines)
        result.titleEn = blankAsNil(details.titleEn)
        return result
    }

    public static func normalised(_ question: SurveyQuestion) -> SurveyQuestion {
        var result = question
        result.textLt = question.textLt.trimmingCharacters(in: .whitespacesAndNewlines)
        result.textEn = blankAsNil(question.textEn)
        result.options = question.options.map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
        return result
    }

    /// One `@` with something on both sides and no spaces.
    public static func looksLikeEmail(_ text: String) -> Bool {
        let parts = text.split(separator: "@", omittingEmptySubsequences: false)
        return parts.count == 2 && !parts[0].isEmpty && !parts[1].isEmpty && !text.contains(where: \.isWhitespace)
    }

    public static func blankAsNil(_ text: String?) -> String? {
        guard let trimmed = text?.trimmingCharacters(in: .whitespacesAndNewlines), !trimmed.isEmpty else { return nil }
        return trimmed
    }

    private static let idCharacters = CharacterSet(
        charactersIn: "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_")
}
