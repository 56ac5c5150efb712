import Foundation
import MessageSchema

/// Where every service's sockets are. Defaults put everything on this
/// machine's loopback, on the ports of `defaultPorts`; environment variables
/// override each address, for compose and for several hosts:
///
/// - `KOMUNIKA_<SERVICE>_PUB`, `KOMUNIKA_<SERVICE>_ROUTER`: the address others connect to
///   (`<SERVICE>` is `environmentKey(of:)`: the name upper-cased with `-` as `_`, e.g. `MEDIA_RELATIONS`);
/// - `KOMUNIKA_<SERVICE>_PUB_BIND`, `KOMUNIKA_<SERVICE>_ROUTER_BIND`: the address the service
///   itself binds, when it differs (`tcp://*:7101` in a container).
public struct Topology: Sendable {
    public struct Endpoints: Sendable, Equatable {
        public var publish: String
        public var router: String
        public var publishBind: String
        public var routerBind: String
    }

    public var endpoints: [ServiceName: Endpoints]

    /// Each service's ports on 127.0.0.1, written out: a new service gets
    /// its own line here, and no other service's ports move.
    public static func defaultPorts(for service: ServiceName) -> (publish: Int, router: Int) {
        switch service {
        case .events: (7101, 7102)
        case .campaigns: (7111, 7112)
        case .mediaRelations: (7121, 7122)
        case .brand: (7131, 7132)
        case .training: (7141, 7142)
        case .surveys: (7151, 7152)
        case .gateway: (7161, 7162)
        case .mail: (7171, 7172)
        }
    }

    /// The `<SERVICE>` of the environment variables: `events` → `KOMUNIKA_EVENTS`,
    /// `media-relations` → `KOMUNIKA_MEDIA_RELATIONS`.
    public static func environmentKey(of service: ServiceName) -> String {
        "KOMUNIKA_" + service.rawValue.uppercased().replacingOccurrences(of: "-", with: "_")
    }

    public init(environment: [String: String] = ProcessInfo.processInfo.environment) {
        var endpoints: [ServiceName: Endpoints] = [:]
        for service in ServiceName.allCases {
            let key = Self.environmentKey(of: service)
            let ports = Self.defaultPorts(for: service)
            let publish = environment[key + "_PUB"] ?? "tcp://127.0.0.1:\(ports.publish)"
            let router = environment[key + "_ROUTER"] ?? "tcp://127.0.0.1:\(ports.router)"
            endpoints[service] = Endpoints(
                publish: publish, router: router,
                publishBind: environment[key + "_PUB_BIND"] ?? publish,
                routerBind: environment[key + "_ROUTER_BIND"] ?? router)
        }
        self.endpoints = endpoints
    }

    public subscript(service: ServiceName) -> Endpoints { endpoints[service]! }
}
