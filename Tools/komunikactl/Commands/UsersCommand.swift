import ArgumentParser
import Foundation
import MessageSchema
import ServiceKit

/// `komunikactl users add|list|disable|reset`: the personal accounts of the
/// web application, kept by the running gateway (its ROUTER takes the commands).
struct UsersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "users",
        abstract: "Manage the web application's accounts (the gateway must be running).",
        discussion: """
            Roles: submitter (staff of other units: files submissions and sees their own), viewer (reads), \
            editor (also changes), admin (also accounts and operations). A new account, and a reset one, gets a \
            one-time link that works for 72 hours: the person opens it and sets their own password.
            """,
        subcommands: [Add.self, List.self, Disable.self, Reset.self])

    struct Add: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Create an account and print its one-time sign-in link.")
        @Argument(help: "The person's name, e.g. \"Vardenis Pavardenis\".") var name: String
        @Option(help: "Their e-mail address: what they sign in with.") var email: String
        @Option(help: "submitter, viewer, editor or admin.") var role: Role

        func validate() throws {
            let trimmed = name.trimmingCharacters(in: .whitespaces)
            guard !trimmed.isEmpty, !trimmed.contains(where: \.isNewline) else { throw ValidationError("NAME must be one non-empty line") }
            guard email.contains("@") else { throw ValidationError("--email must be an e-mail address, not '\(email)'") }
        }

        func run() async throws {
            let link = try await ControlConnection().send(
                AddAccount(name: name, email: email, role: role.rawValue), to: .gateway)
            UsersCommand.printLink(link, intro: "Created \(link.name) <\(link.email)> (\(link.role)).")
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the accounts: name, e-mail, role, status.")

        func run() async throws {
            let accounts = try await ControlConnection().send(ListAccounts(), to: .gateway)
            if accounts.isEmpty {
                print("No accounts yet: komunikactl users add \"NAME\" --email E --role admin")
                return
            }
            let width = accounts.map(\.name.count).max() ?? 0
            let emailWidth = accounts.map(\.email.count).max() ?? 0
            for account in accounts {
                let name = account.name.padding(toLength: width, withPad: " ", startingAt: 0)
                let email = account.email.padding(toLength: emailWidth, withPad: " ", startingAt: 0)
                print("\(name)  \(email)  \(account.role.padding(toLength: 9, withPad: " ", startingAt: 0))  \(account.status)")
            }
        }
    }

    struct Disable: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Disable an account: it can no longer sign in; its sessions end.")
        @Argument(help: "The account's e-mail address.") var email: String

        func run() async throws {
            let account = try await ControlConnection().send(DisableAccount(email: email), to: .gateway)
            print("Disabled \(account.name) <\(account.email)>.")
        }
    }

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Reset an account: its password stops working and a new one-time link is printed.")
        @Argument(help: "The account's e-mail address.") var email: String

        func run() async throws {
            let link = try await ControlConnection().send(ResetAccount(email: email), to: .gateway)
            UsersCommand.printLink(link, intro: "Reset \(link.name) <\(link.email)>; the old password no longer works.")
        }
    }

    static func printLink(_ link: AccountSignInLink, intro: String) {
        print(intro)
        print("One-time sign-in link (works for 72 hours; opening it lets them set a password):")
        print(link.link)
    }
}
