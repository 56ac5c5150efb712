import Foundation

/// Why a survey takes no answer now.
public enum SurveyRefusal: String, Codable, Sendable, CaseIterable {
    /// A draft, or an open survey before its `opensAt`.
    case notOpen = "not-open"
    /// Closed, or past its `closesAt`.
    case closed
    /// Its quota of responses is reached.
    case full

    public func message(title: String) -> String {
        switch self {
        case .notOpen: "The survey \"\(title)\" is not open yet; it takes no answers."
        case .closed: "The survey \"\(title)\" is closed; it takes no more answers."
        case .full: "The survey \"\(title)\" has all the responses it was meant to collect; it takes no more answers."
        }
    }
}

/// The rules of answering, shared by the surveys service (which decides)
/// and the gateway (which answers bad input before sending it).
public enum SurveyAnswering {
    public static let maximumTextLength = 5_000

    /// Why the survey takes no answer at `now`, or `nil` when it takes one.
    public static func refusal(
        status: SurveyStatus, details: SurveyDetails, responses: Int, now: Date
    ) -> SurveyRefusal? {
        switch status {
        case .draft: return .notOpen
        case .closed: return .closed
        case .open: break
        }
        if let closesAt = details.closesAt, now >= closesAt { return .closed }
        if let opensAt = details.opensAt, now < opensAt { return .notOpen }
        if let quota = details.quota, responses >= quota { return .full }
        return nil
    }

    /// Checks `answers` against `questions`: returns the answers to keep
    /// (free text trimmed, blank texts left out) or every problem, each
    /// naming its question as `answers.<id>`.
    public static func check(
        _ answers: [String: SurveyAnswer], against questions: [SurveyQuestion]
    ) -> Result<[String: SurveyAnswer], AnswerProblems> {
        var errors: [SurveyFieldError] = []
        var kept: [String: SurveyAnswer] = [:]
        let known = Set(questions.map(\.id))
        for id in answers.keys.sorted() where !known.contains(id) {
            errors.append(SurveyFieldError("answers.\(id)", "the survey has no question '\(id)'", .unknownQuestion))
        }
        for question in questions {
            let field = "answers.\(question.id)"
            var answer = answers[question.id]
            if case .text(let text) = answer {
                let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
                answer = trimmed.isEmpty ? nil : .text(trimmed)
            }
            guard let answer else {
                if question.required {
                    errors.append(
                        SurveyFieldError(field, "question '\(question.id)' (\(question.textLt)) must be answered", .unanswered))
                }
                continue
            }
            if let problem = problem(of: answer, to: question) {
                errors.append(SurveyFieldError(field, "question '\(question.id)': \(problem.detail)", problem))
            } else {
                kept[question.id] = answer
            }
        }
        return errors.isEmpty ? .success(kept) : .failure(AnswerProblems(errors: errors))
    }

    private static func problem(of answer: SurveyAnswer, to question: SurveyQuestion) -> AnswerProblem? {
        switch question.type {
        case .singleChoice:
            guard case .text(let text) = answer else { return .notOneOption }
            return question.options.contains(text) ? nil : .notAnOption(text, options: question.options)
        case .multipleChoice:
            guard case .choices(let chosen) = answer else { return .notOptions }
            if chosen.isEmpty { return .noneChosen }
            if Set(chosen).count != chosen.count { return .chosenTwice }
            if let wrong = chosen.first(where: { !question.options.contains($0) }) {
                return .notAnOption(wrong, options: question.options)
            }
            return nil
        case .likert, .nps, .starRating:
            let scale = question.type.scale ?? 0...0
            guard case .number(let value) = answer, value.rounded() == value, value >= Double(scale.lowerBound),
                value <= Double(scale.upperBound)
            else { return .notOnScale(scale) }
            return nil
        case .number:
            guard case .number(let value) = answer, value.isFinite, abs(value) < 1e15 else { return .notANumber }
            return nil
        case .freeText:
            guard case .text(let text) = answer else { return .notText }
            return text.count > maximumTextLength ? .tooLong(maximumTextLength) : nil
        }
    }

}

/// What is wrong with one answer, by kind: the API says `detail` (English),
/// a page says it in the reader's language.
public enum AnswerProblem: Sendable, Equatable {
    /// The survey has no such question.
    case unknownQuestion
    /// A required question left blank.
    case unanswered
    /// A single choice given as something other than one text.
    case notOneOption
    /// A multiple choice given as something other than an array.
    case notOptions
    /// A text that is not one of `options`.
    case notAnOption(String, options: [String])
    /// A multiple choice with nothing chosen.
    case noneChosen
    /// A multiple choice with an option twice.
    case chosenTwice
    /// Not a whole number of the question's scale.
    case notOnScale(ClosedRange<Int>)
    case notANumber
    case notText
    /// A text longer than the limit.
    case tooLong(Int)

    /// The problem in English, as the API answers it.
    public var detail: String {
        switch self {
        case .unknownQuestion: "the survey has no such question"
        case .unanswered: "it must be answered"
        case .notOneOption: "the answer must be one of the options, as text"
        case .notOptions: "the answer must be an array of options"
        case .notAnOption(let text, let options):
            "'\(text)' is not one of the options: \(options.map { "'\($0)'" }.joined(separator: ", "))"
        case .noneChosen: "choose at least one option"
        case .chosenTwice: "an option is chosen twice"
        case .notOnScale(let scale): "the answer must be a whole number from \(scale.lowerBound) to \(scale.upperBound)"
        case .notANumber: "the answer must be a number"
        case .notText: "the answer must be text"
        case .tooLong(let limit): "the answer must be at most \(limit) characters"
        }
    }
}

/// Every problem of a set of answers.
public struct AnswerProblems: Error, Sendable, Equatable {
    public var errors: [SurveyFieldError]
}
