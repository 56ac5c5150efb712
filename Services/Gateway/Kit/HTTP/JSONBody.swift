import Foundation
import Hummingbird
import MessageSchema
import ServiceKit

/// Reads a request's JSON body: 400 when it is not JSON, 422 naming the
/// field when it is JSON of the wrong shape.
public enum JSONBody {
    public static func decode<T: Decodable>(
        _ type: T.Type, from request: Request, context: some RequestContext
    ) async throws -> T {
        let buffer = try await request.body.collect(upTo: context.maxUploadSize)
        let data = Data(buffer.readableBytesView)
        guard !data.isEmpty else {
            throw Problem.malformedBody("the body is empty; a JSON object is expected")
        }
        let value: JSONValue
        do {
            value = try JSONDecoder().decode(JSONValue.self, from: data)
        } catch {
            throw Problem.malformedBody("the body is not valid JSON")
        }
        guard case .object = value else {
            throw Problem.invalid([FieldError(field: "", detail: "the body must be a JSON object")])
        }
        do {
            return try JSONDecoder().decode(T.self, from: data)
        } catch let error as DecodingError {
            throw Problem.invalid([fieldError(error)])
        }
    }

    /// The field a decoding error is about, in words.
    public static func fieldError(_ error: DecodingError) -> FieldError {
        func path(_ codingPath: [any CodingKey]) -> String {
            codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
        }
        let field =
            switch error {
            case .keyNotFound(let key, let context): path(context.codingPath + [key])
            case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
                path(context.codingPath)
            @unknown default: ""
            }
        return FieldError(field: field, detail: DecodingErrorText.describe(error))
    }
}

/// A free-form JSON answer (the annual report's figures, gathered from every part).
extension JSONValue: ResponseEncodable {}
