import Foundation
import MessageSchema
import ServiceKit
import Store

/// The gateway's ROUTER's commands: `komunikactl users add|list|disable|reset`.
public enum AccountCommands {
    /// The handler the gateway's ROUTER runs them with; links point at `publicURL`.
    public static func handler(database: ServiceDatabase, publicURL: String) -> some CommandHandler {
        let table = CommandTable<AccountsChange>(service: "gateway")
            .on(AddAccount.self) { change, command in try change.add(command) }
            .on(ListAccounts.self) { change, _ in try change.list() }
            .on(DisableAccount.self) { change, command in try change.disable(command) }
            .on(ResetAccount.self) { change, command in try change.reset(command) }
        return TableCommandHandler(
            table, database: database, onCommit: {},
            makeChange: { db, _ in AccountsChange(db: db, now: Date(), publicURL: publicURL) })
    }
}
