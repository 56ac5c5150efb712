import Foundation
import GatewayKit
import MessageSchema

/// The propose and edit form of an event: its fields as typed, read into
/// `EventDetails` with a message next to each wrong field in the reader's language.
struct EventForm {
    var values: [String: String] = [:]
    var errors: [String: String] = [:]

    static let names = [
        "type", "title_lt", "title_en", "description_lt", "description_en", "starts_at", "ends_at", "venue_kind", "hall", "city",
        "address", "country", "organising_unit", "capacity",
    ]

    init() {
        values["venue_kind"] = Venue.Kind.libraryHall.rawValue
        values["organising_unit"] = "Komunikacijos ir marketingo skyrius"
    }

    init(_ form: FormData) {
        for name in Self.names { values[name] = form[name] ?? "" }
    }

    init(_ details: EventDetails) {
        values = [
            "type": details.type.rawValue, "title_lt": details.title.lt, "title_en": details.title.en ?? "",
            "description_lt": details.description?.lt ?? "", "description_en": details.description?.en ?? "",
            "starts_at": HumanDate.inputValue(details.startsAt), "ends_at": HumanDate.inputValue(details.endsAt),
            "venue_kind": details.venue.kind.rawValue, "hall": details.venue.hall ?? "", "city": details.venue.city ?? "",
            "address": details.venue.address ?? "", "country": details.venue.country ?? "",
            "organising_unit": details.organisingUnit, "capacity": details.capacity.map(String.init) ?? "",
        ]
    }

    private func value(_ name: String) -> String? {
        let text = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return text.isEmpty ? nil : text
    }

    /// The event's details, or `nil` with `errors` set for every wrong field.
    mutating func details(in language: Language, planItemId: UUID? = nil) -> EventDetails? {
        errors = [:]
        func say(_ name: String, _ lt: String, _ en: String) { errors[name] = Localized(lt: lt, en: en).text(in: language) }
        let type = value("type").flatMap(EventType.init(rawValue:))
        if type == nil { say("type", "Pasirinkite renginio rūšį.", "Choose the type of event.") }
        let title = value("title_lt")
        if title == nil { say("title_lt", "Įrašykite pavadinimą lietuviškai.", "Enter the title in Lithuanian.") }
        let starts = value("starts_at").flatMap(HumanDate.parseInput)
        if starts == nil { say("starts_at", "Nurodykite pradžios datą ir laiką.", "Enter the start date and time.") }
        let ends = value("ends_at").flatMap(HumanDate.parseInput)
        if ends == nil { say("ends_at", "Nurodykite pabaigos datą ir laiką.", "Enter the end date and time.") }
        if let starts, let ends, ends <= starts {
            say("ends_at", "Pabaiga turi būti vėliau nei pradžia.", "The end must be after the start.")
        }
        let kind = value("venue_kind").flatMap(Venue.Kind.init(rawValue:)) ?? .libraryHall
        switch kind {
        case .libraryHall:
            if value("hall") == nil { say("hall", "Pasirinkite salę.", "Choose a hall.") }
        case .lithuania:
            if value("city") == nil { say("city", "Nurodykite miestą.", "Enter the city.") }
        case .abroad:
            if value("country") == nil { say("country", "Nurodykite šalį.", "Enter the country.") }
        }
        let unit = value("organising_unit")
        if unit == nil { say("organising_unit", "Nurodykite organizuojantį padalinį.", "Enter the organising unit.") }
        var capacity: Int?
        if let text = value("capacity") {
            capacity = Int(text)
            if capacity == nil || capacity! < 0 || capacity! > 100_000 {
                say("capacity", "Vietų skaičius turi būti sveikasis skaičius nuo 0 iki 100 000.", "Places must be a whole number from 0 to 100,000.")
            }
        }
        guard errors.isEmpty, let type, let title, let starts, let ends, let unit else { return nil }
        let description = value("description_lt").map { LocalizedText(lt: $0, en: value("description_en")) }
        let venue = Venue(
            kind: kind, hall: kind == .libraryHall ? value("hall") : nil, city: value("city"), address: value("address"),
            country: kind == .abroad ? value("country") : (kind == .lithuania ? "Lietuva" : nil))
        return EventDetails(
            type: type, title: LocalizedText(lt: title, en: value("title_en")), description: description, startsAt: starts,
            endsAt: ends, venue: venue, organisingUnit: unit, capacity: capacity, planItemId: planItemId)
    }

    /// The fields as the template lays them out.
    func fields(viewer: Viewer) -> [[String: Any]] {
        let t = EventsPageStrings.all
        func label(_ key: String) -> String { viewer.text(t[key] ?? Localized(stringLiteral: key)) }
        func input(_ name: String, _ key: String, type: String = "text", hint: String? = nil, list: String? = nil) -> [String: Any] {
            var field: [String: Any] = ["input": true, "name": name, "label": label(key), "type": type, "value": values[name] ?? ""]
            var described: [String] = []
            if let hint {
                field["hint"] = label(hint)
                described.append("\(name)-patarimas")
            }
            if let error = errors[name] {
                field["error"] = error
                described.append("\(name)-klaida")
            }
            if !described.isEmpty { field["describedBy"] = described.joined(separator: " ") }
            if let list { field["list"] = list }
            return field
        }
        func textarea(_ name: String, _ key: String) -> [String: Any] {
            var field: [String: Any] = ["textarea": true, "name": name, "label": label(key), "value": values[name] ?? ""]
            if let error = errors[name] { field["error"] = error }
            return field
        }
        func select(_ name: String, _ key: String, _ options: [[String: Any]]) -> [String: Any] {
            var field: [String: Any] = ["select": true, "name": name, "label": label(key), "options": options]
            if let error = errors[name] { field["error"] = error }
            return field
        }
        var typeOptions: [[String: Any]] = [["value": "", "label": "—", "selected": (values["type"] ?? "").isEmpty]]
        typeOptions += EventPageViews.options(EventType.self, selected: values["type"], label: EventsPageStrings.type, viewer: viewer)
        var hall = input("hall", "hall", hint: "hall_hint", list: "sales")
        hall["hallCheck"] = true
        return [
            select("type", "type", typeOptions),
            input("title_lt", "title_lt"), input("title_en", "title_en"),
            textarea("description_lt", "description_lt"), textarea("description_en", "description_en"),
            input("starts_at", "starts_at", type: "datetime-local"), input("ends_at", "ends_at", type: "datetime-local"),
            select(
                "venue_kind", "venue_kind",
                EventPageViews.options(Venue.Kind.self, selected: values["venue_kind"], label: EventsPageStrings.venueKind, viewer: viewer)),
            hall, input("city", "city"), input("address", "address"), input("country", "country"),
            input("organising_unit", "organising_unit"), input("capacity", "capacity", type: "number", hint: "capacity_hint"),
        ]
    }
}
