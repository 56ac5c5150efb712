import Foundation

/// What a course teaches: the department's fields of methodological help.
public enum TrainingTopic: String, Codable, Sendable, CaseIterable {
    case publicRelations = "public-relations"
    case mediaRelations = "media-relations"
    case socialCommunication = "social-communication"
    case marketing
    case eventsAndExhibitions = "events-and-exhibitions"
}

/// A course for staff of Lithuania's libraries; its sessions are the dates it is given.
public struct CourseDetails: Codable, Sendable, Equatable {
    public var titleLt: String
    public var titleEn: String?
    public var description: String?
    public var topic: TrainingTopic

    public init(titleLt: String, titleEn: String? = nil, description: String? = nil, topic: TrainingTopic) {
        self.titleLt = titleLt
        self.titleEn = titleEn
        self.description = description
        self.topic = topic
    }
}

/// Where a session is given: a place in Lithuania, or online with a link.
public struct TrainingPlace: Codable, Sendable, Equatable {
    public enum Kind: String, Codable, Sendable, CaseIterable {
        /// In Lithuania; `city` is required, `address` optional.
        case lithuania
        /// Online; `url` (http or https) is required.
        case online
    }

    public var kind: Kind
    public var city: String?
    public var address: String?
    public var url: String?

    public init(kind: Kind, city: String? = nil, address: String? = nil, url: String? = nil) {
        self.kind = kind
        self.city = city
        self.address = address
        self.url = url
    }

    /// One line for people: "Gedimino pr. 51, Vilnius" or "Nuotoliu: https://…".
    public var summary: String {
        switch kind {
        case .lithuania: [address, city].compactMap { $0 }.joined(separator: ", ")
        case .online: "Nuotoliu: \(url ?? "")"
        }
    }
}

/// Everything that describes a session apart from its status.
public struct TrainingSessionDetails: Codable, Sendable, Equatable {
    public var startsAt: Date
    public var endsAt: Date
    public var place: TrainingPlace
    /// Places for enrolment; more enrol onto the waiting list.
    public var capacity: Int
    public var trainer: String

    public init(startsAt: Date, endsAt: Date, place: TrainingPlace, capacity: Int, trainer: String) {
        self.startsAt = startsAt
        self.endsAt = endsAt
        self.place = place
        self.capacity = capacity
        self.trainer = trainer
    }
}

/// planned → completed, or planned → cancelled.
public enum TrainingSessionStatus: String, Codable, Sendable, CaseIterable {
    case planned, completed, cancelled

    /// The statuses this one may move to.
    public var next: Set<TrainingSessionStatus> {
        switch self {
        case .planned: [.completed, .cancelled]
        case .completed, .cancelled: []
        }
    }

    public func canMove(to status: TrainingSessionStatus) -> Bool { next.contains(status) }
}

/// A person enrolling in a session: a member of staff of a library or another institution.
public struct Trainee: Codable, Sendable, Equatable {
    public var name: String
    /// The library or institution they work for.
    public var institution: String
    /// One of Lithuania's municipalities, as the person names it.
    public var municipality: String
    public var email: String

    public init(name: String, institution: String, municipality: String, email: String) {
        self.name = name
        self.institution = institution
        self.municipality = municipality
        self.email = email
    }
}

public enum EnrolmentStatus: String, Codable, Sendable, CaseIterable {
    case accepted, waitlisted, cancelled
}

/// Whether an accepted trainee came.
public enum TrainingAttendance: String, Codable, Sendable, CaseIterable {
    case present, absent, excused
}
