import Foundation
import OpenAPIKit

/// An example value of a schema, for the docs page: the first allowed value
/// of an enumeration, a made-up id, date or number, every member of an object.
enum SchemaExample {
    static func value(of schema: JSONSchema) -> Any {
        if let first = schema.allowedValues?.first?.value { return first }
        switch schema.value {
        case .object(_, let object):
            var members: [String: Any] = [:]
            for (name, member) in object.properties { members[name] = value(of: member) }
            if members.isEmpty, case .b(let values)? = object.additionalProperties {
                members["key"] = value(of: values)
            }
            return members
        case .array(_, let array):
            return array.items.map { [value(of: $0)] } ?? []
        case .string(let core, _):
            switch core.format {
            case .uuid: return "0d3b6c1e-8f4a-4c2e-9b7d-2a5e1f6c8d90"
            case .dateTime: return "2027-02-24T18:00:00+02:00"
            case .date: return "2027-02-24"
            default: return "…"
            }
        case .integer(_, let integer):
            return integer.minimum?.value ?? 0
        case .number: return 0.5
        case .boolean: return true
        case .reference(let reference, _): return reference.name.map { "<\($0)>" } ?? "…"
        case .one(let schemas, _), .any(let schemas, _), .all(let schemas, _):
            return schemas.first.map(value(of:)) ?? NSNull()
        case .null: return NSNull()
        default: return "…"
        }
    }

    /// The example as indented JSON.
    static func json(of schema: JSONSchema) -> String {
        let example = value(of: schema)
        guard JSONSerialization.isValidJSONObject(example) else { return "\(example)" }
        let data = (try? JSONSerialization.data(withJSONObject: example, options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes])) ?? Data()
        return String(decoding: data, as: UTF8.self)
    }
}
