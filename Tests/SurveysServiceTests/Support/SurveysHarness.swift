import Foundation
import GRDB
import KomunikaTesting
import MessageSchema
import Store
import SurveysService
import XCTest

/// A real surveys database in a temporary folder, the command handler and
/// the reactions on top of it (KomunikaTesting's `CommandHarness`), with
/// what only surveys' tests ask.
typealias SurveysHarness = CommandHarness<SurveysCommandHandler>

extension CommandHarness where Handler == SurveysCommandHandler {
    convenience init() throws {
        try self.init(.surveys, schema: SurveysSchema.register(in:), reactions: SurveysReactions.make()) {
            database, _, onCommit in
            SurveysCommandHandler(database: database, onCommit: onCommit)
        }
    }

    /// Applies an envelope of another service as the consumer does: the
    /// reaction and the offset in one transaction.
    func apply(_ envelope: Envelope) async throws {
        try await database.writer.write { db in
            try self.reactions.apply(envelope, in: db)
            try ConsumerOffsets.markApplied(source: envelope.source, seq: envelope.seq, in: db)
        }
    }

    /// The number `sql` selects.
    func count(_ sql: String, _ arguments: StatementArguments = StatementArguments()) async throws -> Int {
        try await read { db in try Int.fetchOne(db, sql: sql, arguments: arguments) ?? 0 }
    }

    /// A survey created with `questions` and moved to `status`.
    @discardableResult
    func survey(
        _ status: SurveyStatus = .open, details: SurveyDetails = Sample.details(),
        questions: [SurveyQuestion] = Sample.questions
    ) async throws -> UUID {
        let id = UUID()
        try await expectSuccess(CreateSurvey(surveyId: id, details: details, questions: questions))
        if status != .draft { try await expectSuccess(TransitionSurvey(surveyId: id, to: .open)) }
        if status == .closed { try await expectSuccess(TransitionSurvey(surveyId: id, to: .closed)) }
        return id
    }
}

/// A test case that gives each test its own database and removes it after.
class SurveysTestCase: XCTestCase {
    func makeHarness() throws -> SurveysHarness { removedAfterTest(try SurveysHarness()) }
}

/// Sample surveys, questions and other services' envelopes.
enum Sample {
    static func details(
        _ title: String = "Skaitytojų apklausa", quota: Int? = nil, anonymous: Bool = true, opensAt: Date? = nil,
        closesAt: Date? = nil
    ) -> SurveyDetails {
        SurveyDetails(
            titleLt: title, purpose: .publicOpinion, anonymous: anonymous, quota: quota, opensAt: opensAt,
            closesAt: closesAt)
    }

    static let questions: [SurveyQuestion] = [
        SurveyQuestion(id: "recommend", type: .nps, textLt: "Ar rekomenduotumėte biblioteką?", required: true),
        SurveyQuestion(id: "stars", type: .starRating, textLt: "Kaip vertinate paslaugas?", required: true),
        SurveyQuestion(
            id: "channel", type: .singleChoice, textLt: "Iš kur sužinojote?", required: false,
            options: ["Facebook", "Radijas", "Draugai"]),
        SurveyQuestion(
            id: "topics", type: .multipleChoice, textLt: "Kas domina?", required: false,
            options: ["Parodos", "Knygų pristatymai", "Mokymai"]),
        SurveyQuestion(id: "agree", type: .likert, textLt: "Biblioteka yra patogi.", required: false),
        SurveyQuestion(id: "visits", type: .number, textLt: "Kiek kartų per metus lankotės?", required: false),
        SurveyQuestion(id: "comment", type: .freeText, textLt: "Pastabos", required: false),
    ]

    static func answers(recommend: Double = 9, stars: Double = 5) -> [String: SurveyAnswer] {
        ["recommend": .number(recommend), "stars": .number(stars)]
    }

    /// An envelope of `source` with `message`.
    static func envelope<M: Message>(_ message: M, source: String = "events", seq: Int64) throws -> Envelope {
        Envelope(
            type: M.type, version: M.version, source: source, seq: seq,
            occurredAt: Date(timeIntervalSince1970: 1_795_000_000), payload: try .from(message))
    }

    static func eventDetails(_ title: String) -> EventDetails {
        EventDetails(
            type: .exhibition, title: LocalizedText(lt: title), startsAt: Date(timeIntervalSince1970: 1_795_000_000),
            endsAt: Date(timeIntervalSince1970: 1_795_007_200), venue: Venue(kind: .libraryHall, hall: "Parodų erdvė"),
            organisingUnit: "Komunikacijos ir rinkodaros departamentas")
    }
}
