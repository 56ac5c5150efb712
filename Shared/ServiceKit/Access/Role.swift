/// What a person or token may do: a submitter (staff of the library's other
/// units) only files submissions and sees their own; viewers read, editors
/// also write, admins also operate (accounts, metrics, dead letters). Each
/// role includes those below it.
public enum Role: String, Sendable, CaseIterable, Comparable, Codable {
    case submitter, viewer, editor, admin

    public static func < (lhs: Role, rhs: Role) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}
