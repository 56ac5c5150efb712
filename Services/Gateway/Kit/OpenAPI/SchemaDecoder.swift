import Foundation
import OpenAPIKit

/// A type whose JSON Schema is declared, not read off its `Decodable`
/// conformance: a type that decodes more than one shape (a text or an
/// object), or arbitrary JSON. `placeholder` is any value of it.
public protocol DeclaredSchema: Decodable {
    static var schema: JSONSchema { get }
    static var placeholder: Self { get }
}

/// Reads the JSON Schema of a `Decodable` type by decoding it once from a
/// decoder that answers every question and writes down what was asked: a
/// member decoded with `decode` is required, one with `decodeIfPresent`
/// optional, a value that asked `decodeNil()` first may be `null`
/// (`ExplicitNull`). A view's `Decodable` is synthesized from the same
/// coding keys as its `Encodable`, so the schema is the served shape.
/// Enumerations (`CaseIterable` with `String` raw values) list their cases;
/// `UUID`, `Date` and `[String: Value]` are known; `DeclaredSchema`s say theirs.
public enum SchemaReader {
    /// The schema of `type`; a type the reader cannot decode is a programming error, named.
    public static func schema<T: Decodable>(of type: T.Type) -> JSONSchema {
        let recorder = SchemaRecorder()
        do {
            _ = try recorder.value(of: type)
        } catch {
            preconditionFailure("the schema of \(type) cannot be read: \(error)")
        }
        return recorder.schema
    }
}

/// One value being read: what was asked of it becomes its schema.
final class SchemaRecorder: Decoder {
    var codingPath: [any CodingKey] = []
    var userInfo: [CodingUserInfoKey: Any] = [:]
    /// The schema found so far (`.fragment` until something was asked).
    private(set) var schema: JSONSchema = .fragment
    private var nullable = false
    private var properties: [(name: String, schema: JSONSchema, required: Bool)] = []

    /// Reads a value of `type`, known kinds first.
    func value<T: Decodable>(of type: T.Type) throws -> T {
        if let declared = type as? any DeclaredSchema.Type {
            set(declared.schema)
            return declared.placeholder as! T
        }
        if type == UUID.self {
            set(.string(format: .uuid))
            return UUID() as! T
        }
        if type == Date.self {
            set(.string(format: .dateTime))
            return Date() as! T
        }
        if let enumeration = type as? any CaseIterable.Type, let found = Self.cases(of: enumeration) {
            set(.string(allowedValues: found.values.map { AnyCodable($0) }))
            return found.first as! T
        }
        if let dictionary = type as? any StringKeyedDictionary.Type {
            let values = SchemaRecorder()
            _ = try dictionary.readValue(values)
            set(.object(additionalProperties: .init(values.schema)))
            return dictionary.empty as! T
        }
        let value = try T(from: self)
        finishObject()
        return value
    }

    private static func cases<E: CaseIterable>(of type: E.Type) -> (values: [String], first: Any)? {
        let values = type.allCases.compactMap { ($0 as? any RawRepresentable)?.rawValue as? String }
        guard let first = type.allCases.first, values.count == type.allCases.count else { return nil }
        return (values, first)
    }

    fileprivate func set(_ found: JSONSchema) {
        schema = nullable ? Self.nullable(found) : found
    }

    fileprivate func markNullable() {
        nullable = true
        if schema != .fragment { schema = Self.nullable(schema) }
    }

    /// `schema` or `null`; an enumeration lists `null` among its values too.
    static func nullable(_ schema: JSONSchema) -> JSONSchema {
        let nullable = schema.nullableSchemaObject()
        guard let values = nullable.allowedValues, !values.contains(nil) else { return nullable }
        return nullable.with(allowedValues: values + [nil])
    }

    /// Members whose presence was asked (`contains`): they may be left out.
    private var optionalMembers: Set<String> = []
    /// Members asked `decodeNil(forKey:)`: they may be `null`.
    private var nullableMembers: Set<String> = []

    fileprivate func add(property name: String, schema: JSONSchema, required: Bool) {
        properties.removeAll { $0.name == name }
        properties.append((name, schema, required && !optionalMembers.contains(name)))
    }

    fileprivate func askedPresence(of name: String) {
        optionalMembers.insert(name)
    }

    fileprivate func askedNull(of name: String) {
        nullableMembers.insert(name)
    }

    private var isObject = false

    private func finishObject() {
        guard isObject else { return }
        var members = OrderedDictionary<String, JSONSchema>()
        for property in properties {
            let schema = nullableMembers.contains(property.name) ? Self.nullable(property.schema) : property.schema
            members[property.name] = property.required ? schema : schema.optionalSchemaObject()
        }
        set(.object(properties: members, additionalProperties: .init(false)))
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        isObject = true
        return KeyedDecodingContainer(KeyedRecorder<Key>(recorder: self))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        UnkeyedRecorder(recorder: self)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer {
        SingleValueRecorder(recorder: self)
    }

    /// Reads a member's value with its own recorder.
    fileprivate func member<T: Decodable>(_ type: T.Type, key: any CodingKey) throws -> (T, JSONSchema) {
        let child = SchemaRecorder()
        child.codingPath = codingPath + [key]
        let value = try child.value(of: type)
        return (value, child.schema)
    }

    fileprivate func primitive<T: Decodable>(_ type: T.Type) -> T? {
        switch type {
        case is String.Type:
            set(.string)
            return "" as? T
        case is Bool.Type:
            set(.boolean)
            return false as? T
        case is Double.Type:
            set(.number)
            return 0.0 as? T
        case is Int.Type:
            set(.integer)
            return 0 as? T
        case is Int64.Type:
            set(.integer(format: .int64))
            return Int64(0) as? T
        case is Int32.Type:
            set(.integer(format: .int32))
            return Int32(0) as? T
        default:
            return nil
        }
    }
}

private struct KeyedRecorder<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let recorder: SchemaRecorder
    var codingPath: [any CodingKey] { recorder.codingPath }
    var allKeys: [Key] { [] }

    func contains(_ key: Key) -> Bool {
        recorder.askedPresence(of: key.stringValue)
        return true
    }

    func decodeNil(forKey key: Key) throws -> Bool {
        recorder.askedNull(of: key.stringValue)
        return false
    }

    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try decode(Shim<Bool>.self, forKey: key).value }
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try decode(Shim<String>.self, forKey: key).value }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try decode(Shim<Double>.self, forKey: key).value }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try decode(Shim<Int>.self, forKey: key).value }
    func decode(_ type: Int64.Type, forKey key: Key) throws -> Int64 { try decode(Shim<Int64>.self, forKey: key).value }
    func decode(_ type: Int32.Type, forKey key: Key) throws -> Int32 { try decode(Shim<Int32>.self, forKey: key).value }
    func decodeIfPresent(_ type: Bool.Type, forKey key: Key) throws -> Bool? { try decodeIfPresent(Shim<Bool>.self, forKey: key)?.value }
    func decodeIfPresent(_ type: String.Type, forKey key: Key) throws -> String? {
        try decodeIfPresent(Shim<String>.self, forKey: key)?.value
    }
    func decodeIfPresent(_ type: Double.Type, forKey key: Key) throws -> Double? {
        try decodeIfPresent(Shim<Double>.self, forKey: key)?.value
    }
    func decodeIfPresent(_ type: Int.Type, forKey key: Key) throws -> Int? { try decodeIfPresent(Shim<Int>.self, forKey: key)?.value }
    func decodeIfPresent(_ type: Int64.Type, forKey key: Key) throws -> Int64? { try decodeIfPresent(Shim<Int64>.self, forKey: key)?.value }
    func decodeIfPresent(_ type: Int32.Type, forKey key: Key) throws -> Int32? { try decodeIfPresent(Shim<Int32>.self, forKey: key)?.value }

    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T {
        let (value, schema) = try recorder.member(type, key: key)
        recorder.add(property: key.stringValue, schema: schema, required: true)
        return value
    }

    func decodeIfPresent<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T? {
        let (value, schema) = try recorder.member(type, key: key)
        recorder.add(property: key.stringValue, schema: schema, required: false)
        return value
    }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws
        -> KeyedDecodingContainer<NestedKey>
    {
        throw DecodingError.dataCorruptedError(
            forKey: key, in: self, debugDescription: "nested containers are not read for schemas; declare the schema")
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        throw DecodingError.dataCorruptedError(
            forKey: key, in: self, debugDescription: "nested containers are not read for schemas; declare the schema")
    }

    func superDecoder() throws -> any Decoder { recorder }
    func superDecoder(forKey key: Key) throws -> any Decoder { recorder }
}

/// An array: one element is read for `items`.
private final class UnkeyedRecorder: UnkeyedDecodingContainer {
    let recorder: SchemaRecorder
    var codingPath: [any CodingKey] { recorder.codingPath }
    var count: Int? { nil }
    var isAtEnd: Bool { read }
    var currentIndex: Int { read ? 1 : 0 }
    private var read = false

    init(recorder: SchemaRecorder) {
        self.recorder = recorder
        recorder.set(.array(items: .fragment))
    }

    func decodeNil() throws -> Bool { false }

    func decode(_ type: Bool.Type) throws -> Bool { try decode(Shim<Bool>.self).value }
    func decode(_ type: String.Type) throws -> String { try decode(Shim<String>.self).value }
    func decode(_ type: Double.Type) throws -> Double { try decode(Shim<Double>.self).value }
    func decode(_ type: Int.Type) throws -> Int { try decode(Shim<Int>.self).value }
    func decode(_ type: Int64.Type) throws -> Int64 { try decode(Shim<Int64>.self).value }
    func decode(_ type: Int32.Type) throws -> Int32 { try decode(Shim<Int32>.self).value }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        let element = SchemaRecorder()
        let value = try element.value(of: type)
        recorder.set(.array(items: element.schema))
        read = true
        return value
    }

    func nestedContainer<NestedKey: CodingKey>(keyedBy type: NestedKey.Type) throws -> KeyedDecodingContainer<NestedKey> {
        throw DecodingError.dataCorruptedError(in: self, debugDescription: "nested containers are not read for schemas")
    }

    func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        throw DecodingError.dataCorruptedError(in: self, debugDescription: "nested containers are not read for schemas")
    }

    func superDecoder() throws -> any Decoder { recorder }
}

/// A single value: a primitive, or another type decoded in place; asking
/// `decodeNil()` first makes it nullable.
private struct SingleValueRecorder: SingleValueDecodingContainer {
    let recorder: SchemaRecorder
    var codingPath: [any CodingKey] { recorder.codingPath }

    func decodeNil() -> Bool {
        recorder.markNullable()
        return false
    }

    func decode(_ type: Bool.Type) throws -> Bool { recorder.primitive(type) ?? false }
    func decode(_ type: String.Type) throws -> String { recorder.primitive(type) ?? "" }
    func decode(_ type: Double.Type) throws -> Double { recorder.primitive(type) ?? 0 }
    func decode(_ type: Float.Type) throws -> Float { try unsupported(type) }
    func decode(_ type: Int.Type) throws -> Int { recorder.primitive(type) ?? 0 }
    func decode(_ type: Int8.Type) throws -> Int8 { try unsupported(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try unsupported(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { recorder.primitive(type) ?? 0 }
    func decode(_ type: Int64.Type) throws -> Int64 { recorder.primitive(type) ?? 0 }
    func decode(_ type: UInt.Type) throws -> UInt { try unsupported(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try unsupported(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try unsupported(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try unsupported(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try unsupported(type) }

    private func unsupported<T>(_ type: T.Type) throws -> T {
        throw DecodingError.typeMismatch(type, .init(codingPath: codingPath, debugDescription: "\(type) has no schema here; declare one"))
    }

    func decode<T: Decodable>(_ type: T.Type) throws -> T {
        if let value = recorder.primitive(type) { return value }
        return try recorder.value(of: type)
    }
}

/// `[String: Value]`: an object whose members are all of one schema.
protocol StringKeyedDictionary {
    static var empty: Self { get }
    static func readValue(_ recorder: SchemaRecorder) throws -> Any
}

extension Dictionary: StringKeyedDictionary where Key == String, Value: Decodable {
    static var empty: Self { [:] }
    static func readValue(_ recorder: SchemaRecorder) throws -> Any { try recorder.value(of: Value.self) }
}

/// A primitive read through the generic path, so that keyed members of
/// primitive types are recorded like any other member.
private struct Shim<Value: Decodable>: Decodable {
    var value: Value

    init(from decoder: any Decoder) throws {
        value = try decoder.singleValueContainer().decode(Value.self)
    }
}
