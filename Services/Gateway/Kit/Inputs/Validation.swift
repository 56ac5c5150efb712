import Foundation
import MessageSchema

/// Collects what is wrong with a body, so one answer names every field.
public struct Validation {
    public private(set) var errors: [FieldError] = []

    public init() {}

    public mutating func add(_ field: String, _ detail: String, allowed: [String]? = nil) {
        errors.append(FieldError(field: field, detail: detail, allowed: allowed))
    }

    /// Throws a 422 problem naming every field found wrong.
    public func check() throws {
        if !errors.isEmpty { throw Problem.invalid(errors) }
    }

    /// A text that must be there and not blank.
    public mutating func required(_ value: String?, _ field: String) -> String? {
        guard let value, !value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else {
            add(field, "'\(field)' is required")
            return nil
        }
        return value
    }

    /// A value of an enumeration; an unknown one names the allowed values.
    public mutating func member<T: RawRepresentable & CaseIterable>(
        _ value: String?, _ field: String, as type: T.Type, required: Bool
    ) -> T? where T.RawValue == String {
        guard let value else {
            if required { add(field, "'\(field)' is required") }
            return nil
        }
        guard let member = T(rawValue: value) else {
            let allowed = T.allCases.map(\.rawValue)
            add(field, "'\(field)' must be one of: \(allowed.joined(separator: ", ")); '\(value)' is not", allowed: allowed)
            return nil
        }
        return member
    }

    /// A date-time with an offset, or local Vilnius time.
    public mutating func dateTime(_ value: String?, _ field: String, required: Bool) -> Date? {
        guard let value else {
            if required { add(field, "'\(field)' is required") }
            return nil
        }
        guard let date = Timestamp.parse(value) else {
            add(field, "'\(field)' must be an ISO 8601 date-time such as 2026-12-01T18:00:00+02:00; '\(value)' is not")
            return nil
        }
        return date
    }

    public mutating func uuid(_ value: String?, _ field: String) -> UUID? {
        guard let value else { return nil }
        guard let id = UUID(uuidString: value) else {
            add(field, "'\(field)' must be a UUID; '\(value)' is not")
            return nil
        }
        return id
    }

    public mutating func order(startsAt: Date?, endsAt: Date?) {
        if let startsAt, let endsAt, endsAt <= startsAt {
            add("endsAt", "'endsAt' must be after 'startsAt'")
        }
    }

    /// `nil` for an absent or blank text, else the text as it is.
    public static func blankAsNil(_ text: String?) -> String? {
        guard let text, !text.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty else { return nil }
        return text
    }
}
