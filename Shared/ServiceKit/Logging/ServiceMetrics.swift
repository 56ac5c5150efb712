import Metrics
import Prometheus

/// The process's metrics (swift-metrics) collected in a Prometheus registry:
/// Hummingbird's request metrics and the platform's own counters.
public enum ServiceMetrics {
    public static let registry = PrometheusCollectorRegistry()
    private static let once: Void = {
        MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))
    }()

    public static func bootstrap() { _ = once }

    /// The Prometheus text exposition of every metric.
    public static func exposition() -> String { registry.emitToString() }

    static let commandsHandled = Counter(label: "komunika_commands_total")
    static let commandsRefused = Counter(label: "komunika_commands_refused_total")
    static let messagesApplied = Counter(label: "komunika_messages_applied_total")
    static let deadLetters = Counter(label: "komunika_dead_letters_total")
    static let messagesPublished = Counter(label: "komunika_messages_published_total")
}
