/// What a token may do: viewers read, editors also write, admins also
/// operate (metrics). Each role includes those below it.
public enum Role: String, Sendable, CaseIterable, Comparable {
    case viewer, editor, admin

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
