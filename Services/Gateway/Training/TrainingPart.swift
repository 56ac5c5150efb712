import Foundation
import GRDB
import GatewayKit
import MessageSchema
import ServiceKit

/// The training part: courses, sessions with enrolments and attendance, and
/// the public check of a certificate: its tables, the messages it applies,
/// its API routes, the staff's pages (courses, sessions, certificates), the
/// public's pages (the catalogue `/kursai`, enrolling and cancelling by the
/// mail's link, `/sertifikatai/{code}`), its share of the start page, the
/// search and the annual report.
public struct TrainingPart: GatewayPart {
    public init() {}

    public func registerMigrations(in migrator: inout DatabaseMigrator) {
        TrainingReadModelSchema.register(in: &migrator)
    }

    public var readModel: any ReadModelPart { TrainingReadModel() }
    public var people: (any PersonalDataHolder)? { TraineePeople() }

    public func addRoutes(to routes: PartRoutes, dependencies: GatewayDependencies) throws {
        TrainingRoutes(dependencies: dependencies).addRoutes(to: routes)
        let templates = try Self.templates.get()
        CertificatesPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        TrainingSessionPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        CoursesPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        PublicCoursesPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        PublicEnrolmentPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
        CertificateCheckPageController(dependencies: dependencies, templates: templates).addRoutes(to: routes)
    }

    /// The part's templates, loaded once.
    static let templates = Result {
        try PageTemplates.cached(
            folder: Bundle.module.resourceURL?.appendingPathComponent("Templates"),
            strings: TrainingPageStrings.all.merging(PublicTrainingStrings.all) { staff, _ in staff })
    }

    public func startPageSections(for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [PageSection] {
        let year = VilniusTime.currentYear()
        let figures = try await dependencies.read { db in try TrainingPageQueries.year(year, in: db) }
        let data: [String: Any] = [
            "held": figures.held.count, "planned": figures.planned, "participants": figures.participants,
            "certificates": figures.certificates,
        ]
        return [PageSection(order: 60, html: try Self.templates.get().renderFragment("training-home", data: data, for: viewer))]
    }

    public func search(_ text: String, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [SearchResultGroup] {
        let found = try await dependencies.read { db in
            try TrainingQueries.courses(CourseFilter(text: String(text.prefix(500))), page: Page(limit: 20), in: db)
        }
        let results = found.items.map { course in
            SearchResultGroup.Result(
                title: CoursesPageController.title(of: course.details, viewer.language),
                href: "/mokymai/\(course.id.uuidString.lowercased())",
                detail: viewer.text(TrainingPageStrings.topic(course.details.topic)))
        }
        return [SearchResultGroup(kind: Localized(lt: "Mokymų kursai", en: "Courses"), results: results)]
    }

    public func reportSections(year: Int, for viewer: Viewer, dependencies: GatewayDependencies) async throws -> [ReportSection] {
        let figures = try await dependencies.read { db in try TrainingPageQueries.year(year, in: db) }
        let language = viewer.language
        let data: [String: Any] = [
            "sessions": figures.held.map { session in
                [
                    "id": session.id.uuidString.lowercased(), "course": session.courseTitleLt,
                    "date": HumanDate.day(session.startsAt, in: language), "present": session.present,
                    "certificates": session.certificates,
                ] as [String: Any]
            },
            "hasSessions": !figures.held.isEmpty, "held": figures.held.count, "participants": figures.participants,
            "certificates": figures.certificates,
            "municipalities": figures.byMunicipality.map { ["name": $0.municipality, "participants": $0.participants] as [String: Any] },
            "hasMunicipalities": !figures.byMunicipality.isEmpty,
        ]
        let json = JSONValue.object([
            "sessionsHeld": .number(Double(figures.held.count)), "sessionsPlanned": .number(Double(figures.planned)),
            "participants": .number(Double(figures.participants)), "certificates": .number(Double(figures.certificates)),
            "participantsByMunicipality": .array(
                figures.byMunicipality.map {
                    JSONValue.object(["municipality": .string($0.municipality), "participants": .number(Double($0.participants))])
                }),
        ])
        let html = try Self.templates.get().renderFragment("training-report", data: data, for: viewer)
        return [ReportSection(order: 60, key: "training", html: html, json: json)]
    }
}
