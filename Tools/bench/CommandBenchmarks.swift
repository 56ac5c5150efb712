import Bus
import EventsService
import Foundation
import MessageSchema
import ServiceKit
import Store

/// Commands over the bus to the real events domain (DEALER → ROUTER →
/// SQLite transaction with outbox and idempotency key → reply), against a
/// bare request/reply round trip on the same sockets.
struct CommandBenchmarks {
    let folder: URL
    let scale: Int

    func run(into report: BenchReport) async throws {
        print("Commands")
        let context = ZMQContext()
        let echoEndpoint = "ipc://\(folder.path)/echo.sock"
        let holder = Holder()
        holder.server = try RequestServer(context: context, bind: echoEndpoint) { request in
            holder.server?.reply(to: request, frames: request.frames)
        }
        let echo = try RequestClient(context: context, connect: echoEndpoint)
        let rounds = 2_000 * scale
        var echoLatencies: [Duration] = []
        for _ in 0..<rounds {
            let start = ContinuousClock.now
            _ = try await echo.request([Data("ping".utf8)])
            echoLatencies.append(ContinuousClock.now - start)
        }
        echoLatencies.sort()

        let database = try ServiceDatabase(
            path: folder.appendingPathComponent("events.sqlite").path, migrations: EventsSchema.register(in:))
        let handler = EventsCommandHandler(database: database) {}
        let control = ControlHandler(service: .events, database: database, relay: nil, consumer: nil)
        let commandEndpoint = "ipc://\(folder.path)/events-router.sock"
        // The router answers only keys its ZAP handler admits, as in a service.
        let keys = folder.appendingPathComponent("keys")
        try BusKeyring.create(BusKeyring.initialRoles(services: ["events"]), in: keys)
        let server = try BusSecurity(keyring: BusKeyring(folder: keys), name: "events")
        let zap = try server.startZAPHandler(in: context)
        let router = try ServiceRouter(
            context: context, bind: commandEndpoint, commands: handler, control: control, logger: .init(label: "bench"),
            options: server.serverOptions)
        // The router answers from its workers, which run while `run()` does.
        let routing = Task { try await router.run() }
        var topology = Topology(environment: [:])
        topology.endpoints[.events]?.router = commandEndpoint
        let client = try CommandClient(
            context: context, topology: topology, services: [.events],
            clientOptions: try BusSecurity(keyring: server.keyring, name: "operator").clientOptions(to:))

        var latencies: [Duration] = []
        for index in 0..<rounds {
            let start = ContinuousClock.now
            let reply = try await client.send(try CommandRequest(propose(index), idempotencyKey: UUID().uuidString), to: .events)
            precondition(reply.ok, "\(reply)")
            latencies.append(ContinuousClock.now - start)
        }
        latencies.sort()
        report.add(
            "command round trip p50 / p99",
            ours: "\(BenchReport.micros(BenchReport.percentile(latencies, 0.5))) / \(BenchReport.micros(BenchReport.percentile(latencies, 0.99)))",
            limit:
                "\(BenchReport.micros(BenchReport.percentile(echoLatencies, 0.5))) / \(BenchReport.micros(BenchReport.percentile(echoLatencies, 0.99)))",
            limitWhat: "bare DEALER/ROUTER echo")

        let concurrent = 5_000 * scale
        let start = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for index in 0..<concurrent {
                group.addTask {
                    _ = try await client.send(try CommandRequest(propose(rounds + index), idempotencyKey: UUID().uuidString), to: .events)
                }
            }
            try await group.waitForAll()
        }
        let time = ContinuousClock.now - start
        let echoStart = ContinuousClock.now
        try await withThrowingTaskGroup(of: Void.self) { group in
            for _ in 0..<concurrent { group.addTask { _ = try await echo.request([Data("ping".utf8)]) } }
            try await group.waitForAll()
        }
        let echoTime = ContinuousClock.now - echoStart
        report.add(
            "commands, \(concurrent) in flight", ours: BenchReport.rate(concurrent, time), limit: BenchReport.rate(concurrent, echoTime),
            limitWhat: "bare DEALER/ROUTER echo, same concurrency")
        client.close()
        echo.close()
        routing.cancel()
        _ = try? await routing.value
        holder.server?.close()
        zap.close()
        context.terminate()
    }

    private func propose(_ index: Int) -> ProposeEvent {
        let start = Date(timeIntervalSince1970: 1_800_000_000 + Double(index) * 7_200)
        return ProposeEvent(
            details: EventDetails(
                type: .bookPresentation, title: LocalizedText(lt: "Knygos pristatymas Nr. \(index)"), startsAt: start,
                endsAt: start.addingTimeInterval(3_600), venue: Venue(kind: .lithuania, city: "Vilnius"),
                organisingUnit: "Komunikacijos ir rinkodaros departamentas", capacity: 50))
    }
}

final class Holder: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: RequestServer?
    var server: RequestServer? {
        get { lock.withLock { stored } }
        set { lock.withLock { stored = newValue } }
    }
}
