import ArgumentParser
import Foundation
import MessageSchema

/// After a consumer stopped applying a source (`komunikactl status` says
/// STOPPED: the source answers from a restored backup or a new file), rebuilds
/// the consumer's view of that source from the source's current log.
struct ReconcileCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reconcile",
        abstract: "Rebuild a consumer's view of a source from the source's current log (after a restored backup).",
        discussion: """
            The gateway forgets what its read model keeps of the source and applies the source's whole log \
            again. A service keeps what its reactions did (it cannot be undone) and applies what follows the \
            history both logs share: the restored backup's newest seq.
            """)

    @Argument(help: "The consumer: the gateway, or a service that consumes the source.") var consumer: ServiceName
    @Argument(help: "The source whose messages the consumer stopped applying.") var source: ServiceName

    func run() async throws {
        let reply = try await ControlConnection().ask(
            consumer, ControlRequest(.reconcile, source: source.rawValue), timeout: .seconds(60))
        let latest = reply.count ?? 0
        let after = reply.sharedSeq ?? 0
        if after == 0 {
            print(
                "\(consumer.rawValue) rebuilds what it keeps of \(source.rawValue) from the current log of \(source.rawValue)"
                    + " (\(latest) messages)")
        } else {
            print(
                "\(consumer.rawValue) applies the current log of \(source.rawValue) after seq \(after), the history both share"
                    + " (\(max(0, latest - after)) messages); what it did for messages no longer in that log stays done")
        }
    }
}
