import Foundation
import MultipartKit

/// The parts of a `multipart/form-data` body (RFC 7578) that a page's upload
/// form sends — each field's name, its file name and media type when a
/// file, and its bytes — read by MultipartKit's parser. Hummingbird 2.28
/// reads no multipart bodies; a mention file is small (the upload limit
/// bounds it), so the body is read whole.
struct MultipartForm {
    struct Part {
        var name: String
        var filename: String?
        var contentType: String?
        var data: Data
    }

    var parts: [Part]

    /// `nil` when `contentType` is not multipart with a boundary, or the body is not multipart.
    init?(body: Data, contentType: String) {
        guard let boundary = Self.boundary(of: contentType) else { return nil }
        let parser = MultipartParser(boundary: boundary)
        var parts: [Part] = []
        var headers = HTTPHeaders()
        var data = Data()
        parser.onHeader = { name, value in headers.add(name: name, value: value) }
        parser.onBody = { buffer in data.append(contentsOf: buffer.readableBytesView) }
        parser.onPartComplete = {
            let part = MultipartPart(headers: headers, body: ByteBuffer(bytes: data))
            if let name = part.name {
                let disposition = headers.first(name: "Content-Disposition") ?? ""
                parts.append(
                    Part(
                        name: name, filename: Self.parameter("filename", in: disposition),
                        contentType: headers.first(name: "Content-Type"), data: data))
            }
            headers = HTTPHeaders()
            data = Data()
        }
        do {
            try parser.execute(ByteBuffer(bytes: body))
        } catch {
            return nil
        }
        self.parts = parts
    }

    /// The `boundary` of a `multipart/form-data` media type.
    static func boundary(of contentType: String) -> String? {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data" else { return nil }
        return parameter("boundary", in: contentType).flatMap { $0.isEmpty ? nil : $0 }
    }

    /// `key="value"` (or `key=value`) of a header's value.
    static func parameter(_ key: String, in header: String) -> String? {
        for piece in header.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
            guard piece.lowercased().hasPrefix("\(key)=") else { continue }
            var value = String(piece.dropFirst(key.count + 1))
            if value.hasPrefix("\""), value.hasSuffix("\""), value.count >= 2 { value = String(value.dropFirst().dropLast()) }
            return value
        }
        return nil
    }

    func part(named name: String) -> Part? { parts.first { $0.name == name } }

    func text(_ name: String) -> String? {
        part(named: name).map { String(decoding: $0.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines) }
            .flatMap { $0.isEmpty ? nil : $0 }
    }
}
