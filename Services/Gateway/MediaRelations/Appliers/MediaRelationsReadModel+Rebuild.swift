import GatewayKit
import MessageSchema

// What the operator's reconcile empties before applying a source's log again.
extension MediaRelationsReadModel {
    func tables(filledBy source: String) -> [String] {
        switch source {
        case ServiceName.mediaRelations.rawValue:
            [
                "mediaContactTopics", "mediaContactListMembers", "mediaContactLists", "mediaContacts", "mediaPressReleases", "mediaVisits",
                "mediaMentions", "mediaDoNotContact",
            ]
        default: []
        }
    }
}
