public enum ConsumerError: Error, CustomStringConvertible, Equatable {
    case notConsumed(String)
    case refused(source: String, reason: String)
    /// The applier rebuilds from the whole log, which the source pruned through `seq`.
    case logPruned(source: String, through: Int64)
    case notStopped(String)

    public var description: String {
        switch self {
        case .notConsumed(let source): "'\(source)' is not a source this service consumes"
        case .refused(let source, let reason): "\(source) refused to answer a fetch: \(reason)"
        case .notStopped(let source):
            "this consumer applies \(source) and has not stopped it: reconcile is for a source status shows STOPPED"
        case .logPruned(let source, let through):
            "\(source) pruned its log through seq \(through), and this consumer rebuilds from the whole log:"
                + " restore this consumer's own backup (it holds what was applied), then reconcile again"
        }
    }
}
