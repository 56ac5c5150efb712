import Foundation
import Hummingbird

/// The fields of a submitted HTML form (`application/x-www-form-urlencoded`),
/// by name; a field sent several times (check boxes) keeps every value.
public struct FormData: Sendable {
    public private(set) var values: [String: [String]] = [:]

    /// The largest form a page takes (an upload is not a form of this kind).
    public static let maximumSize = 1 << 20

    public init(_ text: String) {
        for pair in text.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let name = Self.decode(parts[0])
            let value = parts.count > 1 ? Self.decode(parts[1]) : ""
            values[name, default: []].append(value)
        }
    }

    /// Reads the form of `request` (its whole body, at most `maximumSize`).
    public static func of(_ request: inout Request) async throws -> FormData {
        let buffer = try await request.collectBody(upTo: maximumSize)
        return FormData(String(buffer: buffer))
    }

    /// The field's first value, trimmed; `nil` when missing or blank.
    public subscript(_ name: String) -> String? {
        guard let value = values[name]?.first?.trimmingCharacters(in: .whitespacesAndNewlines), !value.isEmpty else {
            return nil
        }
        return value
    }

    /// Every value of the field (check boxes, multiple selects).
    public func all(_ name: String) -> [String] { values[name] ?? [] }

    private static func decode(_ text: Substring) -> String {
        let spaced = text.replacingOccurrences(of: "+", with: " ")
        return spaced.removingPercentEncoding ?? spaced
    }
}
