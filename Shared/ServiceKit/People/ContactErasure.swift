import GRDB
import MessageSchema

extension ContactKind {
    /// Anonymises the contacts `condition` selects: a person's name goes, an
    /// organisation's stays (`isOrganisation`); the rest as `people` and `organisations` say.
    public static func erase(
        people: PersonalTable, organisations: PersonalTable, where condition: String, arguments: StatementArguments,
        in db: Database
    ) throws -> Erasure {
        let kinds = allCases.filter(\.isOrganisation).map { "'\($0.rawValue)'" }.joined(separator: ", ")
        var erasure = try organisations.anonymise(db, where: "kind IN (\(kinds)) AND (\(condition))", arguments: arguments)
        erasure.merge(try people.anonymise(db, where: "kind NOT IN (\(kinds)) AND (\(condition))", arguments: arguments))
        return erasure
    }
}
