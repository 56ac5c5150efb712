/// Every message type of every service, by source: a reader tells a type it
/// may ignore (known, but not its business) from one it must dead-letter.
public enum MessageCatalog {
    public static func types(of source: ServiceName) -> [any Message.Type] {
        switch source {
        case .events: EventsMessageCatalog.all
        case .campaigns: CampaignsMessageCatalog.all
        case .mediaRelations: MediaRelationsMessageCatalog.all
        case .brand: BrandMessageCatalog.all
        case .training: TrainingMessageCatalog.all
        case .surveys: SurveysMessageCatalog.all
        case .mail: MailMessageCatalog.all
        case .gateway: []
        }
    }

    /// Whether `source` publishes `type` in `version`.
    public static func isKnown(source: String, type: String, version: Int) -> Bool {
        guard let service = ServiceName(rawValue: source) else { return false }
        return types(of: service).contains { $0.type == type && $0.version == version }
    }
}
