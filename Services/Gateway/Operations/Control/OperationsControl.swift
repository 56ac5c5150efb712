import Foundation
import GatewayKit
import MessageSchema
import ServiceKit

/// What the operations page asks of the services, and of the gateway itself.
///
/// **Control access.** The gateway sends these over its own CURVE key
/// (`gateway`), the one every service already admits for its commands; it
/// holds no other secret (the operator's key stays with `komunikactl`). Each
/// service's ROUTER lets the gateway's key ask only `BusAccess.gatewayControl`
/// (another service's key less); the gateway narrows that further:
/// it asks, on an admin's behalf only (the page is behind the admin role,
/// a POST behind the form token), for no operation but those of
/// `allowed` — status, the dead-letter list and their retry, a person's
/// export and erasure (the GDPR requests `komunikactl people` also runs). Pausing,
/// replay, backups and the log level stay with the operator's
/// `komunikactl`. A retry applies a message again through the service's
/// own consumer, which skips nothing and keeps the effect-once rule.
struct OperationsControl: Sendable {
    let dependencies: GatewayDependencies

    /// The only control requests the gateway sends for the page.
    static let allowed: Set<ControlRequest.Operation> = [
        .status, .deadLetters, .retryDeadLetters, .exportPerson, .erasePerson,
    ]
    /// How long the page waits for a service's status and letters.
    static let pageTimeout: Duration = .seconds(2)
    /// How long the start page waits: it must stay quick when a service is down.
    static let startPageTimeout: Duration = .seconds(1)
    /// How long a retry may take (each letter applied again in one transaction).
    static let retryTimeout: Duration = .seconds(30)
    /// How long one service may take to export or erase a person (an erasure rebuilds its file).
    static let peopleTimeout: Duration = .seconds(60)

    /// The gateway first, then every domain service, in the order of `ServiceName`.
    static var services: [ServiceName] { [.gateway] + ServiceName.domainServices }

    /// A service's answer, or why there is none.
    enum Answer: Sendable {
        case answered(ControlReply)
        /// It did not answer (the error), or answered that it failed.
        case notAnswering(String)
    }

    /// Asks `service` (the gateway: its own control handler, without the bus).
    func ask(_ request: ControlRequest, of service: ServiceName, timeout: Duration) async -> Answer {
        guard Self.allowed.contains(request.operation) else {
            return .notAnswering("the gateway does not send \(request.operation.rawValue) on an admin's behalf")
        }
        let reply: ControlReply
        if service == .gateway {
            reply = await dependencies.control.handle(request)
        } else {
            do {
                reply = try await dependencies.commands.control(request, to: service, timeout: timeout, attempts: 1)
            } catch CommandClientError.notConfigured {
                return .notAnswering(
                    "the gateway has no connection to \(service.rawValue): it is not among KOMUNIKA_GATEWAY_SOURCES")
            } catch {
                return .notAnswering(String(describing: error))
            }
        }
        guard reply.ok else { return .notAnswering(reply.error ?? "failed") }
        return .answered(reply)
    }

    /// A person's export or erasure across every service, the gateway last (`PeopleRound`).
    func people(_ request: ControlRequest) async -> [PeopleRound.Answer] {
        await PeopleRound.run(request, services: Self.services) { service, request in
            // One that does not answer its status within the page's time is not waited on for longer.
            if case .notAnswering(let error) = await ask(ControlRequest(.status), of: service, timeout: Self.pageTimeout) {
                return .failed(error)
            }
            switch await ask(request, of: service, timeout: Self.peopleTimeout) {
            case .answered(let reply): return reply
            case .notAnswering(let error): return .failed(error)
            }
        }
    }

    /// One service's row of the page.
    struct Report: Sendable {
        var service: ServiceName
        var status: ServiceStatus?
        var letters: [DeadLetterInfo]
        /// Why there is no status (or no letters).
        var problem: String?
    }

    /// Every service's status and unresolved dead letters, asked at the same time.
    func reports(timeout: Duration = pageTimeout) async -> [Report] {
        await withTaskGroup(of: (Int, Report).self) { group in
            for (index, service) in Self.services.enumerated() {
                group.addTask {
                    async let status = ask(ControlRequest(.status), of: service, timeout: timeout)
                    async let letters = ask(ControlRequest(.deadLetters), of: service, timeout: timeout)
                    return (index, Self.report(service, status: await status, letters: await letters))
                }
            }
            var reports: [(Int, Report)] = []
            for await report in group { reports.append(report) }
            return reports.sorted { $0.0 < $1.0 }.map(\.1)
        }
    }

    /// Every service's status alone (the start page's alert).
    func statuses(timeout: Duration) async -> [(ServiceName, Answer)] {
        await withTaskGroup(of: (Int, ServiceName, Answer).self) { group in
            for (index, service) in Self.services.enumerated() {
                group.addTask { (index, service, await ask(ControlRequest(.status), of: service, timeout: timeout)) }
            }
            var answers: [(Int, ServiceName, Answer)] = []
            for await answer in group { answers.append(answer) }
            return answers.sorted { $0.0 < $1.0 }.map { ($0.1, $0.2) }
        }
    }

    /// What a retry came to: how many were resolved and how many stay dead, or why it failed.
    enum RetryOutcome: Sendable {
        case done(resolved: Int64, left: Int)
        case failed(String)
    }

    /// Applies `service`'s dead letter `id` again (all of them when `nil`).
    /// A service that does not answer its status within the page's time is
    /// not kept waiting on for the retry's longer one.
    func retry(_ service: ServiceName, id: Int64?) async -> RetryOutcome {
        if case .notAnswering(let error) = await ask(ControlRequest(.status), of: service, timeout: Self.pageTimeout) {
            return .failed(error)
        }
        return switch await ask(ControlRequest(.retryDeadLetters, id: id), of: service, timeout: Self.retryTimeout) {
        case .answered(let reply): .done(resolved: reply.count ?? 0, left: reply.deadLetters?.count ?? 0)
        case .notAnswering(let error): .failed(error)
        }
    }

    private static func report(_ service: ServiceName, status: Answer, letters: Answer) -> Report {
        var report = Report(service: service, status: nil, letters: [], problem: nil)
        switch status {
        case .answered(let reply): report.status = reply.status
        case .notAnswering(let error): report.problem = error
        }
        switch letters {
        case .answered(let reply): report.letters = (reply.deadLetters ?? []).filter { $0.resolvedAt == nil }
        case .notAnswering(let error): report.problem = report.problem ?? error
        }
        return report
    }
}
