import Foundation
import GatewayKit
import MessageSchema

/// The survey builder's state, carried by its own form: the survey's
/// details, the questions so far (hidden fields `q_*`, one set per question,
/// in order) and the question being written or edited (`n_*`). The surveys
/// service takes a draft's questions whole at creation (and later only adds
/// at the end), so reordering, editing and removing happen here, before the
/// draft is created.
struct SurveyBuilderForm {
    struct Question {
        var id = ""
        var type = QuestionType.singleChoice.rawValue
        var textLt = ""
        var textEn = ""
        var required = false
        var options: [String] = []
    }

    var titleLt = ""
    var titleEn = ""
    var purpose = SurveyPurpose.publicOpinion.rawValue
    var anonymous = true
    /// Answers only through invitations, one each.
    var byInvitation = false
    var quota = ""
    var opensAt = ""
    var closesAt = ""
    var questions: [Question] = []
    var editor = Question()
    /// The question `editor` replaces when saved; `nil` for a new one.
    var editing: Int?

    init() {}

    init(_ form: FormData) {
        titleLt = form.values["titleLt"]?.first ?? ""
        titleEn = form.values["titleEn"]?.first ?? ""
        purpose = form["purpose"] ?? purpose
        anonymous = form["anonymous"] == "1"
        byInvitation = form["byInvitation"] == "1"
        quota = form["quota"] ?? ""
        opensAt = form["opensAt"] ?? ""
        closesAt = form["closesAt"] ?? ""
        let ids = form.all("q_id")
        func at(_ name: String, _ index: Int) -> String {
            let values = form.all(name)
            return index < values.count ? values[index] : ""
        }
        questions = ids.indices.map { index in
            Question(
                id: ids[index], type: at("q_type", index), textLt: at("q_textLt", index), textEn: at("q_textEn", index),
                required: at("q_required", index) == "1",
                options: at("q_options", index).split(whereSeparator: \.isNewline).map(String.init))
        }
        editor = Self.question(from: form, prefix: "n_")
        editing = form["n_index"].flatMap(Int.init).flatMap { questions.indices.contains($0) ? $0 : nil }
    }

    /// A question typed into the fields `<prefix>id`, `<prefix>type` …
    static func question(from form: FormData, prefix: String) -> Question {
        Question(
            id: form[prefix + "id"] ?? "", type: form[prefix + "type"] ?? QuestionType.singleChoice.rawValue,
            textLt: form.values[prefix + "textLt"]?.first ?? "", textEn: form.values[prefix + "textEn"]?.first ?? "",
            required: form[prefix + "required"] == "1",
            options: (form.values[prefix + "options"]?.first ?? "").split(whereSeparator: \.isNewline)
                .map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty })
    }

    var editorIsBlank: Bool {
        editor.textLt.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty && editor.id.isEmpty
            && editor.options.isEmpty
    }

    /// The editor's question checked against the others; the errors are by field (`n_textLt` …).
    func checkedEditor(_ language: Language) -> (SurveyQuestion?, [String: String]) {
        let taken = Set(questions.enumerated().filter { $0.offset != editing }.map(\.element.id))
        var question = editor
        if question.id.isEmpty { question.id = Self.freeId(taken: taken) }
        return Self.checked(question, taken: taken, prefix: "n_", language)
    }

    /// `q1`, `q2` …: the first not taken.
    static func freeId(taken: Set<String>) -> String {
        var number = 1
        while taken.contains("q\(number)") { number += 1 }
        return "q\(number)"
    }

    /// A question's problems in the reader's words, by field `<prefix>id` …
    static func checked(
        _ draft: Question, taken: Set<String>, prefix: String, _ language: Language
    ) -> (SurveyQuestion?, [String: String]) {
        guard let type = QuestionType(rawValue: draft.type) else {
            return (nil, [prefix + "type": SurveysPageStrings.badType.text(in: language)])
        }
        let question = SurveyRules.normalised(
            SurveyQuestion(
                id: draft.id, type: type, textLt: draft.textLt, textEn: draft.textEn, required: draft.required,
                options: type.hasOptions ? draft.options : []))
        var errors: [String: String] = [:]
        for problem in SurveyRules.problems(of: question, field: "q", takenIds: taken) {
            switch problem.field {
            case "q.id":
                errors[prefix + "id"] =
                    (taken.contains(question.id) ? SurveysPageStrings.takenQuestionId : SurveysPageStrings.badQuestionId)
                    .text(in: language)
            case "q.textLt": errors[prefix + "textLt"] = SurveysPageStrings.needQuestionText.text(in: language)
            default: errors[prefix + "options"] = SurveysPageStrings.badOptions.text(in: language)
            }
        }
        return (errors.isEmpty ? question : nil, errors)
    }

    /// The survey's details, or the problems of its fields by name.
    func checkedDetails(_ language: Language) -> (SurveyDetails?, [String: String]) {
        var errors: [String: String] = [:]
        let purpose = SurveyPurpose(rawValue: purpose)
        if purpose == nil { errors["purpose"] = SurveysPageStrings.badPurpose.text(in: language) }
        var quotaValue: Int?
        if !quota.isEmpty {
            quotaValue = Int(quota)
            if (quotaValue ?? 0) < 1 { errors["quota"] = SurveysPageStrings.badQuota.text(in: language) }
        }
        func date(_ text: String, _ field: String) -> Date? {
            guard !text.isEmpty else { return nil }
            guard let date = HumanDate.parseInput(text) else {
                errors[field] = SurveysPageStrings.badDate.text(in: language)
                return nil
            }
            return date
        }
        let details = SurveyRules.normalised(
            SurveyDetails(
                titleLt: titleLt, titleEn: titleEn, purpose: purpose ?? .publicOpinion, anonymous: anonymous, quota: quotaValue,
                opensAt: date(opensAt, "opensAt"), closesAt: date(closesAt, "closesAt"),
                oneAnswerPerInvitation: byInvitation ? true : nil))
        for problem in SurveyRules.problems(of: details) {
            switch problem.field {
            case "titleLt": errors["titleLt"] = SurveysPageStrings.needTitle.text(in: language)
            case "titleEn": errors["titleEn"] = SurveysPageStrings.titleEnTooLong.text(in: language)
            case "closesAt": errors["closesAt"] = SurveysPageStrings.closesBeforeOpens.text(in: language)
            default: errors["quota"] = SurveysPageStrings.badQuota.text(in: language)
            }
        }
        return (errors.isEmpty ? details : nil, errors)
    }

    /// What the builder's template reads.
    func view(_ language: Language, errors: [String: String]) -> [String: Any] {
        let count = questions.count
        let rows: [[String: Any]] = questions.enumerated().map { index, question in
            let type = QuestionType(rawValue: question.type)
            return [
                "index": index, "number": index + 1, "id": question.id, "type": question.type,
                "typeName": type.map { SurveysPageStrings.type($0).text(in: language) } ?? question.type,
                "textLt": question.textLt, "textEn": question.textEn, "required": question.required,
                "requiredValue": question.required ? "1" : "0", "options": question.options.joined(separator: "\n"),
                "optionList": question.options.map { ["text": $0] }, "hasOptions": !question.options.isEmpty,
                "canMoveUp": index > 0, "canMoveDown": index < count - 1, "isEditing": index == editing,
            ]
        }
        var view: [String: Any] = [
            "titleLt": titleLt, "titleEn": titleEn, "anonymous": anonymous, "byInvitation": byInvitation, "quota": quota, "opensAt": opensAt,
            "closesAt": closesAt,
            "purposes": SurveyPurpose.allCases.map { each in
                [
                    "value": each.rawValue, "label": SurveysPageStrings.purpose(each).text(in: language),
                    "selected": each.rawValue == purpose,
                ] as [String: Any]
            },
            "questions": rows, "hasQuestions": !rows.isEmpty,
            "editor": Self.editorView(editor, language: language), "errors": errors,
        ]
        if let editing { view["editing"] = ["index": editing, "number": editing + 1] }
        return view
    }

    /// The fields of a question editor (the builder's, and a draft's "add a question").
    static func editorView(_ question: Question, language: Language) -> [String: Any] {
        [
            "id": question.id, "textLt": question.textLt, "textEn": question.textEn, "required": question.required,
            "options": question.options.joined(separator: "\n"),
            "types": QuestionType.allCases.map { type in
                [
                    "value": type.rawValue, "label": SurveysPageStrings.type(type).text(in: language),
                    "selected": type.rawValue == question.type,
                ] as [String: Any]
            },
        ]
    }

    /// Carries out the builder's button `action`: `up-N`, `down-N`, `edit-N`, `remove-N`.
    mutating func rearrange(_ action: String) {
        let parts = action.split(separator: "-")
        guard parts.count == 2, let index = Int(parts[1]), questions.indices.contains(index) else { return }
        switch parts[0] {
        case "up" where index > 0:
            questions.swapAt(index, index - 1)
            editing = nil
        case "down" where index < questions.count - 1:
            questions.swapAt(index, index + 1)
            editing = nil
        case "edit":
            editor = questions[index]
            editing = index
        case "remove":
            questions.remove(at: index)
            editing = nil
        default: break
        }
    }
}

extension SurveyBuilderForm.Question {
    init(_ question: SurveyQuestion) {
        self.init(
            id: question.id, type: question.type.rawValue, textLt: question.textLt, textEn: question.textEn ?? "",
            required: question.required, options: question.options)
    }
}
