import Foundation

/// The kinds of event the department runs.
public enum EventType: String, Codable, Sendable, CaseIterable {
    case exhibition
    case bookPresentation = "book-presentation"
    case conference
    case pressConference = "press-conference"
    case liveBroadcast = "live-broadcast"
    case educationalAction = "educational-action"
    case fairParticipation = "fair-participation"
    case other
}

/// proposed → approved → scheduled → held, or cancelled from any but held.
public enum EventStatus: String, Codable, Sendable, CaseIterable {
    case proposed, approved, scheduled, held, cancelled

    /// The statuses this one may move to.
    public var next: Set<EventStatus> {
        switch self {
        case .proposed: [.approved, .cancelled]
        case .approved: [.scheduled, .cancelled]
        case .scheduled: [.held, .cancelled]
        case .held, .cancelled: []
        }
    }

    public func canMove(to status: EventStatus) -> Bool { next.contains(status) }
}

/// A text in Lithuanian, optionally also in English.
public struct LocalizedText: Codable, Sendable, Equatable {
    public var lt: String
    public var en: String?

    public init(lt: String, en: String? = nil) {
        self.lt = lt
        self.en = en
    }
}

/// Where an event takes place.
public struct Venue: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// A hall of the library; `hall` names it.
        case libraryHall = "library-hall"
        /// Elsewhere in Lithuania; `city` and `address` say where.
        case lithuania
        /// Abroad; `country` is required.
        case abroad
    }

    public var kind: Kind
    public var hall: String?
    public var city: String?
    public var address: String?
    public var country: String?

    public init(kind: Kind, hall: String? = nil, city: String? = nil, address: String? = nil, country: String? = nil) {
        self.kind = kind
        self.hall = hall
        self.city = city
        self.address = address
        self.country = country
    }

    /// One line for a calendar's LOCATION.
    public var summary: String {
        switch kind {
        case .libraryHall:
            return ["Lietuvos nacionalinė Martyno Mažvydo biblioteka", hall].compactMap { $0 }.joined(separator: ", ")
        case .lithuania:
            return [address, city, "Lietuva"].compactMap { $0 }.joined(separator: ", ")
        case .abroad:
            return [address, city, country].compactMap { $0 }.joined(separator: ", ")
        }
    }
}

/// Everything that describes an event apart from its status.
public struct EventDetails: Codable, Sendable, Equatable {
    public var type: EventType
    public var title: LocalizedText
    public var description: LocalizedText?
    public var startsAt: Date
    public var endsAt: Date
    public var venue: Venue
    public var organisingUnit: String
    /// Places for registration; `nil` when the event takes no registrations.
    public var capacity: Int?
    public var planItemId: UUID?

    public init(
        type: EventType, title: LocalizedText, description: LocalizedText? = nil, startsAt: Date, endsAt: Date,
        venue: Venue, organisingUnit: String, capacity: Int? = nil, planItemId: UUID? = nil
    ) {
        self.type = type
        self.title = title
        self.description = description
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.venue = venue
        self.organisingUnit = organisingUnit
        self.capacity = capacity
        self.planItemId = planItemId
    }
}

/// A person who registers for an event.
public struct Attendee: Codable, Sendable, Equatable {
    public var name: String
    public var email: String
    public var organisation: String?

    public init(name: String, email: String, organisation: String? = nil) {
        self.name = name
        self.email = email
        self.organisation = organisation
    }
}

public enum RegistrationStatus: String, Codable, Sendable, CaseIterable {
    case accepted, waitlisted, cancelled
}

/// A line of an annual event plan.
public struct PlanItem: Codable, Sendable, Equatable {
    public var id: UUID
    public var year: Int
    public var title: String
    public var type: EventType
    /// 1 to 4.
    public var quarter: Int
    public var organisingUnit: String
    public var notes: String?

    public init(id: UUID, year: Int, title: String, type: EventType, quarter: Int, organisingUnit: String, notes: String? = nil) {
        self.id = id
        self.year = year
        self.title = title
        self.type = type
        self.quarter = quarter
        self.organisingUnit = organisingUnit
        self.notes = notes
    }
}
