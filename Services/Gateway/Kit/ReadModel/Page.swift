/// A slice of a list.
public struct Page: Sendable, Equatable {
    public static let defaultLimit = 50
    public static let maximumLimit = 500

    public var limit: Int
    public var offset: Int

    /// `limit` is kept within 1…500; a negative `offset` counts as 0.
    public init(limit: Int = Page.defaultLimit, offset: Int = 0) {
        self.limit = min(max(limit, 1), Page.maximumLimit)
        self.offset = max(offset, 0)
    }
}

extension QueryParameters {
    /// The page a list asks for: `limit` 1 or more (above 500 counts as 500), `offset` 0 or more.
    public func page() throws -> Page {
        Page(
            limit: try integer("limit", in: 1...Int.max) ?? Page.defaultLimit,
            offset: try integer("offset", in: 0...Int.max) ?? 0)
    }
}
