import Foundation
import GatewayKit
import MessageSchema

/// The training pages' forms read from what was typed: the values (to show
/// again) and, checked, the command's values or the problems by field.
enum TrainingForms {
    typealias Errors = [String: String]

    static func text(_ form: FormData?, _ name: String) -> String { form?.values[name]?.first ?? "" }

    static func course(_ form: FormData, _ language: Language) -> (CourseDetails?, Errors) {
        var errors: Errors = [:]
        let topic = form["topic"].flatMap(TrainingTopic.init(rawValue:))
        if form["titleLt"] == nil { errors["titleLt"] = TrainingPageStrings.needTitle.text(in: language) }
        if topic == nil { errors["topic"] = TrainingPageStrings.needTopic.text(in: language) }
        guard let title = form["titleLt"], let topic else { return (nil, errors) }
        return (CourseDetails(titleLt: title, titleEn: form["titleEn"], description: form["description"], topic: topic), errors)
    }

    static func session(_ form: FormData, _ language: Language) -> (TrainingSessionDetails?, Errors) {
        var errors: Errors = [:]
        func date(_ name: String) -> Date? {
            guard let date = form[name].flatMap(HumanDate.parseInput) else {
                errors[name] = TrainingPageStrings.badDate.text(in: language)
                return nil
            }
            return date
        }
        let startsAt = date("startsAt")
        let endsAt = date("endsAt")
        if let startsAt, let endsAt, endsAt <= startsAt { errors["endsAt"] = TrainingPageStrings.endBeforeStart.text(in: language) }
        let kind = TrainingPlace.Kind(rawValue: form["placeKind"] ?? "") ?? .lithuania
        let place = TrainingPlace(kind: kind, city: form["city"], address: form["address"], url: form["url"])
        if kind == .lithuania, place.city == nil { errors["city"] = TrainingPageStrings.needCity.text(in: language) }
        if kind == .online, !TrainingSessionInput.isWebLink(place.url) { errors["url"] = TrainingPageStrings.needURL.text(in: language) }
        let capacity = form["capacity"].flatMap(Int.init)
        if capacity.map({ TrainingSessionInput.capacities.contains($0) }) != true {
            errors["capacity"] = TrainingPageStrings.badCapacity.text(in: language)
        }
        if form["trainer"] == nil { errors["trainer"] = TrainingPageStrings.needTrainer.text(in: language) }
        guard errors.isEmpty, let startsAt, let endsAt, let capacity, let trainer = form["trainer"] else { return (nil, errors) }
        return (TrainingSessionDetails(startsAt: startsAt, endsAt: endsAt, place: place, capacity: capacity, trainer: trainer), errors)
    }

    static func trainee(_ form: FormData, _ language: Language) -> (Trainee?, Errors) {
        var errors: Errors = [:]
        if form["name"] == nil { errors["name"] = TrainingPageStrings.needName.text(in: language) }
        if form["institution"] == nil { errors["institution"] = TrainingPageStrings.needInstitution.text(in: language) }
        if !Municipalities.contains(form["municipality"] ?? "") {
            errors["municipality"] = TrainingPageStrings.needMunicipality.text(in: language)
        }
        if !EnrolmentInput.isEmail(form["email"] ?? "") { errors["email"] = TrainingPageStrings.badEmail.text(in: language) }
        guard errors.isEmpty, let name = form["name"], let institution = form["institution"],
            let municipality = form["municipality"], let email = form["email"]
        else { return (nil, errors) }
        return (Trainee(name: name, institution: institution, municipality: municipality, email: email), errors)
    }

    /// The 60 municipalities for a `<select>` (first a blank choice), `selected` chosen.
    static func municipalities(selected: String, _ language: Language) -> [[String: Any]] {
        let blank: [String: Any] = [
            "value": "", "label": TrainingPageStrings.chooseMunicipality.text(in: language), "selected": selected.isEmpty,
        ]
        return [blank] + Municipalities.all.map { name in ["value": name, "label": name, "selected": name == selected] }
    }

    /// The topics for a `<select>`, `selected` chosen.
    static func topics(selected: String, _ language: Language) -> [[String: Any]] {
        TrainingTopic.allCases.map { topic in
            [
                "value": topic.rawValue, "label": TrainingPageStrings.topic(topic).text(in: language),
                "selected": topic.rawValue == selected,
            ]
        }
    }
}
