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
            errors.append(SurveyFieldError("answers.\(id)", "the survey has no question '\(id)'"))
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
                    errors.append(SurveyFieldError(field, "question '\(question.id)' (\(question.textLt)) must be answered"))
                }
                continue
            }
            if let problem = problem(of: answer, to: question) {
                errors.append(SurveyFieldError(field, "question '\(question.id)': \(problem)"))
            } else {
                kept[question.id] = answer
            }
        }
        return errors.isEmpty ? .success(kept) : .failure(AnswerProblems(errors: errors))
    }

    private static func problem(of answer: SurveyAnswer, to question: SurveyQuestion) -> String? {
        switch question.type {
        case .singleChoice:
            guard case .text(let text) = answer else { return "the answer must be one of the options, as text" }
            return question.options.contains(text) ? nil : "'\(text)' is not one of the options: \(options(question))"
        case .multipleChoice:
            guard case .choices(let chosen) = answer else { return "the answer must be an array of options" }
            if chosen.isEmpty { return "choose at least one option" }
            if Set(chosen).count != chosen.count { return "an option is chosen twice" }
            if let wrong = chosen.first(where: { !question.options.contains($0) }) {
                return "'\(wrong)' is not one of the options: \(options(question))"
            }
            return nil
        case .likert, .nps, .starRating:
            let scale = question.type.scale ?? 0...0
            guard case .number(let value) = answer, value.rounded() == value, value >= Double(scale.lowerBound),
                value <= Double(scale.upperBound)
            else { return "the answer must be a whole number from \(scale.lowerBound) to \(scale.upperBound)" }
            return nil
        case .number:
            guard case .number(let value) = answer, value.isFinite, abs(value) < 1e15 else { return "the answer must be a number" }
            return nil
        case .freeText:
            guard case .text(let text) = answer else { return "the answer must be text" }
            return text.count > maximumTextLength ? "the answer must be at most \(maximumTextLength) characters" : nil
        }
    }

    private static func options(_ question: SurveyQuestion) -> String {
        question.options.map { "'\($0)'" }.joined(separator: ", ")
    }
}

/// Every problem of a set of answers.
public struct AnswerProblems: Error, Sendable, Equatable {
    public var errors: [SurveyFieldError]
}
