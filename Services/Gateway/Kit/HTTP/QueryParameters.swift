import Foundation
import Hummingbird
import MessageSchema

/// A request's query string, read strictly: an unknown name, a repeated
/// name or a value that cannot be read is a 400 problem naming the parameter.
public struct QueryParameters {
    private var values: [String: String] = [:]

    public init(_ request: Request, allowed: [String]) throws {
        guard let query = request.uri.query, !query.isEmpty else { return }
        for pair in query.split(separator: "&", omittingEmptySubsequences: true) {
            let parts = pair.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false)
            let rawName = String(parts[0]).replacingOccurrences(of: "+", with: " ")
            let rawValue = parts.count > 1 ? String(parts[1]).replacingOccurrences(of: "+", with: " ") : ""
            guard let name = rawName.removingPercentEncoding, let value = rawValue.removingPercentEncoding else {
                throw Problem.badQuery(rawName, "'\(pair)' is not correctly percent-encoded")
            }
            guard allowed.contains(name) else {
                throw Problem.badQuery(
                    name, "'\(name)' is not a parameter here; known: \(allowed.joined(separator: ", "))",
                    allowed: allowed)
            }
            guard values[name] == nil else {
                throw Problem.badQuery(name, "'\(name)' is given more than once; give a comma-separated list instead")
            }
            values[name] = value
        }
    }

    public func string(_ name: String) -> String? {
        values[name].flatMap { $0.isEmpty ? nil : $0 }
    }

    /// A whole number within `range`.
    public func integer(_ name: String, in range: ClosedRange<Int>) throws -> Int? {
        guard let text = string(name) else { return nil }
        guard let value = Int(text), range.contains(value) else {
            let bounds =
                range.upperBound == Int.max
                ? "of at least \(range.lowerBound)" : "from \(range.lowerBound) to \(range.upperBound)"
            throw Problem.badQuery(name, "'\(name)' must be a whole number \(bounds), not '\(text)'")
        }
        return value
    }

    /// A date-time with an offset, or local Vilnius time, or a day (its start in Vilnius).
    public func date(_ name: String) throws -> Date? {
        guard let text = string(name) else { return nil }
        if let date = Timestamp.parse(text) ?? Self.day(text) { return date }
        throw Problem.badQuery(
            name, "'\(name)' must be a date (2026-12-01) or an ISO 8601 date-time (2026-12-01T18:00:00+02:00), not '\(text)'")
    }

    /// One value of an enumeration.
    public func value<T: RawRepresentable & CaseIterable>(_ name: String, as type: T.Type) throws -> T? where T.RawValue == String {
        guard let text = string(name) else { return nil }
        guard let value = T(rawValue: text) else { throw unknownValue(name, text, type) }
        return value
    }

    /// A comma-separated list of values of an enumeration.
    public func set<T: RawRepresentable & CaseIterable & Hashable>(_ name: String, of type: T.Type) throws -> Set<T> where T.RawValue == String {
        guard let text = string(name) else { return [] }
        var result = Set<T>()
        for part in text.split(separator: ",") {
            let raw = part.trimmingCharacters(in: .whitespaces)
            guard let value = T(rawValue: raw) else { throw unknownValue(name, raw, type) }
            result.insert(value)
        }
        return result
    }

    private func unknownValue<T: RawRepresentable & CaseIterable>(_ name: String, _ text: String, _ type: T.Type) -> Problem
    where T.RawValue == String {
        let allowed = T.allCases.map(\.rawValue)
        return Problem.badQuery(
            name, "'\(text)' is not a known \(name); allowed: \(allowed.joined(separator: ", "))", allowed: allowed)
    }

    /// The start of a day `2026-12-01` in Vilnius.
    private static func day(_ text: String) -> Date? {
        CalendarDay(text)?.startInVilnius
    }
}
