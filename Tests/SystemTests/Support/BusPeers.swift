import Bus
import Foundation

extension SystemUnderTest {
    /// A PUB socket bound where `service` publishes, with its key: the test
    /// plays that service (a forger, a garbage publisher, one whose messages
    /// come out of order). Close it, then terminate `context`.
    func publisher(playing service: String, in context: ZMQContext) throws -> Publisher {
        try Publisher(
            context: context, bind: endpoint(service, "PUB"),
            options: [.curveServer(secretKey: try security(as: service).pair.secretKey)])
    }

    /// A subscriber to everything the events service publishes, with the
    /// operator's key, keeping what it hears in `heard`. Close it.
    func eventsListener(in context: ZMQContext, heard: Heard) throws -> Subscriber {
        try Subscriber(
            context: context, connect: [endpoint("events", "PUB")], prefixes: ["events."],
            options: try security(as: "operator").clientOptions(to: .events),
            onMessage: { frames in heard.add(frames) })
    }
}
