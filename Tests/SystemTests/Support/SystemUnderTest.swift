import Foundation
import MessageSchema
import ServiceKit
import XCTest

/// Real Komunika executables started as processes for one test, each test
/// with its own data folder, ipc socket paths and HTTP port, so tests can run
/// in parallel. Everything started is killed when the test ends.
final class SystemUnderTest: @unchecked Sendable {
    let folder: URL
    let httpPort: Int
    let environment: [String: String]
    /// The admin's bearer token, in this system's token file.
    let adminToken = TokenFile.newToken()
    private var processes: [String: Process] = [:]
    private var logs: [String: FileHandle] = [:]
    private let lock = NSLock()

    init(extraEnvironment: [String: String] = [:]) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("komunika-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        httpPort = try FreePort.find()
        var environment = ProcessInfo.processInfo.environment
        environment["KOMUNIKA_DATA_DIR"] = folder.appendingPathComponent("data").path
        environment["KOMUNIKA_HTTP_PORT"] = String(httpPort)
        environment["KOMUNIKA_HTTP_HOST"] = "127.0.0.1"
        environment["KOMUNIKA_LOG_LEVEL"] = "info"
        // Tests of the events slice run events and gateway only; others say which they run.
        environment["KOMUNIKA_GATEWAY_SOURCES"] = "events"
        // Every service of the topology on ipc paths in this test's folder.
        for service in ServiceName.allCases {
            let key = Topology.environmentKey(of: service)
            environment[key + "_PUB"] = "ipc://\(folder.path)/\(service.rawValue)-pub.sock"
            environment[key + "_ROUTER"] = "ipc://\(folder.path)/\(service.rawValue)-router.sock"
        }
        // Backups go only into the backup folder: here the test's own folder.
        environment["KOMUNIKA_BACKUP_DIR"] = folder.path
        for (key, value) in extraEnvironment { environment[key] = value }
        self.environment = environment
        // The bus's CURVE keys, as `komunikactl keys init` makes them.
        try BusKeyring.create(
            BusKeyring.initialRoles(services: ServiceName.allCases.map(\.rawValue)),
            in: folder.appendingPathComponent("data").appendingPathComponent("keys"))
        try Data("admin \(adminToken) Test administrator\n".utf8)
            .write(to: folder.appendingPathComponent("data").appendingPathComponent("gateway-tokens"))
    }

    /// The CURVE keys of `name` (a service, or `operator`) in this system's keys folder.
    func security(as name: String) throws -> BusSecurity {
        try BusSecurity(keyring: BusKeyring(folder: dataFolder.appendingPathComponent("keys")), name: name)
    }

    deinit { stopAll() }

    var dataFolder: URL { folder.appendingPathComponent("data") }

    func databasePath(of service: String) -> String { dataFolder.appendingPathComponent("\(service).sqlite").path }

    /// The address of `service`'s `socket` (`PUB` or `ROUTER`) in this system.
    func endpoint(_ service: String, _ socket: String) -> String {
        environment[Topology.environmentKey(of: ServiceName(rawValue: service)!) + "_" + socket]!
    }

    static var binaryFolder: URL {
        if let folder = ProcessInfo.processInfo.environment["KOMUNIKA_BIN_DIR"] { return URL(fileURLWithPath: folder) }
        var url = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL
        while url.path != "/" && !FileManager.default.fileExists(atPath: url.appendingPathComponent("komunika-events").path) {
            url.deleteLastPathComponent()
        }
        return url
    }

    /// Starts `executable` (e.g. `komunika-events`), appending its output to a log in the test folder.
    func start(_ executable: String) throws {
        let process = Process()
        process.executableURL = Self.binaryFolder.appendingPathComponent(executable)
        process.environment = environment
        let logURL = folder.appendingPathComponent("\(executable).log")
        if !FileManager.default.fileExists(atPath: logURL.path) {
            FileManager.default.createFile(atPath: logURL.path, contents: nil)
        }
        let log = try FileHandle(forWritingTo: logURL)
        log.seekToEndOfFile()
        process.standardOutput = log
        process.standardError = log
        try process.run()
        lock.withLock {
            processes[executable] = process
            logs[executable] = log
        }
    }

    /// SIGKILL: no chance to clean up, as in a crash.
    func kill(_ executable: String) {
        guard let process = lock.withLock({ processes.removeValue(forKey: executable) }) else { return }
        Glibc.kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }

    /// SIGTERM, then waits; returns the exit status.
    func terminate(_ executable: String, timeout: TimeInterval = 15) -> Int32? {
        guard let process = lock.withLock({ processes.removeValue(forKey: executable) }) else { return nil }
        Glibc.kill(process.processIdentifier, SIGTERM)
        let deadline = Date().addingTimeInterval(timeout)
        while process.isRunning && Date() < deadline { usleep(20_000) }
        if process.isRunning {
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            return nil
        }
        return process.terminationStatus
    }

    /// The process id of `executable`, while it runs.
    func processIdentifier(of executable: String) -> Int32? {
        lock.withLock { processes[executable]?.processIdentifier }
    }

    func isRunning(_ executable: String) -> Bool {
        lock.withLock { processes[executable]?.isRunning ?? false }
    }

    func log(of executable: String) -> String {
        (try? String(contentsOf: folder.appendingPathComponent("\(executable).log"), encoding: .utf8)) ?? ""
    }

    func stopAll() {
        let all = lock.withLock { () -> [Process] in
            defer { processes.removeAll() }
            return Array(processes.values)
        }
        for process in all where process.isRunning {
            Glibc.kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
        }
    }

    /// Removes the test's folder (data, sockets, logs) unless `KOMUNIKA_KEEP_TEST_DATA`
    /// is set, which keeps it and prints where it is. Tests call it as their
    /// last step, so a test that throws before it leaves its folder behind.
    func removeFolder() {
        if ProcessInfo.processInfo.environment["KOMUNIKA_KEEP_TEST_DATA"] != nil {
            print("test data kept in \(folder.path)")
            return
        }
        try? FileManager.default.removeItem(at: folder)
    }

    /// Runs `komunikactl` with this system's environment; returns exit code and output.
    func komunikactl(_ arguments: [String]) throws -> (status: Int32, output: String, error: String) {
        let process = Process()
        process.executableURL = Self.binaryFolder.appendingPathComponent("komunikactl")
        process.arguments = arguments
        var environment = environment
        if environment["KOMUNIKA_SERVICES"] == nil { environment["KOMUNIKA_SERVICES"] = "events,gateway" }
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        process.standardOutput = output
        process.standardError = error
        try process.run()
        let outData = output.fileHandleForReading.readDataToEndOfFile()
        let errData = error.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return (process.terminationStatus, String(decoding: outData, as: UTF8.self), String(decoding: errData, as: UTF8.self))
    }
}

enum FreePort {
    /// A TCP port on 127.0.0.1 that nothing listens on right now.
    static func find() throws -> Int {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(fd) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, length) }
        }
        guard bound == 0 else { throw NSError(domain: "FreePort", code: Int(errno)) }
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        return Int(UInt16(bigEndian: address.sin_port))
    }
}
