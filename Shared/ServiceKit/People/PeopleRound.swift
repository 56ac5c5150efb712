import Foundation
import MessageSchema

/// One export or erasure of a person across every holder, as
/// `komunikactl people` and the operations page run it: each service's
/// ROUTER is asked in turn (`people-export` or `people-erase` with one
/// `erasureId`), the domain services first and the gateway last, so the
/// gateway's direct erasure comes after the services have announced theirs.
/// A service that does not answer is reported and the round goes on; an
/// erasure run again later finds nothing where it was done already and does
/// the rest.
public enum PeopleRound {
    /// What one service answered, or why it did not.
    public struct Answer: Sendable {
        public var service: ServiceName
        /// `people-export`: its tables; `people-erase`: how many of each kind it erased.
        public var person: JSONValue?
        /// The error, when it did not answer or refused.
        public var problem: String?

        public init(service: ServiceName, person: JSONValue?, problem: String?) {
            self.service = service
            self.person = person
            self.problem = problem
        }

        /// Whether it answered that it keeps (or erased) nothing.
        public var foundNothing: Bool {
            guard case .object(let fields) = person else { return false }
            return fields.values.allSatisfy { if case .array(let rows) = $0 { rows.isEmpty } else { false } }
        }
    }

    /// The order services are asked in: every domain service, then the gateway.
    public static func order(_ services: [ServiceName]) -> [ServiceName] {
        services.filter { $0 != .gateway } + services.filter { $0 == .gateway }
    }

    /// Asks every one of `services` with `request`; `ask` sends it to one
    /// and returns its reply or throws why there is none.
    public static func run(
        _ request: ControlRequest, services: [ServiceName],
        ask: (ServiceName, ControlRequest) async throws -> ControlReply
    ) async -> [Answer] {
        var answers: [Answer] = []
        for service in order(services) {
            do {
                let reply = try await ask(service, request)
                answers.append(
                    reply.ok
                        ? Answer(service: service, person: reply.person ?? .object([:]), problem: nil)
                        : Answer(service: service, person: nil, problem: reply.error ?? "refused"))
            } catch {
                answers.append(Answer(service: service, person: nil, problem: String(describing: error)))
            }
        }
        return answers
    }

    /// The export as one JSON document: the address, what each service
    /// keeps by table, and which did not answer.
    public static func document(email: String, answers: [Answer]) -> JSONValue {
        var services: [String: JSONValue] = [:]
        var unanswered: [String: JSONValue] = [:]
        for answer in answers {
            if let problem = answer.problem {
                unanswered[answer.service.rawValue] = .string(problem)
            } else {
                services[answer.service.rawValue] = answer.person ?? .object([:])
            }
        }
        var document: [String: JSONValue] = ["email": .string(PersonErasure.key(email)), "services": .object(services)]
        if !unanswered.isEmpty { document["unanswered"] = .object(unanswered) }
        return .object(document)
    }

    /// One line for an erasure's answer: "events: 2 registration(s) erased".
    public static func line(_ answer: Answer) -> String {
        if let problem = answer.problem { return "\(answer.service.rawValue): not erased — \(problem)" }
        guard case .object(let counts) = answer.person, !counts.isEmpty else {
            return "\(answer.service.rawValue): nothing kept on this address"
        }
        let parts = counts.keys.sorted().map { kind -> String in
            guard case .number(let count) = counts[kind] else { return kind }
            return "\(Int(count)) \(kind)(s)"
        }
        return "\(answer.service.rawValue): \(parts.joined(separator: ", ")) erased"
    }
}
