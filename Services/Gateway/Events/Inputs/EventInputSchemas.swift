import GatewayKit
import OpenAPIKit

/// A text is either a plain string (the Lithuanian text) or `{"lt","en"}`.
extension EventInput.Text: DeclaredSchema {
    static var schema: JSONSchema {
        .one(of: [.string, .object(properties: ["lt": .string(required: false), "en": .string(required: false)])])
    }

    static var placeholder: Self { Self(lt: nil, en: nil) }
}
