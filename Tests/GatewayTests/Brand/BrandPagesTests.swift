import FileStore
import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayBrand
@testable import GatewayKit

/// The brand's pages through the gateway's router: real accounts signed in,
/// a real read model fed with the brand service's messages, a real file
/// store in a temporary folder. No brand service runs: a command that
/// passes the gateway's own checks is answered 503, shown as a page.
final class BrandPagesTests: XCTestCase {
    static let approver = Actor(accountId: UUID(uuidString: "0B7E5D3C-1A2B-4C3D-9E8F-7A6B5C4D3E2F"), name: "Jonas Petraitis")

    /// A temporary file store, removed after the test.
    private func temporaryStore() -> ContentStore {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("brand-pages-\(UUID().uuidString.prefix(8))")
        addTeardownBlock { try? FileManager.default.removeItem(at: folder) }
        return ContentStore(folder: folder, maxFileSize: GatewayHTTP.testMaxFileSize)
    }

    func testTheLibraryIsAGridOfCardsWithThumbnailsOfImagesAndTheTypeOfOthers() async throws {
        let logo = UUID()
        let video = UUID()
        try await GatewayHTTP.withDatabase(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .brand)
                try feed.asset("Bibliotekos logotipas", id: logo, kind: .logo)
                try feed.apply(AssetRegistered(assetId: video, details: AssetDetails(kind: .video, title: "Žalčių karalienė")))
                try feed.apply(
                    AssetVersionAdded(
                        assetId: video, number: 1, file: AssetFile(sha256: String(repeating: "cd", count: 32), mimeType: "video/mp4", size: 10),
                        status: .submitted, fileName: "Žalčių karalienė.mp4"))
                try feed.asset("Afiša", kind: .poster)
            },
            { client, database in
                var viewer = try await PageSession.signedIn(
                    client, database: database, name: "Ona Onaitė", email: "ona@example.lt", role: "viewer")
                let library = try await viewer.get(client, "/zenklas")
                XCTAssertEqual(library.status, .ok, library.text)
                XCTAssertTrue(library.text.contains("<h1>Išteklių biblioteka</h1>"), library.text)
                let logoHref = "/zenklas/istekliai/\(logo.uuidString.lowercased())"
                XCTAssertTrue(
                    library.text.contains(#"<img src="\#(logoHref)/versijos/1/failas" alt="Bibliotekos logotipas" loading="lazy">"#),
                    library.text)
                XCTAssertTrue(library.text.contains(#"<span class="file-type">video/mp4</span>"#), library.text)
                XCTAssertTrue(library.text.contains(#"<span class="badge submitted">Laukia patvirtinimo</span>"#))
                // Lithuanian order: Afiša, Bibliotekos logotipas, Žalčių karalienė.
                let titles = ["Afiša", "Bibliotekos logotipas", "Žalčių karalienė"].compactMap {
                    library.text.range(of: ">\($0)</a></h2>")?.lowerBound
                }
                XCTAssertEqual(titles.count, 3)
                XCTAssertEqual(titles, titles.sorted())
                XCTAssertTrue(library.text.contains("Rasta: 3"))

                let videos = try await viewer.get(client, "/zenklas?kind=video")
                XCTAssertTrue(videos.text.contains("Žalčių karalienė") && !videos.text.contains("Bibliotekos logotipas"))
                XCTAssertTrue(videos.text.contains(#"<option value="video" selected>Vaizdo įrašas</option>"#))
                let waiting = try await viewer.get(client, "/zenklas?status=submitted")
                XCTAssertTrue(waiting.text.contains("Rasta: 1"), waiting.text)
                let found = try await viewer.get(client, "/zenklas?q=zalciu")
                XCTAssertTrue(found.text.contains("Žalčių karalienė") && found.text.contains("Rasta: 1"), found.text)
                XCTAssertTrue(found.text.contains(#"value="zalciu""#))

                // The thumbnail is the version's own download, with the session.
                let thumbnail = try await viewer.get(client, "\(logoHref)/versijos/1/failas")
                XCTAssertEqual(thumbnail.status, .notFound, "the seeded digest has no file in this store")
                XCTAssertTrue(thumbnail.text.contains("<html lang=\"lt\">"), "a page, not JSON")
            })
    }

    func testTheAssetPageShowsWhoApprovedItAndWhenAsAPersonReadsIt() async throws {
        let id = UUID()
        try await GatewayHTTP.withDatabase(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .brand)
                try feed.asset("Bibliotekos logotipas", id: id, kind: .logo, tags: ["logotipas", "spauda"], approved: false)
                try feed.apply(AssetApproved(assetId: id), at: Sample.date("2026-11-24T14:30"), actor: Self.approver)
                try feed.apply(
                    LicenceRecorded(
                        assetId: id, licenceId: UUID(), holder: "UAB Dizainas", terms: "Neribotas naudojimas",
                        expiresOn: CalendarDay("2031-01-31")))
                try feed.apply(
                    ConsentRecorded(assetId: id, consentId: UUID(), person: "Rūta Rūtaitė", note: "Nuotraukoje", expiresOn: nil))
            },
            { client, database in
                var viewer = try await PageSession.signedIn(
                    client, database: database, name: "Ona Onaitė", email: "ona@example.lt", role: "viewer")
                let path = "/zenklas/istekliai/\(id.uuidString.lowercased())"
                let page = try await viewer.get(client, path)
                XCTAssertEqual(page.status, .ok, page.text)
                XCTAssertTrue(page.text.contains("<h1>Bibliotekos logotipas</h1>"))
                XCTAssertTrue(
                    page.text.contains(#"<dt>Patvirtino</dt><dd id="patvirtino">Jonas Petraitis, 2026 m. lapkričio 24 d. 14:30</dd>"#),
                    page.text)
                XCTAssertTrue(page.text.contains(#"<span class="badge approved" id="istekliaus-busena">Patvirtintas</span>"#))
                XCTAssertTrue(page.text.contains("<dd>logotipas, spauda</dd>"))
                // Versions with their download, the licence and the consent with their expiry.
                XCTAssertTrue(page.text.contains(#"<a href="\#(path)/versijos/1/failas" download>Atsisiųsti"#), page.text)
                XCTAssertTrue(page.text.contains("<td>image/png</td><td class=\"number\">2,0 KB</td><td>640 × 480 px</td>"), page.text)
                XCTAssertTrue(page.text.contains("<td>UAB Dizainas</td><td>Neribotas naudojimas</td><td>2031 m. sausio 31 d.</td>"), page.text)
                XCTAssertTrue(page.text.contains("<td>Rūta Rūtaitė</td><td>Nuotraukoje</td><td>neterminuota</td>"), page.text)
                // The activity history: who approved it.
                XCTAssertTrue(
                    page.text.contains("<td>2026 m. lapkričio 24 d. 14:30</td><td>Jonas Petraitis</td><td>Išteklius patvirtintas</td>"),
                    page.text)

                let english = try await viewer.get(client, "/kalba?lang=en&back=\(path)")
                XCTAssertEqual(english.headers[.location], path)
                let inEnglish = try await viewer.get(client, path)
                XCTAssertTrue(inEnglish.text.contains(#"<html lang="en">"#))
                XCTAssertTrue(
                    inEnglish.text.contains(#"<dt>Approved by</dt><dd id="patvirtino">Jonas Petraitis, 24 November 2026, 14:30</dd>"#),
                    inEnglish.text)
                XCTAssertTrue(inEnglish.text.contains("<td>UAB Dizainas</td><td>Neribotas naudojimas</td><td>31 January 2031</td>"))
                XCTAssertTrue(inEnglish.text.contains(">Download<"))
                XCTAssertTrue(inEnglish.text.contains(#"<h2 id="versijos">Versions</h2>"#))
                let library = try await viewer.get(client, "/zenklas")
                XCTAssertTrue(library.text.contains("<h1>Asset library</h1>"))
                XCTAssertTrue(library.text.contains(#"<span class="badge approved">Approved</span>"#))
            })
    }

    func testAVersionIsDownloadedByteForByteFromThePagesLinkAndAnUploadWithoutTheServiceIsA503Page() async throws {
        let id = UUID()
        let store = temporaryStore()
        let bytes = Data((0..<200_000).map { UInt8(truncatingIfNeeded: $0 &* 7 &+ $0 >> 9) })
        let stored = try store.store(bytes)
        try await GatewayHTTP.withDatabase(
            brandFiles: store,
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .brand)
                try feed.apply(AssetRegistered(assetId: id, details: AssetDetails(kind: .photo, title: "Parodos atidarymas")))
                try feed.apply(
                    AssetVersionAdded(
                        assetId: id, number: 1,
                        file: AssetFile(sha256: stored.sha256, mimeType: "image/jpeg", size: bytes.count, width: 1200, height: 800),
                        status: .submitted, fileName: "Atidarymas.jpg"))
            },
            { client, database in
                var editor = try await PageSession.signedIn(
                    client, database: database, name: "Vardenis Pavardenis", email: "vardenis@example.lt", role: "editor")
                let path = "/zenklas/istekliai/\(id.uuidString.lowercased())"
                let page = try await editor.get(client, path)
                XCTAssertEqual(page.status, .ok, page.text)
                let link = try XCTUnwrap(
                    page.text.range(of: #"<a href="([^"]+/versijos/1/failas)" download>"#, options: .regularExpression).map {
                        String(page.text[$0].split(separator: "\"")[1])
                    }, page.text)
                XCTAssertEqual(link, "\(path)/versijos/1/failas")
                let download = try await editor.get(client, link)
                XCTAssertEqual(download.status, .ok)
                XCTAssertEqual(Data(download.body.readableBytesView), bytes)
                XCTAssertEqual(download.headers[.contentType], "image/jpeg")
                XCTAssertEqual(
                    download.headers[.contentDisposition], "attachment; filename=\"Atidarymas.jpg\"; filename*=UTF-8''Atidarymas.jpg")
                // The upload form: the page's script posts the file itself to this route.
                XCTAssertTrue(
                    page.text.contains(
                        #"<form method="post" action="\#(path)/versijos?csrf=\#(editor.csrf)" enctype="multipart/form-data" class="card" data-upload="raw""#
                    ),
                    page.text)
                XCTAssertTrue(page.text.contains(#"<progress id="ikelimo-eiga" hidden max="1" value="0"></progress>"#))

                // As the script sends it: the raw file, its type, its name, the form token in a header.
                let upload = try await client.execute(
                    uri: "\(path)/versijos?fileName=\(ContentDisposition.percentEncoded("Atidarymas 2.jpg"))", method: .post,
                    headers: [.cookie: editor.cookieHeader, .contentType: "image/jpeg", .csrfToken: editor.csrf],
                    body: ByteBuffer(bytes: bytes))
                XCTAssertEqual(upload.status, .serviceUnavailable, upload.text)
                XCTAssertEqual(upload.headers[.contentType], "text/html; charset=utf-8")
                XCTAssertTrue(
                    upload.text.contains(
                        #"<p class="error-message" role="alert" id="veiksmo-klaida">Veiksmas neatliktas (503): prekės ženklo tarnyba neatsako, niekas neišsaugota. Bandykite dar kartą.</p>"#
                    ), upload.text)
                XCTAssertTrue(upload.text.contains("<h1>Parodos atidarymas</h1>"), "the asset's page again")

                // Without the form token: refused before a byte is stored.
                let forged = try await client.execute(
                    uri: "\(path)/versijos?fileName=x.jpg", method: .post,
                    headers: [.cookie: editor.cookieHeader, .contentType: "image/jpeg"], body: ByteBuffer(bytes: bytes))
                XCTAssertEqual(forged.status, .forbidden)
                // The form posted with JavaScript off: said on the page, next to the file field.
                let plain = try await client.execute(
                    uri: "\(path)/versijos?csrf=\(editor.csrf)", method: .post,
                    headers: [.cookie: editor.cookieHeader, .contentType: "multipart/form-data; boundary=x"],
                    body: ByteBuffer(string: "--x--\r\n"))
                XCTAssertEqual(plain.status, .unsupportedMediaType)
                XCTAssertTrue(
                    plain.text.contains(
                        #"<p class="field-error" id="file-klaida">Failui įkelti naršyklėje turi būti įjungtas JavaScript.</p>"#), plain.text)
                XCTAssertTrue(plain.text.contains(#"aria-describedby="file-patarimas file-klaida" aria-invalid="true""#), plain.text)
            })
        // Nothing the brand service did not take is left in the store.
        XCTAssertEqual(try FileManager.default.contentsOfDirectory(atPath: store.incomingFolder.path), [])
    }

    func testAViewerSeesNoFormThatChangesAnythingAndAForgedPostIsRefused() async throws {
        let id = UUID()
        let collection = UUID()
        try await GatewayHTTP.withDatabase(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .brand)
                try feed.asset("Plakatas", id: id, kind: .poster, approved: false)
                try feed.apply(CollectionOpened(collectionId: collection, title: "Parodos „Knygos“ archyvas", eventId: nil))
                try feed.apply(CollectionAssetAdded(collectionId: collection, assetId: id))
                try feed.apply(
                    PublicationAdded(
                        publicationId: UUID(), details: PublicationDetails(kind: .informational, title: "Metinė ataskaita", year: 2026),
                        status: .planned))
            },
            { client, database in
                var viewer = try await PageSession.signedIn(
                    client, database: database, name: "Ona Onaitė", email: "ona@example.lt", role: "viewer")
                let asset = "/zenklas/istekliai/\(id.uuidString.lowercased())"
                let pages = [
                    "/zenklas", asset, "/zenklas/licencijos", "/zenklas/archyvai",
                    "/zenklas/archyvai/\(collection.uuidString.lowercased())", "/zenklas/leidiniai?metai=2026",
                ]
                for path in pages {
                    let page = try await viewer.get(client, path)
                    XCTAssertEqual(page.status, .ok, "\(path): \(page.text)")
                    let posts = page.text.components(separatedBy: #"method="post""#).count - 1
                    XCTAssertEqual(posts, 1, "\(path) has a form that changes something; only signing out is allowed: \(page.text)")
                    XCTAssertFalse(page.text.contains("/redaguoti"), path)
                    XCTAssertFalse(page.text.contains(#"href="/zenklas/naujas""#), path)
                }
                let forged = try await viewer.post(client, "\(asset)/perziura", [("decision", "approve")])
                XCTAssertEqual(forged.status, .forbidden)
                XCTAssertTrue(forged.text.contains("Jūsų vaidmuo – skaitytojas"), forged.text)
                let form = try await viewer.get(client, "/zenklas/naujas")
                XCTAssertEqual(form.status, .forbidden)
                XCTAssertTrue(form.text.contains("Ištekliams keisti reikia redaktoriaus vaidmens."), form.text)
                let create = try await viewer.post(client, "/zenklas/naujas", [("kind", "logo"), ("title", "X")])
                XCTAssertEqual(create.status, .forbidden)
            })
    }

    func testRejectingWithoutAReasonShowsTheMessageNextToTheFieldAndTheReviewGoesToTheService() async throws {
        let id = UUID()
        try await GatewayHTTP.withDatabase(
            seed: { fixture in try MessageFeed(fixture.database, source: .brand).asset("Plakatas", id: id, kind: .poster, approved: false) },
            { client, database in
                var editor = try await PageSession.signedIn(
                    client, database: database, name: "Vardenis Pavardenis", email: "vardenis@example.lt", role: "editor")
                let path = "/zenklas/istekliai/\(id.uuidString.lowercased())"
                let page = try await editor.get(client, path)
                XCTAssertTrue(page.text.contains(#"<h2 id="perziura">Peržiūra</h2>"#), page.text)
                XCTAssertTrue(page.text.contains(#"<button type="submit" class="primary">Patvirtinti</button>"#))

                let missing = try await editor.post(client, "\(path)/perziura", [("decision", "reject"), ("reason", "  ")])
                XCTAssertEqual(missing.status, .unprocessableContent)
                XCTAssertTrue(
                    missing.text.contains(#"<p class="field-error" id="reason-klaida">Nurodykite, kodėl išteklius atmetamas.</p>"#),
                    missing.text)
                XCTAssertTrue(
                    missing.text.contains(
                        #"<textarea id="reason" name="reason" aria-describedby="reason-patarimas reason-klaida" aria-invalid="true">"#),
                    missing.text)

                let refused = try await editor.post(client, "\(path)/perziura", [("decision", "reject"), ("reason", "Netinka spalvos")])
                XCTAssertEqual(refused.status, .serviceUnavailable)
                XCTAssertTrue(
                    refused.text.contains("Veiksmas neatliktas (503): prekės ženklo tarnyba neatsako, niekas neišsaugota. Bandykite dar kartą."))
                XCTAssertTrue(refused.text.contains(">Netinka spalvos</textarea>"), "what was typed is kept: \(refused.text)")

                _ = try await editor.get(client, "/kalba?lang=en&back=\(path)")
                let english = try await editor.post(client, "\(path)/perziura", [("decision", "reject")])
                XCTAssertTrue(
                    english.text.contains(#"<p class="field-error" id="reason-klaida">Give the reason for rejecting.</p>"#), english.text)
            })
    }

    func testFormsSayWhatIsWrongNextToTheFieldAndKeepWhatWasTyped() async throws {
        let id = UUID()
        try await GatewayHTTP.withDatabase(
            seed: { fixture in try MessageFeed(fixture.database, source: .brand).asset("Plakatas", id: id, kind: .poster) },
            { client, database in
                var editor = try await PageSession.signedIn(
                    client, database: database, name: "Vardenis Pavardenis", email: "vardenis@example.lt", role: "editor")
                _ = try await editor.get(client, "/zenklas/naujas")
                let blank = try await editor.post(client, "/zenklas/naujas", [("kind", "photo"), ("title", ""), ("tags", "paroda, 2027")])
                XCTAssertEqual(blank.status, .unprocessableContent)
                XCTAssertTrue(blank.text.contains(#"<p class="field-error" id="title-klaida">Įrašykite pavadinimą.</p>"#), blank.text)
                XCTAssertTrue(
                    blank.text.contains(#"<input id="title" name="title" type="text" value="" aria-invalid="true" aria-describedby="title-klaida">"#))
                XCTAssertTrue(blank.text.contains(#"<option value="photo" selected>Nuotrauka</option>"#))
                XCTAssertTrue(blank.text.contains(#"value="paroda, 2027""#))
                let refused = try await editor.post(client, "/zenklas/naujas", [("kind", "photo"), ("title", "Parodos atidarymas")])
                XCTAssertEqual(refused.status, .serviceUnavailable)
                XCTAssertTrue(
                    refused.text.contains(
                        #"<p class="error-message" role="alert" id="formos-klaida">Veiksmas neatliktas (503): prekės ženklo tarnyba neatsako, niekas neišsaugota. Bandykite dar kartą.</p>"#
                    ), refused.text)
                XCTAssertTrue(refused.text.contains(#"value="Parodos atidarymas""#))

                let path = "/zenklas/istekliai/\(id.uuidString.lowercased())"
                _ = try await editor.get(client, path)
                let licence = try await editor.post(
                    client, "\(path)/licencijos", [("holder", "UAB Dizainas"), ("terms", ""), ("licence_expires", "31.01.2027")])
                XCTAssertEqual(licence.status, .unprocessableContent)
                XCTAssertTrue(licence.text.contains(#"<p class="field-error" id="terms-klaida">Įrašykite licencijos sąlygas.</p>"#))
                XCTAssertTrue(
                    licence.text.contains(#"<p class="field-error" id="licence_expires-klaida">Data turi būti tokia: 2027-01-31.</p>"#))
                XCTAssertTrue(licence.text.contains(#"value="UAB Dizainas""#))

                let publication = try await editor.post(
                    client, "/zenklas/leidiniai", [("kind", "representative"), ("title", "Albumas"), ("year", "2027"), ("isbn", "978-0-00-000000-1")])
                XCTAssertEqual(publication.status, .unprocessableContent)
                XCTAssertTrue(publication.text.contains(#"<p class="field-error" id="isbn-klaida">ISBN neteisingas: patikrinkite skaitmenis.</p>"#))
                XCTAssertTrue(publication.text.contains(#"<option value="representative" selected>Reprezentacinis</option>"#))

                let archive = try await editor.post(client, "/zenklas/archyvai", [("title", "")])
                XCTAssertEqual(archive.status, .unprocessableContent)
                XCTAssertTrue(archive.text.contains(#"<p class="field-error" id="title-klaida">Įrašykite archyvo pavadinimą.</p>"#))
            })
    }

    func testTheStartPageShowsAssetsAwaitingApprovalAndRightsRunningOutWithin30Days() async throws {
        let waiting = UUID()
        let approved = UUID()
        let today = CalendarDay(vilnius: Date())
        try await GatewayHTTP.withDatabase(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .brand)
                try feed.asset("Naujas plakatas", id: waiting, kind: .poster, approved: false)
                try feed.asset("Bibliotekos logotipas", id: approved, kind: .logo)
                try feed.apply(
                    LicenceRecorded(
                        assetId: approved, licenceId: UUID(), holder: "UAB Dizainas", terms: "Spaudai", expiresOn: today.adding(days: 10)))
                try feed.apply(
                    ConsentRecorded(assetId: approved, consentId: UUID(), person: "Tolima Data", note: nil, expiresOn: today.adding(days: 60)))
            },
            { client, database in
                var editor = try await PageSession.signedIn(
                    client, database: database, name: "Vardenis Pavardenis", email: "vardenis@example.lt", role: "editor")
                let home = try await editor.get(client, "/")
                XCTAssertEqual(home.status, .ok, home.text)
                XCTAssertTrue(
                    home.text.contains(
                        #"<h2 id="laukia-patvirtinimo">Ištekliai, laukiantys patvirtinimo <span class="badge" id="laukia-patvirtinimo-skaicius">1</span></h2>"#
                    ), home.text)
                XCTAssertTrue(home.text.contains(">Naujas plakatas</a>"))
                let day = HumanDate.day(today.adding(days: 10), in: .lt)
                XCTAssertTrue(
                    home.text.contains("Bibliotekos logotipas</a> — Licencija (UAB Dizainas): Galioja iki \(day), Baigiasi po 10 d.</li>"),
                    home.text)
                XCTAssertFalse(home.text.contains("Tolima Data"), "60 days away is no alert yet")

                let rights = try await editor.get(client, "/zenklas/licencijos")
                XCTAssertTrue(rights.text.contains("UAB Dizainas") && rights.text.contains("Tolima Data"))
                let soon = try await editor.get(client, "/zenklas/licencijos?netrukus=1")
                XCTAssertTrue(soon.text.contains("UAB Dizainas") && !soon.text.contains("Tolima Data"))

                let search = try await editor.get(client, "/paieska?q=logotip")
                XCTAssertTrue(search.text.contains("Prekės ženklo ištekliai"), search.text)
                XCTAssertTrue(search.text.contains("/zenklas/istekliai/\(approved.uuidString.lowercased())"), search.text)
            })
    }

    func testTheAnnualReportCountsApprovedAssetsAndPublications() async throws {
        try await GatewayHTTP.withDatabase(
            seed: { fixture in
                let feed = MessageFeed(fixture.database, source: .brand)
                let id = try feed.asset("Logotipas", approved: false)
                try feed.apply(AssetApproved(assetId: id), at: Sample.date("2026-03-02T10:00"), actor: Self.approver)
                try feed.asset("Kitų metų", approved: false)
                for (title, kind, status) in [
                    ("Albumas", PublicationKind.representative, PublicationStatus.published),
                    ("Lankstinukas", .informational, .published), ("Kalendorius", .informational, .planned),
                ] {
                    try feed.apply(
                        PublicationAdded(
                            publicationId: UUID(), details: PublicationDetails(kind: kind, title: title, year: 2026), status: status))
                }
            },
            { client, database in
                var viewer = try await PageSession.signedIn(
                    client, database: database, name: "Ona Onaitė", email: "ona@example.lt", role: "viewer")
                let report = try await viewer.get(client, "/ataskaitos/2026")
                XCTAssertEqual(report.status, .ok, report.text)
                XCTAssertTrue(report.text.contains(#"<div class="value" id="ataskaita-patvirtinta-istekliu">1</div>"#), report.text)
                XCTAssertTrue(report.text.contains(#"<div class="value" id="ataskaita-isleista-leidiniu">2</div>"#))
                XCTAssertTrue(report.text.contains(#"<div class="value" id="ataskaita-suplanuota-leidiniu">3</div>"#))
                XCTAssertTrue(report.text.contains("<tr><td>Informacinis</td><td class=\"number\">1</td></tr>"))
            })
    }
}
