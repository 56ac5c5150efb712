import Foundation
import GatewayKit
import MessageSchema

/// The register and edit form of an asset: its fields as typed, read into
/// `AssetDetails` with a message next to each wrong field in the reader's language.
struct AssetForm {
    var values: [String: String] = [:]
    var errors: [String: String] = [:]

    static let names = ["kind", "title", "description", "tags"]

    init() {}

    init(_ form: FormData) {
        for name in Self.names { values[name] = form.values[name]?.first ?? "" }
    }

    init(_ asset: AssetView) {
        values = [
            "kind": asset.kind, "title": asset.title, "description": asset.description ?? "",
            "tags": asset.tags.joined(separator: ", "),
        ]
    }

    private func value(_ name: String) -> String? {
        let text = values[name]?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        return text.isEmpty ? nil : text
    }

    /// The asset's details, or `nil` with `errors` set for every wrong field.
    mutating func details(in language: Language) -> AssetDetails? {
        errors = [:]
        func say(_ name: String, _ lt: String, _ en: String) { errors[name] = Localized(lt: lt, en: en).text(in: language) }
        let kind = value("kind").flatMap(AssetKind.init(rawValue:))
        if kind == nil { say("kind", "Pasirinkite ištekliaus rūšį.", "Choose the kind of asset.") }
        let title = value("title")
        if title == nil {
            say("title", "Įrašykite pavadinimą.", "Enter the title.")
        } else if let title, title.count > 300 {
            say("title", "Pavadinimas ilgesnis nei 300 simbolių.", "The title is longer than 300 characters.")
        }
        if (value("description")?.count ?? 0) > 5_000 {
            say("description", "Aprašymas ilgesnis nei 5 000 simbolių.", "The description is longer than 5,000 characters.")
        }
        let tags = (value("tags") ?? "").split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        if tags.count > 30 {
            say("tags", "Daugiausia 30 žymų.", "At most 30 tags.")
        } else if tags.contains(where: { $0.count > 60 }) {
            say("tags", "Žyma ilgesnė nei 60 simbolių.", "A tag is longer than 60 characters.")
        }
        guard errors.isEmpty, let kind, let title else { return nil }
        return AssetDetails(kind: kind, title: title, description: value("description"), tags: tags)
    }

    /// The fields as the template lays them out.
    func fields(viewer: Viewer) -> [[String: Any]] {
        func label(_ key: String) -> String { viewer.text(BrandPageStrings.all[key] ?? Localized(stringLiteral: key)) }
        func field(_ name: String, _ key: String, hint: String? = nil) -> [String: Any] {
            var field: [String: Any] = ["name": name, "label": label(key), "value": values[name] ?? ""]
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
            return field
        }
        var kind = field("kind", "kind")
        kind["select"] = true
        kind["options"] =
            [["value": "", "label": label("choose"), "selected": (values["kind"] ?? "").isEmpty]]
            + BrandPageViews.options(AssetKind.self, selected: values["kind"], label: BrandPageStrings.kind, viewer: viewer)
        var title = field("title", "title")
        title["input"] = true
        var description = field("description", "description")
        description["textarea"] = true
        var tags = field("tags", "tags", hint: "tags_hint")
        tags["input"] = true
        return [kind, title, description, tags]
    }
}
