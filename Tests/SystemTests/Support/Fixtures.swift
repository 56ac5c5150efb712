import Foundation

/// Request bodies as staff would send them.
enum Fixtures {
    static let halls = ["Didžioji salė", "Konferencijų salė", "Parodų erdvė", "Ąžuolo salė", "Kino salė"]

    /// An event in Vilnius, elsewhere in Lithuania, `day` days into 2027, 18:00–20:00 local time.
    static func event(title: String, day: Int, type: String = "book-presentation", capacity: Int? = 100, hall: String? = nil) -> [String: Any] {
        let date = Calendar(identifier: .gregorian).date(byAdding: .day, value: day, to: start)!
        let formatter = DateFormatter()
        formatter.dateFormat = "yyyy-MM-dd"
        formatter.timeZone = TimeZone(identifier: "Europe/Vilnius")
        let dayText = formatter.string(from: date)
        var body: [String: Any] = [
            "type": type,
            "title": ["lt": title, "en": "Event \(day)"],
            "description": ["lt": "Renginys Lietuvos nacionalinėje Martyno Mažvydo bibliotekoje."],
            "startsAt": "\(dayText)T18:00:00+02:00",
            "endsAt": "\(dayText)T20:00:00+02:00",
            "organisingUnit": "Komunikacijos ir rinkodaros departamentas",
        ]
        if let capacity { body["capacity"] = capacity }
        if let hall {
            body["venue"] = ["kind": "library-hall", "hall": hall]
        } else {
            body["venue"] = ["kind": "lithuania", "city": "Kaunas", "address": "Laisvės al. 1"]
        }
        return body
    }

    static let start: Date = {
        var components = DateComponents()
        components.year = 2027
        components.month = 1
        components.day = 4
        components.hour = 12
        components.timeZone = TimeZone(identifier: "Europe/Vilnius")
        return Calendar(identifier: .gregorian).date(from: components)!
    }()

    static func attendee(_ index: Int) -> [String: Any] {
        ["name": "Skaitytoja Nr. \(index) Žemaitė", "email": "skaitytoja\(index)@example.lt", "organisation": "Kauno apskrities viešoji biblioteka"]
    }
}
