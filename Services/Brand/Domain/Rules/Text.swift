import Foundation

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
