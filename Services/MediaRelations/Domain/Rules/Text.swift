import Foundation
import MessageSchema

extension String {
    /// The text without surrounding spaces and line breaks.
    var trimmed: String { trimmingCharacters(in: .whitespacesAndNewlines) }
}

extension Optional where Wrapped == String {
    /// The trimmed text, or `nil` when there is none.
    var trimmedOrNil: String? {
        guard let text = self?.trimmed, !text.isEmpty else { return nil }
        return text
    }
}

/// A refusal of input that breaks a rule of its shape, naming the field.
func invalidInput(_ field: String, _ message: String) -> CommandFailure {
    CommandFailure(.invalid, message, details: ["field": field])
}
