import Foundation
import GRDB
import MessageSchema
import ServiceKit

/// What the gateway's read model keeps on people, over every part that
/// keeps some (`GatewayPart.people`): the copies of registrations,
/// enrolments and certificates, survey respondents and media contacts. The
/// read model erases these when it applies each service's `PersonErased`;
/// `komunikactl people erase` also asks the gateway directly, so its file
/// is scrubbed at once and a service that is down does not leave the
/// gateway's copy behind. Accounts, sessions and the activity history's
/// actors are the department's staff and stay.
public struct GatewayPeople: PersonalDataHolder {
    let parts: [any PersonalDataHolder]

    public init(parts: [any PersonalDataHolder]) {
        self.parts = parts
    }

    public func export(email: String, in db: Database) throws -> [String: JSONValue] {
        try parts.reduce(into: [:]) { tables, part in
            tables.merge(try part.export(email: email, in: db)) { first, _ in first }
        }
    }

    public func erase(email: String, in db: Database) throws -> Erasure {
        try parts.reduce(into: Erasure()) { erasure, part in erasure.merge(try part.erase(email: email, in: db)) }
    }
}
