import Foundation

/// One field of a page's form as the kit's `form-field` partial draws it:
/// its label, what was typed, the hint and, when wrong, the message next to
/// it (`<p class="field-error" id="NAME-klaida">`, `aria-invalid`,
/// `aria-describedby`). A template puts a list of them in with
/// `{{#data.fields}}{{>form-field}}{{/data.fields}}`.
public struct FormField: Sendable {
    public enum Kind: Sendable {
        case input(type: String)
        case textarea
        /// One choice of `options` (each its value and label).
        case select(options: [(String, String)])
        /// Any of `options` (check boxes sharing the name).
        case checkboxes(options: [(String, String)])
    }

    public var name: String
    public var label: String
    public var kind: Kind
    /// What the field shows: what was typed, or the thing's current value.
    public var values: [String]
    public var hint: String?
    public var error: String?
    public var required: Bool

    public init(
        _ name: String, label: String, kind: Kind = .input(type: "text"), value: String? = nil, values: [String]? = nil,
        hint: String? = nil, error: String? = nil, required: Bool = false
    ) {
        self.name = name
        self.label = label
        self.kind = kind
        self.values = values ?? [value ?? ""]
        self.hint = hint
        self.error = error
        self.required = required
    }

    /// What the partial reads; every key is set, so nothing is looked up in the page around it.
    public var template: [String: Any] {
        let value = values.first ?? ""
        let described = [hint.map { _ in "\(name)-patarimas" }, error.map { _ in "\(name)-klaida" }].compactMap { $0 }
        var result: [String: Any] = [
            "name": name, "label": label, "value": value, "hint": hint ?? "", "hasHint": hint != nil,
            "error": error ?? "", "hasError": error != nil, "describedBy": described.joined(separator: " "),
            "hasDescription": !described.isEmpty, "required": required, "isInput": false, "isTextarea": false,
            "isSelect": false, "isCheckboxes": false, "type": "text", "options": [[String: Any]](),
        ]
        switch kind {
        case .input(let type):
            result["isInput"] = true
            result["type"] = type
        case .textarea: result["isTextarea"] = true
        case .select(let options):
            result["isSelect"] = true
            result["options"] = Self.options(options, chosen: [value], name: name)
        case .checkboxes(let options):
            result["isCheckboxes"] = true
            result["options"] = Self.options(options, chosen: values, name: name)
        }
        return result
    }

    static func options(_ options: [(String, String)], chosen: [String], name: String) -> [[String: Any]] {
        options.enumerated().map { index, option in
            [
                "value": option.0, "label": option.1, "selected": chosen.contains(option.0),
                "id": "\(name)-\(index)",
            ]
        }
    }
}

extension Array where Element == FormField {
    /// The fields as the partial reads them.
    public var template: [[String: Any]] { map(\.template) }
}
