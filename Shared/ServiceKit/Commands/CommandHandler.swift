import MessageSchema

/// A service's domain: answers the commands its ROUTER receives.
public protocol CommandHandler: Sendable {
    func handle(_ request: CommandRequest) async -> CommandReply
}
