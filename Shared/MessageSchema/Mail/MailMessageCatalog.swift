/// Every message type the mail service publishes, with its version.
public enum MailMessageCatalog {
    public static let all: [any Message.Type] = [MailDeliveryConfigured.self, MailSent.self, MailFailed.self, PersonErased.self]
}
