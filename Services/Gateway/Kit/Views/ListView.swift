import Hummingbird

/// One page of a list: `{"items":[…],"total":N,"limit":L,"offset":O}`.
public struct ListView<Item: Encodable & Sendable>: ResponseEncodable {
    public var items: [Item]
    public var total: Int
    public var limit: Int
    public var offset: Int

    public init(items: [Item], total: Int, limit: Int, offset: Int) {
        self.items = items
        self.total = total
        self.limit = limit
        self.offset = offset
    }

    /// A whole list on one page.
    public init(all items: [Item]) {
        self.init(items: items, total: items.count, limit: items.count, offset: 0)
    }
}

/// Read by `SchemaReader` for the OpenAPI document: the same members as encoded.
extension ListView: Decodable where Item: Decodable {}
