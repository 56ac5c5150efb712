import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// One TCP connection to 127.0.0.1, byte for byte, for what an HTTP client
/// library hides: a connection that sends nothing, a head trickled slowly,
/// when the server closes. Closed when released.
final class RawConnection {
    private var socket: Int32

    init(port: Int) throws {
        socket = Glibc.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard socket >= 0 else { throw Self.error("socket") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let connected = withUnsafePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                Glibc.connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
            }
        }
        guard connected == 0 else {
            Glibc.close(socket)
            throw Self.error("connect")
        }
    }

    deinit { close() }

    func close() {
        if socket >= 0 { Glibc.close(socket) }
        socket = -1
    }

    func send(_ text: String) throws {
        let bytes = Array(text.utf8)
        let sent = bytes.withUnsafeBytes { Glibc.send(socket, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
        guard sent == bytes.count else { throw Self.error("send") }
    }

    /// What arrives within `timeout` seconds, until the server has sent a
    /// pause of 0.3 s after some bytes, or closed; `""` when nothing came.
    func read(timeout: TimeInterval) throws -> String {
        var received = [UInt8]()
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            let wait = received.isEmpty ? deadline.timeIntervalSinceNow : min(0.3, deadline.timeIntervalSinceNow)
            guard let chunk = try receive(within: wait) else { break }
            if chunk.isEmpty { break }
            received += chunk
        }
        return String(decoding: received, as: UTF8.self)
    }

    /// Everything the server sends until it closes the connection; throws if it is still open after `timeout`.
    func readUntilClosed(timeout: TimeInterval) throws -> String {
        var received = [UInt8]()
        let deadline = Date().addingTimeInterval(timeout)
        while true {
            let left = deadline.timeIntervalSinceNow
            guard left > 0, let chunk = try receive(within: left) else {
                throw NSError(
                    domain: "RawConnection", code: 1,
                    userInfo: [NSLocalizedDescriptionKey: "still open after \(timeout) s; received \(received.count) bytes"])
            }
            if chunk.isEmpty { return String(decoding: received, as: UTF8.self) }
            received += chunk
        }
    }

    /// `true` when the server has closed its side (a read would end).
    func isClosed() -> Bool {
        var probe = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        guard poll(&probe, 1, 0) > 0 else { return false }
        var byte: UInt8 = 0
        let peeked = recv(socket, &byte, 1, Int32(MSG_PEEK | MSG_DONTWAIT))
        return peeked == 0 || (peeked < 0 && errno == ECONNRESET)
    }

    /// Bytes that came within `seconds`; `[]` when the server closed, `nil` when nothing came.
    private func receive(within seconds: TimeInterval) throws -> [UInt8]? {
        var probe = pollfd(fd: socket, events: Int16(POLLIN), revents: 0)
        let ready = poll(&probe, 1, Int32(max(0, seconds) * 1000))
        guard ready > 0 else { return nil }
        var buffer = [UInt8](repeating: 0, count: 8192)
        let count = buffer.withUnsafeMutableBytes { recv(socket, $0.baseAddress, $0.count, 0) }
        if count < 0 && errno == ECONNRESET { return [] }
        guard count >= 0 else { throw Self.error("recv") }
        return Array(buffer.prefix(count))
    }

    private static func error(_ call: String) -> NSError {
        NSError(domain: "RawConnection", code: Int(errno), userInfo: [NSLocalizedDescriptionKey: "\(call): \(String(cString: strerror(errno)))"])
    }
}
