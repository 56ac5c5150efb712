/// An optional member that is encoded as `null` when absent, instead of
/// being left out, so every object of a kind has the same members.
@propertyWrapper
public struct ExplicitNull<Value: Encodable & Equatable & Sendable>: Encodable, Equatable, Sendable {
    public var wrappedValue: Value?

    public init(wrappedValue: Value?) {
        self.wrappedValue = wrappedValue
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        if let wrappedValue {
            try container.encode(wrappedValue)
        } else {
            try container.encodeNil()
        }
    }
}

/// Decodes `null` as absent; `SchemaReader` reads it as a member that may be `null`.
extension ExplicitNull: Decodable where Value: Decodable {
    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        wrappedValue = container.decodeNil() ? nil : try container.decode(Value.self)
    }
}
