/// The executables of Komunika by the name they use as `source` on the bus.
/// Every list of services (the topology, tests, `komunikactl services`, the
/// generated compose.yaml, `make run`) derives from these cases.
public enum ServiceName: String, CaseIterable, Codable, Sendable {
    case events
    case campaigns
    case mediaRelations = "media-relations"
    case brand
    case training
    case surveys
    /// Tells people by e-mail what the other services did (komunika-mail).
    case mail
    case gateway

    /// The executable's file name.
    public var executable: String { "komunika-\(rawValue)" }

    /// Every service with a domain of its own, in the order of the cases:
    /// all but the gateway, which only reads what they publish.
    public static var domainServices: [ServiceName] { allCases.filter { $0 != .gateway } }
}
