import Foundation
import Hummingbird

/// Identifiers in paths. One that cannot name anything (not a UUID, not a
/// year) is answered like an unknown one: 404.
extension Parameters {
    public func uuid(_ name: String, naming thing: String) throws -> UUID {
        let text = get(name) ?? ""
        guard let id = UUID(uuidString: text) else {
            throw Problem.notFound("no \(thing) has the id '\(text)'; ids are UUIDs")
        }
        return id
    }

    public func year(_ name: String) throws -> Int {
        let text = get(name) ?? ""
        guard let year = Int(text), GatewayLimits.years.contains(year) else {
            throw Problem.notFound(
                "there is no plan for '\(text)'; plans are for years \(GatewayLimits.years.lowerBound)–\(GatewayLimits.years.upperBound)")
        }
        return year
    }
}

/// Bounds of what the API accepts.
public enum GatewayLimits {
    public static let years = 2000...2100
}
