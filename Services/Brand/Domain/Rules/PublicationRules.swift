import MessageSchema

/// What makes a publication's description acceptable, and its tidy form.
enum PublicationRules {
    static let years = 1900...2100
    static let maxTitle = 300

    /// The details with a trimmed title and the ISBN in its compact form, or a refusal naming the field.
    static func validated(_ details: PublicationDetails) throws -> PublicationDetails {
        var result = details
        result.title = details.title.trimmed
        if result.title.isEmpty {
            throw CommandFailure(.invalid, "The publication needs a title.", details: ["field": "title"])
        }
        if result.title.count > maxTitle {
            throw CommandFailure(.invalid, "The title is longer than \(maxTitle) characters.", details: ["field": "title"])
        }
        if !years.contains(details.year) {
            throw CommandFailure(
                .invalid, "The year must be from \(years.lowerBound) to \(years.upperBound), not \(details.year).",
                details: ["field": "year"])
        }
        if let isbn = details.isbn.trimmedOrNil {
            guard let compact = ISBN.normalised(isbn) else {
                throw CommandFailure(
                    .invalid, "'\(isbn)' is not a valid ISBN-10 or ISBN-13: its length or check digit is wrong.",
                    details: ["field": "isbn"])
            }
            result.isbn = compact
        } else {
            result.isbn = nil
        }
        return result
    }
}
