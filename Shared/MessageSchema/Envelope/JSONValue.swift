import Foundation

/// Any JSON value, kept as it came so a payload can be stored, forwarded and
/// decoded later into the message type its envelope names.
public enum JSONValue: Codable, Sendable, Equatable {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    public init(from decoder: any Decoder) throws {
        // Most common first: every failed attempt costs a thrown error.
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode([String: JSONValue].self) {
            self = .object(value)
        } else if let value = try? container.decode(String.self) {
            self = .string(value)
        } else if container.decodeNil() {
            self = .null
        } else if let value = try? container.decode(Bool.self) {
            self = .bool(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else if let value = try? container.decode([JSONValue].self) {
            self = .array(value)
        } else {
            throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a JSON value")
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .null: try container.encodeNil()
        case .bool(let value): try container.encode(value)
        case .number(let value):
            if value.rounded() == value, abs(value) < 9.0e15 {
                try container.encode(Int64(value))
            } else {
                try container.encode(value)
            }
        case .string(let value): try container.encode(value)
        case .array(let value): try container.encode(value)
        case .object(let value): try container.encode(value)
        }
    }

    /// Encodes any `Encodable` value into a `JSONValue` with the bus's coding rules.
    public static func from(_ value: some Encodable) throws -> JSONValue {
        let data = try MessageCoding.encoder.encode(value)
        return try MessageCoding.decoder.decode(JSONValue.self, from: data)
    }

    /// Decodes this value as `T` with the bus's coding rules.
    public func decode<T: Decodable>(as type: T.Type = T.self) throws -> T {
        let data = try MessageCoding.encoder.encode(self)
        return try MessageCoding.decoder.decode(T.self, from: data)
    }

    public subscript(key: String) -> JSONValue? {
        if case .object(let object) = self { return object[key] }
        return nil
    }

    public var stringValue: String? {
        if case .string(let value) = self { return value }
        return nil
    }

    public var intValue: Int64? {
        if case .number(let value) = self, value.rounded() == value { return Int64(value) }
        return nil
    }
}
