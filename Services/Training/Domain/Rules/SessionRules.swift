import Foundation
import MessageSchema

/// What a session's description must satisfy before it is stored.
enum SessionRules {
    /// More places than any training room or online meeting of the department has.
    static let capacities = 1...1_000

    static func normalised(_ details: TrainingSessionDetails) -> TrainingSessionDetails {
        var result = details
        result.trainer = details.trainer.trimmed
        result.place = TrainingPlace(
            kind: details.place.kind, city: details.place.city.trimmedOrNil,
            address: details.place.address.trimmedOrNil, url: details.place.url.trimmedOrNil)
        return result
    }

    /// Refuses with `.invalid` the first rule `details` breaks.
    static func validate(_ details: TrainingSessionDetails) throws {
        let details = normalised(details)
        if details.endsAt <= details.startsAt {
            throw invalid(
                "endsAt",
                "The session must end after it starts: endsAt \(Timestamp.format(details.endsAt)) "
                    + "is not after startsAt \(Timestamp.format(details.startsAt)).")
        }
        if !capacities.contains(details.capacity) {
            throw invalid(
                "capacity",
                "The capacity must be from \(capacities.lowerBound) to \(capacities.upperBound); \(details.capacity) was given.")
        }
        if details.trainer.isEmpty {
            throw invalid("trainer", "The trainer (trainer) is required.")
        }
        switch details.place.kind {
        case .lithuania where details.place.city == nil:
            throw invalid("place.city", "A session in Lithuania needs the city or town (place.city).")
        case .online where !isWebLink(details.place.url):
            throw invalid(
                "place.url", "An online session needs the link people join by (place.url, starting with https:// or http://).")
        default:
            break
        }
    }

    /// An http or https address with a host and no spaces.
    static func isWebLink(_ text: String?) -> Bool {
        guard let text, !text.contains(where: \.isWhitespace), let url = URL(string: text),
            let scheme = url.scheme?.lowercased(), scheme == "https" || scheme == "http",
            let host = url.host, !host.isEmpty
        else { return false }
        return true
    }
}
