/// Topics are `<source>.<type>`, so a subscriber filters a source, or one
/// kind of message, by prefix.
public enum Topic {
    public static func message(source: String, type: String) -> String { "\(source).\(type)" }

    /// Heartbeats carry no `seq` of their own, so they take a reserved type.
    public static func heartbeat(source: String) -> String { "\(source).\(Heartbeat.type)" }

    /// The prefix that selects everything one source publishes.
    public static func prefix(source: String) -> String { "\(source)." }
}
