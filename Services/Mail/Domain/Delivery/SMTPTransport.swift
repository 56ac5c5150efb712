import CCurl
import Foundation
import MessageSchema

/// Sends over SMTP with libcurl: `smtp://[user:password@]host[:port]`
/// (STARTTLS when the server offers it) or `smtps://` (TLS from the start);
/// user and password from the URL. One message to one recipient per call,
/// on a thread of its own, so the transfer never blocks the service's tasks.
public struct SMTPTransport: MailTransport {
    public let url: String
    /// Seconds for connecting and for the whole transfer.
    public var connectTimeout = 10
    public var transferTimeout = 60
    public var delivery: MailDelivery { .smtp }
    public var folder: String? { nil }

    private static let initialised: Bool = komunika_curl_global_init() == CURLE_OK

    public init(url: String) { self.url = url }

    public func deliver(_ raw: Data, from sender: String, to recipient: String, id: String) async -> DeliveryOutcome {
        await withCheckedContinuation { continuation in
            Thread.detachNewThread {
                continuation.resume(returning: self.send(raw, from: sender, to: recipient))
            }
        }
    }

    /// The transfer itself (blocking).
    func send(_ raw: Data, from sender: String, to recipient: String) -> DeliveryOutcome {
        guard Self.initialised, let curl = curl_easy_init() else { return .failed("libcurl cannot start") }
        defer { curl_easy_cleanup(curl) }
        let transfer = Transfer(body: raw)
        let context = Unmanaged.passRetained(transfer)
        defer { context.release() }
        let recipients = curl_slist_append(nil, "<\(recipient)>")
        defer { curl_slist_free_all(recipients) }

        _ = komunika_curl_set_string(curl, CURLOPT_URL, url)
        _ = komunika_curl_set_string(curl, CURLOPT_MAIL_FROM, "<\(sender)>")
        _ = komunika_curl_set_list(curl, CURLOPT_MAIL_RCPT, recipients)
        if url.lowercased().hasPrefix("smtp://") {
            _ = komunika_curl_set_long(curl, CURLOPT_USE_SSL, Int(CURLUSESSL_TRY.rawValue))
        }
        _ = komunika_curl_set_long(curl, CURLOPT_UPLOAD, 1)
        _ = komunika_curl_set_long(curl, CURLOPT_CONNECTTIMEOUT, connectTimeout)
        _ = komunika_curl_set_long(curl, CURLOPT_TIMEOUT, transferTimeout)
        _ = komunika_curl_set_long(curl, CURLOPT_NOSIGNAL, 1)
        _ = komunika_curl_set_read_function(curl) { buffer, size, count, pointer in
            guard let buffer, let pointer else { return 0 }
            return Unmanaged<Transfer>.fromOpaque(pointer).takeUnretainedValue().read(into: buffer, max: size * count)
        }
        _ = komunika_curl_set_pointer(curl, CURLOPT_READDATA, context.toOpaque())
        // The server's answers arrive as "header in" lines of the debug stream: the last one is kept.
        _ = komunika_curl_set_long(curl, CURLOPT_VERBOSE, 1)
        _ = komunika_curl_set_debug_function(curl) { _, type, data, size, pointer in
            guard type == CURLINFO_HEADER_IN, let data, let pointer else { return 0 }
            let line = String(decoding: UnsafeRawBufferPointer(start: data, count: size), as: UTF8.self)
            Unmanaged<Transfer>.fromOpaque(pointer).takeUnretainedValue().lastAnswer =
                line.trimmingCharacters(in: .whitespacesAndNewlines)
            return 0
        }
        _ = komunika_curl_set_pointer(curl, CURLOPT_DEBUGDATA, context.toOpaque())
        let errorBuffer = UnsafeMutablePointer<CChar>.allocate(capacity: Int(CURL_ERROR_SIZE))
        errorBuffer.initialize(repeating: 0, count: Int(CURL_ERROR_SIZE))
        defer { errorBuffer.deallocate() }
        _ = komunika_curl_set_pointer(curl, CURLOPT_ERRORBUFFER, errorBuffer)

        let result = curl_easy_perform(curl)
        let answer = transfer.lastAnswer
        if result == CURLE_OK { return .delivered(answer ?? "250") }
        let detail = String(cString: errorBuffer)
        let reason = detail.isEmpty ? String(cString: curl_easy_strerror(result)) : detail
        if let answer, komunika_curl_response_code(curl) >= 400 { return .failed(answer) }
        return .failed(answer.map { "\(reason) (last answer: \($0))" } ?? reason)
    }

    /// The body being uploaded and what the server said last.
    final class Transfer: @unchecked Sendable {
        let body: Data
        var offset = 0
        var lastAnswer: String?

        init(body: Data) { self.body = body }

        func read(into buffer: UnsafeMutablePointer<CChar>, max: Int) -> Int {
            let count = min(max, body.count - offset)
            guard count > 0 else { return 0 }
            body.withUnsafeBytes { bytes in
                UnsafeMutableRawPointer(buffer).copyMemory(from: bytes.baseAddress! + offset, byteCount: count)
            }
            offset += count
            return count
        }
    }
}
