import Foundation

/// The parts of a `multipart/form-data` body (RFC 7578) that a page's upload
/// form sends: each field's name, its file name and media type when a file,
/// and its bytes. Hummingbird 2.28 reads no multipart bodies; a mention file
/// is small (the upload limit bounds it), so the body is read whole.
struct MultipartForm {
    struct Part {
        var name: String
        var filename: String?
        var contentType: String?
        var data: Data
    }

    var parts: [Part]

    /// `nil` when `contentType` is not multipart with a boundary.
    init?(body: Data, contentType: String) {
        let pieces = contentType.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
        guard pieces.first?.lowercased() == "multipart/form-data",
            let boundaryPiece = pieces.first(where: { $0.lowercased().hasPrefix("boundary=") })
        else { return nil }
        var boundary = String(boundaryPiece.dropFirst("boundary=".count))
        if boundary.hasPrefix("\""), boundary.hasSuffix("\""), boundary.count >= 2 { boundary = String(boundary.dropFirst().dropLast()) }
        guard !boundary.isEmpty else { return nil }
        let delimiter = Data("--\(boundary)".utf8)
        var parts: [Part] = []
        var searchStart = body.startIndex
        guard var current = body.range(of: delimiter, in: searchStart..<body.endIndex) else { return nil }
        while true {
            searchStart = current.upperBound
            // "--" after the delimiter ends the body.
            if body[searchStart...].starts(with: Data("--".utf8)) { break }
            guard let next = body.range(of: delimiter, in: searchStart..<body.endIndex) else { break }
            var section = body[searchStart..<next.lowerBound]
            if section.starts(with: Data("\r\n".utf8)) { section = section.dropFirst(2) }
            if section.suffix(2) == Data("\r\n".utf8) { section = section.dropLast(2) }
            if let part = Self.part(Data(section)) { parts.append(part) }
            current = next
        }
        self.parts = parts
    }

    private static func part(_ section: Data) -> Part? {
        guard let split = section.range(of: Data("\r\n\r\n".utf8)) else { return nil }
        let head = String(decoding: section[section.startIndex..<split.lowerBound], as: UTF8.self)
        let data = Data(section[split.upperBound...])
        var name: String?
        var filename: String?
        var type: String?
        for line in head.components(separatedBy: "\r\n") {
            let lower = line.lowercased()
            if lower.hasPrefix("content-disposition:") {
                name = parameter("name", in: line)
                filename = parameter("filename", in: line)
            } else if lower.hasPrefix("content-type:") {
                type = line.dropFirst("content-type:".count).trimmingCharacters(in: .whitespaces)
            }
        }
        guard let name else { return nil }
        return Part(name: name, filename: filename, contentType: type, data: data)
    }

    /// `name="value"` of a header line.
    private static func parameter(_ key: String, in line: String) -> String? {
        for piece in line.split(separator: ";").map({ $0.trimmingCharacters(in: .whitespaces) }) {
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
