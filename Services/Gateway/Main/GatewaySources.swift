import Foundation
import GatewayKit
import MessageSchema

/// The services the gateway consumes, from a comma-separated list.
enum GatewaySources {
    struct UnknownSource: Error, CustomStringConvertible {
        let name: String
        var description: String {
            let known = ServiceName.domainServices.map(\.rawValue).joined(separator: ", ")
            return "KOMUNIKA_GATEWAY_SOURCES names '\(name)', which is not one of \(known)"
        }
    }

    /// Every service but the gateway itself.
    static let all = ServiceName.domainServices.map(\.rawValue).joined(separator: ",")

    static func parse(_ text: String) throws -> [ServiceName] {
        try text.split(separator: ",").map { part in
            let name = part.trimmingCharacters(in: .whitespaces)
            guard let service = ServiceName(rawValue: name), service != .gateway else { throw UnknownSource(name: name) }
            return service
        }
    }
}
