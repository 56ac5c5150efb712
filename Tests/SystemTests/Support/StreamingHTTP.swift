import Crypto
import Foundation

#if canImport(Glibc)
import Glibc
#endif

/// HTTP/1.1 over a plain TCP socket for bodies too large to hold in memory:
/// an upload is sent from a file in 1 MiB pieces, a download is hashed
/// (SHA-256) as it arrives and never kept. One request per connection
/// (`Connection: close`); bodies are read by `Content-Length` or to the end.
struct StreamingHTTP {
    struct Head {
        var status: Int
        /// Header names in lower case.
        var headers: [String: String]
    }

    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let port: Int
    let token: String

    static let pieceSize = 1024 * 1024

    /// Sends `file` as the body of a POST to `path`; the answer, whose body is small.
    func upload(_ path: String, file: URL, contentType: String) throws -> (head: Head, body: Data) {
        let size = try FileManager.default.attributesOfItem(atPath: file.path)[.size] as? Int ?? 0
        let connection = try Connection(port: port)
        try connection.send(head("POST", path, ["Content-Type": contentType, "Content-Length": String(size)]))
        let input = try FileHandle(forReadingFrom: file)
        defer { try? input.close() }
        while let piece = try input.read(upToCount: Self.pieceSize), !piece.isEmpty {
            try connection.send(piece)
        }
        let head = try connection.readHead()
        return (head, try connection.readBody(head, keep: true).body)
    }

    /// Declares `declared` bytes but sends only `sent` of them, then closes its side.
    func truncatedUpload(_ path: String, declared: Int, sent: Int) throws -> Head? {
        let connection = try Connection(port: port)
        try connection.send(head("POST", path, ["Content-Type": "video/mp4", "Content-Length": String(declared)]))
        try connection.send(Data(repeating: 0x42, count: sent))
        shutdown(connection.descriptor, Int32(SHUT_WR))
        return try? connection.readHead()
    }

    /// GETs `path`; the answer's head, the SHA-256 and length of its body.
    func download(_ path: String, headers: [String: String] = [:]) throws -> (head: Head, sha256: String, size: Int, body: Data) {
        let connection = try Connection(port: port)
        try connection.send(head("GET", path, headers))
        let head = try connection.readHead()
        let body = try connection.readBody(head, keep: head.status != 200 && head.status != 206)
        return (head, body.sha256, body.size, body.body)
    }

    private func head(_ method: String, _ path: String, _ fields: [String: String]) -> Data {
        var text = "\(method) \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nAuthorization: Bearer \(token)\r\nConnection: close\r\n"
        for (name, value) in fields { text += "\(name): \(value)\r\n" }
        return Data((text + "\r\n").utf8)
    }

    /// One TCP connection to 127.0.0.1, with a minute's timeout on each read and write.
    final class Connection {
        let descriptor: Int32
        /// Bytes read past the head.
        private var pending = Data()

        init(port: Int) throws {
            descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
            guard descriptor >= 0 else { throw Failure(description: "no socket (errno \(errno))") }
            var timeout = timeval(tv_sec: 60, tv_usec: 0)
            setsockopt(descriptor, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            setsockopt(descriptor, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
            var address = sockaddr_in()
            address.sin_family = sa_family_t(AF_INET)
            address.sin_port = in_port_t(UInt16(port).bigEndian)
            address.sin_addr.s_addr = inet_addr("127.0.0.1")
            let connected = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    connect(descriptor, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            guard connected == 0 else {
                close(descriptor)
                throw Failure(description: "cannot connect to port \(port) (errno \(errno))")
            }
        }

        deinit { close(descriptor) }

        func send(_ data: Data) throws {
            try data.withUnsafeBytes { (bytes: UnsafeRawBufferPointer) in
                var offset = 0
                while offset < bytes.count {
                    let sent = Glibc.send(descriptor, bytes.baseAddress! + offset, bytes.count - offset, Int32(MSG_NOSIGNAL))
                    if sent < 0 && errno == EINTR { continue }
                    guard sent > 0 else { throw Failure(description: "send failed (errno \(errno)) after \(offset) bytes") }
                    offset += sent
                }
            }
        }

        /// Up to 256 KiB, or nothing at the end of the stream.
        private func receive() throws -> Data {
            var buffer = [UInt8](repeating: 0, count: 256 * 1024)
            while true {
                let count = recv(descriptor, &buffer, buffer.count, 0)
                if count < 0 && errno == EINTR { continue }
                guard count >= 0 else { throw Failure(description: "receive failed (errno \(errno))") }
                return Data(buffer[..<count])
            }
        }

        func readHead() throws -> Head {
            let end = Data("\r\n\r\n".utf8)
            while pending.range(of: end) == nil {
                let more = try receive()
                guard !more.isEmpty else { throw Failure(description: "the connection closed before the answer's head") }
                pending += more
                // One read may bring the head and much of the body: too long only while no end is in sight.
                guard pending.range(of: end) != nil || pending.count < 64 * 1024 else {
                    throw Failure(description: "the answer's head is too long")
                }
            }
            let range = pending.range(of: end)!
            let text = String(decoding: pending[..<range.lowerBound], as: UTF8.self)
            pending = Data(pending[range.upperBound...])
            var lines = text.components(separatedBy: "\r\n")
            let statusLine = lines.removeFirst().split(separator: " ")
            guard statusLine.count >= 2, let status = Int(statusLine[1]) else { throw Failure(description: "bad status line: \(text)") }
            var headers: [String: String] = [:]
            for line in lines {
                guard let colon = line.firstIndex(of: ":") else { continue }
                headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
            return Head(status: status, headers: headers)
        }

        /// The body, hashed piece by piece; kept only when `keep` (small answers).
        func readBody(_ head: Head, keep: Bool) throws -> (sha256: String, size: Int, body: Data) {
            var hasher = SHA256()
            var size = 0
            var kept = Data()
            let expected = head.headers["content-length"].flatMap { Int($0) }
            var piece = pending
            pending = Data()
            while true {
                if let expected, size + piece.count > expected { piece = piece.prefix(expected - size) }
                hasher.update(data: piece)
                size += piece.count
                if keep { kept += piece }
                if let expected, size >= expected { break }
                piece = try receive()
                if piece.isEmpty {
                    if let expected, size < expected { throw Failure(description: "the body ended after \(size) of \(expected) bytes") }
                    break
                }
            }
            return (hasher.finalize().map { String(format: "%02x", $0) }.joined(), size, kept)
        }
    }
}

/// A process's resident memory from `/proc/<pid>/status`, in bytes: `VmHWM`
/// (the peak since it started) and `VmRSS` (now).
struct ResidentMemory {
    var peak: Int
    var current: Int

    /// `pid` of `nil`: this process.
    static func of(_ pid: Int32?) throws -> ResidentMemory {
        let path = pid.map { "/proc/\($0)/status" } ?? "/proc/self/status"
        let text = try String(contentsOfFile: path, encoding: .utf8)
        func kilobytes(_ key: String) -> Int {
            let line = text.split(separator: "\n").first { $0.hasPrefix(key + ":") } ?? ""
            return Int(line.split(whereSeparator: { $0 == " " || $0 == "\t" }).dropFirst().first ?? "") ?? 0
        }
        return ResidentMemory(peak: kilobytes("VmHWM") * 1024, current: kilobytes("VmRSS") * 1024)
    }
}
