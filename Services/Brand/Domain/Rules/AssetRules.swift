import FileStore
import Foundation
import MessageSchema

/// What makes an asset's description acceptable, and its tidy form.
enum AssetRules {
    static let maxTitle = 300
    static let maxDescription = 5_000
    static let maxTags = 30
    static let maxTag = 60

    static func validate(_ details: AssetDetails) throws {
        if details.title.trimmed.isEmpty {
            throw CommandFailure(.invalid, "The asset needs a title.", details: ["field": "title"])
        }
        if details.title.trimmed.count > maxTitle {
            throw CommandFailure(.invalid, "The title is longer than \(maxTitle) characters.", details: ["field": "title"])
        }
        if (details.description?.count ?? 0) > maxDescription {
            throw CommandFailure(
                .invalid, "The description is longer than \(maxDescription) characters.", details: ["field": "description"])
        }
        let tags = normalisedTags(details.tags)
        if tags.count > maxTags {
            throw CommandFailure(.invalid, "An asset has at most \(maxTags) tags.", details: ["field": "tags"])
        }
        if let long = tags.first(where: { $0.count > maxTag }) {
            throw CommandFailure(
                .invalid, "The tag '\(long)' is longer than \(maxTag) characters.", details: ["field": "tags"])
        }
    }

    /// Trimmed texts, blank description dropped, tags lower-cased without repeats.
    static func normalised(_ details: AssetDetails) -> AssetDetails {
        AssetDetails(
            kind: details.kind, title: details.title.trimmed, description: details.description.trimmedOrNil,
            tags: normalisedTags(details.tags))
    }

    /// Tags trimmed and lower-cased (diacritics kept), blanks and repeats dropped, in their first order.
    static func normalisedTags(_ tags: [String]) -> [String] {
        var seen = Set<String>()
        return tags.map { $0.trimmed.lowercased() }.filter { !$0.isEmpty && seen.insert($0).inserted }
    }

    /// `type/subtype` of RFC 6838 letters, digits and `!#$&-^_.+`, parameters dropped, lower-cased.
    static func mimeType(_ text: String) throws -> String {
        let essence = text.split(separator: ";", maxSplits: 1).first.map(String.init)?.trimmed.lowercased() ?? ""
        let parts = essence.split(separator: "/", omittingEmptySubsequences: false)
        let allowed = Set("abcdefghijklmnopqrstuvwxyz0123456789!#$&-^_.+")
        guard parts.count == 2, parts.allSatisfy({ !$0.isEmpty && $0.count <= 127 && $0.allSatisfy(allowed.contains) })
        else {
            throw CommandFailure(
                .invalid, "'\(text)' is not a MIME type such as image/png.", details: ["field": "mimeType"])
        }
        return essence
    }

    /// The name a file was uploaded under, trimmed and in NFC (`FileName`); `nil` stays `nil`.
    static func fileName(_ text: String?) throws -> String? {
        guard let text else { return nil }
        switch FileName.checked(text) {
        case .success(let name): return name
        case .failure(let problem): throw CommandFailure(.invalid, "\(problem).", details: ["field": "fileName"])
        }
    }
}
