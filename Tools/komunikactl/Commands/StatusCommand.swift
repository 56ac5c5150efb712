import ArgumentParser
import Foundation
import MessageSchema

struct StatusCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "status",
        abstract: "Latest seq, outbox backlog, consumer lag, dead letters, database size and uptime of each service.")

    @OptionGroup var selection: ServiceSelection
    @Flag(help: "Print JSON instead of a table.") var json = false

    func run() async throws {
        let services = try selection.resolved()
        var statuses: [String: ServiceStatus] = [:]
        var unreachable: [String: String] = [:]
        for service in services {
            do {
                statuses[service.rawValue] = try await ControlConnection().ask(service, ControlRequest(.status)).status
            } catch {
                unreachable[service.rawValue] = String(describing: error)
            }
        }
        if json {
            let report = StatusReport(services: services.compactMap { statuses[$0.rawValue] }, unreachable: unreachable)
            print(String(decoding: try MessageCoding.encode(report), as: UTF8.self))
        } else {
            print(StatusTable.render(services: services, statuses: statuses, unreachable: unreachable))
        }
        if !unreachable.isEmpty { throw ExitCode.failure }
    }
}

struct StatusReport: Codable {
    var services: [ServiceStatus]
    var unreachable: [String: String]
}

struct HealthCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "health", abstract: "Whether each service answers and is healthy; exits 1 if any is not.")

    @OptionGroup var selection: ServiceSelection

    func run() async throws {
        var allHealthy = true
        for service in try selection.resolved() {
            do {
                let status = try await ControlConnection().ask(service, ControlRequest(.health), timeout: .seconds(2)).status
                let healthy = status?.healthy ?? false
                allHealthy = allHealthy && healthy
                print("\(service.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) \(healthy ? "healthy" : "unhealthy")")
            } catch {
                allHealthy = false
                print("\(service.rawValue.padding(toLength: 16, withPad: " ", startingAt: 0)) down: \(error)")
            }
        }
        if !allHealthy { throw ExitCode.failure }
    }
}
