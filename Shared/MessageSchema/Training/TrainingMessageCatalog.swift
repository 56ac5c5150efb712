/// Every message type the training service publishes, with its version.
public enum TrainingMessageCatalog {
    public static let all: [any Message.Type] = [
        TrainingSessionCompleted.self,
    ]
}
