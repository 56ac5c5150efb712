import Foundation
import MessageSchema

/// What a media mention must satisfy, and the one form of its URL.
public enum MentionRules {
    /// The largest audience a mention is taken to reach: more than the world has.
    static let maximumReach = 10_000_000_000

    /// The URL in the one form mentions are kept under: scheme and host in
    /// lower case, no trailing slash on the path, surrounding spaces removed;
    /// `nil` when it is not an absolute http(s) URL.
    public static func normalisedURL(_ text: String) -> String? {
        let trimmed = text.trimmed
        guard !trimmed.contains(where: \.isWhitespace), var components = URLComponents(string: trimmed),
            let scheme = components.scheme?.lowercased(), scheme == "http" || scheme == "https",
            let host = components.host, !host.isEmpty
        else { return nil }
        components.scheme = scheme
        components.host = host.lowercased()
        var path = components.percentEncodedPath
        while path.hasSuffix("/") { path.removeLast() }
        components.percentEncodedPath = path
        return components.string
    }

    /// The mention with its URL normalised, texts trimmed, the language in lower case.
    static func normalised(_ mention: MentionInput) throws -> MentionInput {
        var result = mention
        guard let url = normalisedURL(mention.url) else {
            throw invalidInput("url", "'\(mention.url)' is not an absolute http or https URL.")
        }
        result.url = url
        result.outlet = mention.outlet.trimmed
        result.title = mention.title.trimmed
        result.excerpt = mention.excerpt.trimmedOrNil
        result.language = mention.language.trimmed.lowercased()
        return result
    }

    /// Refuses with `.invalid` the first rule the (normalised) mention breaks.
    static func validate(_ mention: MentionInput) throws {
        if mention.outlet.isEmpty { throw invalidInput("outlet", "The outlet (outlet) is required.") }
        if mention.title.isEmpty { throw invalidInput("title", "The title (title) is required.") }
        if !LanguageCode.isValid(mention.language) {
            throw invalidInput("language", "The language must be a code such as lt or en; '\(mention.language)' is not.")
        }
        if !(0...maximumReach).contains(mention.reach) {
            throw invalidInput("reach", "The reach must be a whole number from 0 to \(maximumReach); \(mention.reach) is not.")
        }
    }
}
