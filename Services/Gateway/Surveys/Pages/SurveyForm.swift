import Foundation
import GatewayKit
import MessageSchema

/// A survey's questions as an HTML form, one field `a_<question id>` each:
/// what a person typed read back into answers and checked by the same
/// rules as the API (`SurveyAnswering.check`), each problem said next to
/// its question in the reader's language. The staff's paper answers and the
/// public form both use it.
enum SurveyForm {
    static func name(of question: SurveyQuestion) -> String { "a_" + question.id }

    /// The answers to `questions` checked, or the problems by field name.
    static func answers(
        of form: FormData, to questions: [SurveyQuestion], _ language: Language
    ) -> Result<[String: SurveyAnswer], FieldErrors> {
        switch SurveyAnswering.check(typed(form, questions), against: questions) {
        case .success(let kept): return .success(kept)
        case .failure(let problems):
            var errors: [String: String] = [:]
            for problem in problems.errors {
                let name = "a_" + problem.field.dropFirst("answers.".count)
                errors[name] = errors[name] ?? message(problem.answerProblem).text(in: language)
            }
            return .failure(FieldErrors(fields: errors))
        }
    }

    /// What was typed, as answers before any check: a choice as its text,
    /// the choices as given, a number as a number when it reads as one (a
    /// decimal comma too) and as text otherwise, for the check to refuse.
    static func typed(_ form: FormData, _ questions: [SurveyQuestion]) -> [String: SurveyAnswer] {
        var answers: [String: SurveyAnswer] = [:]
        for question in questions {
            let name = name(of: question)
            switch question.type {
            case .multipleChoice:
                let chosen = form.all(name).filter { !$0.isEmpty }
                guard !chosen.isEmpty else { continue }
                let inOrder = question.options.filter { chosen.contains($0) }
                answers[question.id] = .choices(inOrder.count == chosen.count ? inOrder : chosen)
            case .likert, .nps, .starRating, .number:
                guard let text = form[name] else { continue }
                let number = Double(text.replacingOccurrences(of: ",", with: "."))
                answers[question.id] = number.map(SurveyAnswer.number) ?? .text(text)
            case .singleChoice, .freeText:
                if let text = form[name] { answers[question.id] = .text(text) }
            }
        }
        return answers
    }

    /// The reader's words for a problem of the shared rules.
    static func message(_ problem: AnswerProblem?) -> Localized {
        switch problem {
        case .unanswered, nil: SurveysPageStrings.mustAnswer
        case .notOneOption, .notOptions, .notAnOption, .noneChosen, .chosenTwice, .unknownQuestion:
            SurveysPageStrings.chooseOption
        case .notOnScale(let scale):
            Localized(
                lt: "Pasirinkite sveikąjį skaičių nuo \(scale.lowerBound) iki \(scale.upperBound).",
                en: "Choose a whole number from \(scale.lowerBound) to \(scale.upperBound).")
        case .notANumber: SurveysPageStrings.notANumber
        case .notText: Localized(lt: "Atsakykite žodžiais.", en: "Answer in words.")
        case .tooLong(let limit):
            Localized(lt: "Atsakymas – iki \(limit) simbolių.", en: "The answer is up to \(limit) characters.")
        }
    }

    /// The questions as the form's fieldsets show them, with what was typed and the errors.
    static func questionViews(
        _ questions: [SurveyQuestion], form: FormData, errors: [String: String], language: Language
    ) -> [[String: Any]] {
        questions.enumerated().map { index, question in
            let name = name(of: question)
            let given = Set(form.all(name))
            var view = SurveysPageController.questionView(question, number: index + 1, language: language)
            view["name"] = name
            view["error"] = errors[name] ?? ""
            view["hasError"] = errors[name] != nil
            view["value"] = form.values[name]?.first ?? ""
            view["isSingle"] = question.type == .singleChoice
            view["isMultiple"] = question.type == .multipleChoice
            view["isScale"] = question.type.scale != nil
            view["isNumber"] = question.type == .number
            view["isText"] = question.type == .freeText
            view["choices"] = question.options.enumerated().map { optionIndex, option in
                ["value": option, "label": option, "checked": given.contains(option), "key": "\(name)-\(optionIndex)"]
                    as [String: Any]
            }
            view["points"] = (question.type.scale.map { Array($0) } ?? []).map { point in
                let label =
                    question.type == .likert ? SurveysPageStrings.likert(point).text(in: language) : String(point)
                return ["value": String(point), "label": label, "checked": given.contains(String(point)), "key": "\(name)-\(point)"]
                    as [String: Any]
            }
            return view
        }
    }

    /// The answers and, for a survey that is not anonymous, the respondent;
    /// or every problem by field name.
    static func submission(
        _ form: FormData, to survey: SurveyRecord, _ language: Language
    ) -> Result<([String: SurveyAnswer], Respondent?), FieldErrors> {
        var errors: [String: String] = [:]
        var respondent: Respondent?
        if !survey.details.anonymous { (respondent, errors) = Self.respondent(of: form, language) }
        switch answers(of: form, to: survey.questions, language) {
        case .success(let kept) where errors.isEmpty: return .success((kept, respondent))
        case .success: return .failure(FieldErrors(fields: errors))
        case .failure(let problems): return .failure(FieldErrors(fields: problems.fields.merging(errors) { first, _ in first }))
        }
    }

    /// Problems of a form, by field name.
    struct FieldErrors: Error {
        var fields: [String: String]
    }

    /// The respondent of a survey that is not anonymous (`respondent_name`,
    /// `respondent_email`), or the problem of the e-mail by field name.
    static func respondent(of form: FormData, _ language: Language) -> (Respondent?, [String: String]) {
        let email = form["respondent_email"]
        var errors: [String: String] = [:]
        if let email, !SurveyRules.looksLikeEmail(email) { errors["respondent_email"] = SurveysPageStrings.badEmail.text(in: language) }
        guard form["respondent_name"] != nil || email != nil else { return (nil, errors) }
        return (Respondent(name: form["respondent_name"], email: email), errors)
    }
}
