import Foundation
import Logging
import MessageSchema
import ServiceLifecycle

/// Runs the expiry check (`CheckExpiries`, as of today) when the service
/// starts and then every `interval` (an hour), through the command handler
/// like any other command, until graceful shutdown.
public struct ExpirySchedule: Service {
    private let commands: BrandCommandHandler
    private let interval: Duration
    private let logger: Logger

    public init(commands: BrandCommandHandler, interval: Duration = .seconds(3_600), logger: Logger) {
        self.commands = commands
        self.interval = interval
        self.logger = logger
    }

    public func run() async throws {
        await cancelWhenGracefulShutdown {
            while !Task.isCancelled {
                await self.check()
                try? await Task.sleep(for: self.interval)
            }
        }
    }

    private func check() async {
        do {
            let request = try CommandRequest(CheckExpiries(), idempotencyKey: "expiry-check:\(UUID().uuidString)")
            let reply = await commands.handle(request)
            if let failure = reply.failure {
                logger.error("the expiry check failed: \(failure)")
            } else if let outcome = try reply.result?.decode(as: ExpiryCheckOutcome.self) {
                logger.info("expiry check as of \(outcome.asOf): \(outcome.warnings) warnings, \(outcome.withdrawn) withdrawn")
            }
        } catch {
            logger.error("the expiry check failed: \(error)")
        }
    }
}
