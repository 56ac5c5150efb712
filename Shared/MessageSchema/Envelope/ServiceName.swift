/// The executables of Komunika by the name they use as `source` on the bus.
public enum ServiceName: String, CaseIterable, Codable, Sendable {
    case events
    case campaigns
    case mediaRelations = "media-relations"
    case brand
    case training
    case surveys
    case gateway

    /// The executable's file name.
    public var executable: String { "komunika-\(rawValue)" }
}
