import ArgumentParser
import Foundation
import MessageSchema

/// Prunes a service's outbox now, as its pruner does every hour: the
/// messages every consumer said it is past, once older than
/// `KOMUNIKA_OUTBOX_RETENTION_DAYS` (the service's own setting).
struct PruneCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "prune",
        abstract: "Prune a service's outbox now: what every consumer has applied, beyond the retention window.",
        discussion: """
            Each consumer tells its sources every minute from which seq on it may still need their logs; the \
            gateway, which rebuilds its read model from whole logs, keeps them all. The newest message and any \
            not yet published always stay.
            """)

    @Argument(help: "The service whose outbox to prune.") var service: ServiceName

    func run() async throws {
        let reply = try await ControlConnection().ask(service, ControlRequest(.prune), timeout: .seconds(60))
        let through = reply.prunedThrough ?? 0
        print(
            "\(service.rawValue): pruned \(reply.count ?? 0) messages; the outbox is pruned through seq \(through)"
                + (through == 0 ? " (nothing pruned yet)" : ""))
    }
}
