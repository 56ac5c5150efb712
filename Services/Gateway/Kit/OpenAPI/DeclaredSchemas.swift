import MessageSchema
import OpenAPIKit

/// Any JSON value: a survey answer or a bucket's value may be a number, a text, a list.
extension JSONValue: DeclaredSchema {
    public static var schema: JSONSchema { .fragment }
    public static var placeholder: JSONValue { .null }
}
