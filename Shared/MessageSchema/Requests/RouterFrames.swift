/// What a DEALER sends to a service's ROUTER: `[requestId, kind, body]`.
/// The ROUTER answers `[requestId, body]` to the same peer.
public enum RequestKind: String, Sendable {
    /// A `CommandRequest`, answered by a `CommandReply`.
    case command
    /// A `ControlRequest`, answered by a `ControlReply`.
    case control
}
