import Foundation
import GRDB
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayBrand
@testable import GatewayKit

/// The brand part of the read model ends as the brand service's state says.
final class BrandReadModelTests: XCTestCase {
    func testAssetsKeepTheirStatusVersionsAndRights() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .brand)
        let id = try feed.asset("Logotipas", kind: .logo, tags: ["ženklas"])
        let licenceId = UUID()
        try feed.apply(
            LicenceRecorded(assetId: id, licenceId: licenceId, holder: "Dizainerė", terms: "Visi naudojimai", expiresOn: CalendarDay("2027-05-01")))
        try feed.apply(ConsentRecorded(assetId: id, consentId: UUID(), person: "Jonas", note: nil, expiresOn: nil))
        let view = try XCTUnwrap(fixture.read { try BrandQueries.asset(id: id, in: $0) })
        XCTAssertEqual(view.status, "approved")
        XCTAssertTrue(view.usable)
        XCTAssertEqual(view.tags, ["ženklas"])
        XCTAssertEqual(view.file?.width, 640)
        XCTAssertEqual(view.versions.count, 1)
        XCTAssertEqual(view.licences.map(\.id), [licenceId])
        XCTAssertEqual(view.licences.first?.expiresOn, "2027-05-01")
        XCTAssertEqual(view.consents.map(\.person), ["Jonas"])

        try feed.apply(AssetWithdrawn(assetId: id, reason: "Licencija baigėsi"))
        let withdrawn = try XCTUnwrap(fixture.read { try BrandQueries.asset(id: id, in: $0) })
        XCTAssertEqual(withdrawn.status, "withdrawn")
        XCTAssertFalse(withdrawn.usable)
        XCTAssertEqual(withdrawn.withdrawnReason, "Licencija baigėsi")
    }

    func testAlertsComeFromWarningsAndWithdrawalsNewestFirst() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .brand)
        let id = try feed.asset("Parodos plakatas")
        let start = Date(timeIntervalSince1970: 1_800_000_000)
        try feed.apply(
            AssetExpiryWarning(
                assetId: id, assetTitle: "Parodos plakatas", kind: .licence, holder: "UAB Foto", expiresOn: CalendarDay("2027-01-10")!.date,
                daysLeft: 5),
            at: start)
        try feed.apply(AssetWithdrawn(assetId: id, reason: "Licencija baigėsi 2027-01-10."), at: start.addingTimeInterval(60))
        let alerts = try fixture.read { try BrandQueries.alerts(limit: 100, in: $0) }
        XCTAssertEqual(alerts.map(\.kind), ["asset-withdrawn", "licence-expiring"])
        XCTAssertEqual(alerts[1].expiresOn, "2027-01-10")
        XCTAssertEqual(alerts[1].daysLeft, 5)
        XCTAssertEqual(alerts[1].holder, "UAB Foto")
        XCTAssertEqual(alerts[1].assetTitle, "Parodos plakatas")
        XCTAssertNil(alerts[0].daysLeft)
        XCTAssertEqual(alerts[0].assetTitle, "Parodos plakatas")
    }

    func testFiltersFindByKindTagUsableAndWordsWithoutDiacritics() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .brand)
        let poster = try feed.asset("Knygų mugės plakatas", kind: .poster, tags: ["Mugė"])
        let photo = try feed.asset("Ąžuolų alėja", kind: .photo, tags: ["gamta"], approved: false)
        func ids(_ filter: BrandQueries.AssetFilter) throws -> [UUID] {
            try fixture.read { try BrandQueries.assets(filter, page: Page(), in: $0) }.items.map(\.id)
        }
        XCTAssertEqual(try ids(.init(kinds: [.poster])), [poster])
        XCTAssertEqual(try ids(.init(tag: "mugė")), [poster])
        XCTAssertEqual(try ids(.init(usable: true)), [poster])
        XCTAssertEqual(try ids(.init(statuses: [.submitted])), [photo])
        XCTAssertEqual(try ids(.init(text: "knygu muge")), [poster])
        XCTAssertEqual(try ids(.init(text: "azuol")), [photo])
        // Lithuanian order: Ą right after A, before K.
        XCTAssertEqual(try ids(.init()), [photo, poster])
    }

    func testCollectionsAndPublications() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .brand)
        let eventId = UUID()
        let collectionId = UUID()
        let asset = try feed.asset("Atidarymas")
        try feed.apply(CollectionOpened(collectionId: collectionId, title: "Archyvas: Paroda", eventId: eventId))
        try feed.apply(CollectionAssetAdded(collectionId: collectionId, assetId: asset))
        let found = try fixture.read { try BrandQueries.collections(eventId: eventId, page: Page(), in: $0) }
        XCTAssertEqual(found.items.map(\.id), [collectionId])
        XCTAssertEqual(found.items.first?.assetIds, [asset])
        let other = try fixture.read { try BrandQueries.collections(eventId: UUID(), page: Page(), in: $0) }
        XCTAssertEqual(other.total, 0)

        let publicationId = UUID()
        let details = PublicationDetails(kind: .informational, title: "Lankstinukas", year: 2027, isbn: nil)
        try feed.apply(PublicationAdded(publicationId: publicationId, details: details, status: .planned))
        try feed.apply(PublicationChanged(publicationId: publicationId, details: details, status: .inPreparation))
        let publication = try fixture.read { try BrandQueries.publication(id: publicationId, in: $0) }
        XCTAssertEqual(publication?.status, "in-preparation")
    }

    func testMessagesAboutUnknownThingsAreRefusedForTheDeadLetters() throws {
        let fixture = try ReadModelFixture()
        let feed = MessageFeed(fixture.database, source: .brand)
        XCTAssertThrowsError(try feed.apply(AssetApproved(assetId: UUID())))
        XCTAssertThrowsError(try feed.apply(CollectionAssetAdded(collectionId: UUID(), assetId: UUID())))
        XCTAssertThrowsError(try feed.apply(LicenceRecorded(assetId: UUID(), licenceId: UUID(), holder: "A", terms: "B", expiresOn: nil)))
    }
}
