/// A stored row of the read model that cannot be read back (a value no
/// known type has). Thrown by a part's records; the request answers 500 and
/// the reason is logged.
public struct UnreadableRow: Error, CustomStringConvertible, Equatable {
    public var table: String
    public var id: String
    public var column: String

    public init(table: String, id: String, column: String) {
        self.table = table
        self.id = id
        self.column = column
    }

    public var description: String { "\(table) row \(id) has an unreadable \(column)" }
}
