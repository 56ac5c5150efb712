import Foundation
import GatewayKit
import MessageSchema

/// The body of `PATCH /api/v1/events/{id}`: the members to change; absent
/// (or null) ones stay as they are.
struct EventPatchInput: Decodable {
    var type: String?
    var title: EventInput.Text?
    var description: EventInput.Text?
    var startsAt: String?
    var endsAt: String?
    var venue: EventInput.VenueInput?
    var organisingUnit: String?
    var capacity: Int?
    var planItemId: String?

    /// The patch, checked against the event's current details (`endsAt`
    /// must stay after `startsAt`), or a 422 problem naming every wrong field.
    func validated(current: EventDetails?) throws -> EventPatch {
        var check = Validation()
        var patch = EventPatch()
        patch.type = check.member(type, "type", as: EventType.self, required: false)
        if let title {
            patch.title = check.required(title.lt, "title.lt").map { LocalizedText(lt: $0, en: Validation.blankAsNil(title.en)) }
        }
        patch.description = EventInput.localized(description, "description", &check)
        patch.startsAt = check.dateTime(startsAt, "startsAt", required: false)
        patch.endsAt = check.dateTime(endsAt, "endsAt", required: false)
        check.order(startsAt: patch.startsAt ?? current?.startsAt, endsAt: patch.endsAt ?? current?.endsAt)
        if venue != nil { patch.venue = EventInput.venue(venue, &check) }
        if let organisingUnit { patch.organisingUnit = check.required(organisingUnit, "organisingUnit") }
        EventInput.checkCapacity(capacity, &check)
        patch.capacity = capacity
        patch.planItemId = check.uuid(planItemId, "planItemId")
        try check.check()
        if patch.isEmpty {
            throw Problem.invalid([
                FieldError(field: "", detail: "the body names nothing to change; send at least one member of the event")
            ])
        }
        return patch
    }
}
