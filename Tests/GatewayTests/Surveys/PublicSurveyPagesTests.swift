import Foundation
import Hummingbird
import HummingbirdTesting
import MessageSchema
import SignedLinks
import XCTest

@testable import Gateway
@testable import GatewayKit
@testable import GatewaySurveys

/// The public's survey form through the router, no account: every kind of
/// question, the API's rules said next to each question in the reader's
/// language, surveys that take no answers, invitation links, and the
/// per-address limit of posts. (The fixture has no services: a valid answer
/// is answered 503, which the browser test takes further.)
final class PublicSurveyPagesTests: XCTestCase {
    static let open = UUID()
    static let closed = UUID()
    static let draft = UUID()
    static let byInvitation = UUID()
    static let answered = UUID()
    static let fresh = UUID()

    static let questions =
        SurveySample.questions + [
            SurveyQuestion(id: "agree", type: .likert, textLt: "Biblioteka patogi.", textEn: "The library is convenient.", required: false)
        ]

    static func seed(_ fixture: ReadModelFixture) throws {
        let feed = MessageFeed(fixture.database, source: .surveys)
        try feed.survey(
            "Skaitytojų apklausa", id: open, details: SurveyDetails(titleLt: "", titleEn: "Readers' survey", purpose: .publicOpinion),
            questions: questions)
        try feed.survey("Uždaryta apklausa", id: closed, status: .closed)
        try feed.survey("Juodraštis", id: draft, status: .draft)
        try feed.survey(
            "Bibliotekininkų apklausa", id: byInvitation,
            details: SurveyDetails(titleLt: "", purpose: .publicOpinion, oneAnswerPerInvitation: true))
        try feed.respond(byInvitation, SurveySample.answers(9, 4), invitationId: answered)
    }

    static func form(_ id: UUID) -> String { "/klausimynas/\(id.uuidString.lowercased())" }

    static func token(_ invitationId: UUID) -> String {
        SignedLink(.surveyInvitation, subject: invitationId.uuidString).token(secret: GatewayHTTP.linkSecret)
    }

    func testTheFormAsksEveryKindOfQuestionInLithuanianAndInEnglish() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, _ in
            var visitor = PageSession()
            let page = try await visitor.get(client, Self.form(Self.open))
            XCTAssertEqual(page.status, .ok)
            XCTAssertEqual(page.headers[.contentSecurityPolicy]?.contains("default-src 'self'"), true)
            let html = page.text
            XCTAssertTrue(html.contains("<h1>Skaitytojų apklausa</h1>"), html)
            XCTAssertTrue(html.contains(#"<form method="post" action="/klausimynas/\#(Self.open.uuidString.lowercased())" novalidate>"#))
            XCTAssertTrue(html.contains(#"<legend>1. Ar rekomenduotumėte? <span class="badge">privalomas</span></legend>"#), html)
            XCTAssertTrue(html.contains(#"<input type="radio" id="a_recommend-0" name="a_recommend" value="0" required>"#))
            XCTAssertTrue(html.contains(#"<input type="radio" id="a_stars-5" name="a_stars" value="5" required>"#))
            XCTAssertTrue(html.contains(#"<input type="radio" id="a_channel-1" name="a_channel" value="Radijas">"#))
            XCTAssertTrue(html.contains(#"<input type="checkbox" id="a_topics-2" name="a_topics" value="Mokymai">"#))
            XCTAssertTrue(html.contains(#"<input type="text" inputmode="decimal" id="a_visits" name="a_visits" value="">"#))
            XCTAssertTrue(html.contains(#"<textarea id="a_comment" name="a_comment"></textarea>"#))
            XCTAssertTrue(html.contains(#"<label for="a_agree-5" class="inline">5 – visiškai sutinku</label>"#), html)
            XCTAssertFalse(html.contains("respondent_email"), "an anonymous survey asks no name")
            XCTAssertTrue(html.contains(#"<input type="hidden" name="csrf" value=""#))

            visitor.cookies[Language.cookieName] = "en"
            let english = try await visitor.get(client, Self.form(Self.open))
            XCTAssertTrue(english.text.contains("<h1>Readers&#39; survey</h1>") || english.text.contains("<h1>Readers' survey</h1>"), english.text)
            XCTAssertTrue(english.text.contains(#"<legend>7. The library is convenient.</legend>"#), english.text)
            XCTAssertTrue(english.text.contains(#"<span class="badge">required</span>"#))
            XCTAssertTrue(english.text.contains("Send the answer"))
        }
    }

    func testWrongAnswersAreSaidNextToTheirQuestionsByTheAPIsRulesAndTheFormKeepsWhatWasTyped() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, _ in
            var visitor = PageSession()
            _ = try await visitor.get(client, Self.form(Self.open))
            let wrong = try await visitor.post(
                client, Self.form(Self.open), [("a_stars", "4"), ("a_visits", "daug"), ("a_channel", "Televizija"), ("a_comment", "Ačiū")])
            XCTAssertEqual(wrong.status, .unprocessableContent)
            let html = wrong.text
            XCTAssertTrue(html.contains(#"<p class="field-error" id="a_recommend-klaida">Atsakykite į šį klausimą.</p>"#), html)
            XCTAssertTrue(html.contains(#"<p class="field-error" id="a_visits-klaida">Įveskite skaičių (pvz. 3 arba 2,5).</p>"#))
            XCTAssertTrue(html.contains(#"<p class="field-error" id="a_channel-klaida">Pasirinkite vieną iš variantų.</p>"#))
            XCTAssertFalse(html.contains("a_stars-klaida"))
            XCTAssertTrue(html.contains(#"value="4" required checked"#), "the star kept")
            XCTAssertTrue(html.contains(#"value="daug" aria-invalid="true""#), "the number kept")
            XCTAssertTrue(html.contains(#"<textarea id="a_comment" name="a_comment">Ačiū</textarea>"#))
            XCTAssertTrue(html.contains("Atsakymas neišsiųstas: pataisykite klausimus, prie kurių parašyta klaida."))

            let offScale = try await visitor.post(client, Self.form(Self.open), [("a_recommend", "11"), ("a_stars", "4")])
            XCTAssertTrue(
                offScale.text.contains(#"<p class="field-error" id="a_recommend-klaida">Pasirinkite sveikąjį skaičių nuo 0 iki 10.</p>"#),
                offScale.text)
            visitor.cookies[Language.cookieName] = "en"
            let english = try await visitor.post(client, Self.form(Self.open), [("a_recommend", "11"), ("a_stars", "4")])
            XCTAssertTrue(english.text.contains(#"id="a_recommend-klaida">Choose a whole number from 0 to 10.</p>"#), english.text)
            XCTAssertTrue(english.text.contains(#"id="a_stars-klaida""#) == false)

            // The API says the same rule in its own words.
            let api = try await client.execute(
                uri: "/api/v1/surveys/\(Self.open.uuidString)/responses", method: .post, headers: [.contentType: "application/json"],
                body: ByteBuffer(string: #"{"answers":{"recommend":11,"stars":4}}"#))
            let problem = try api.problem(.unprocessableContent, code: "invalid", instance: "/api/v1/surveys/\(Self.open.uuidString)/responses")
            XCTAssertEqual(problem["detail"] as? String, "question 'recommend': the answer must be a whole number from 0 to 10")

            let valid = try await visitor.post(client, Self.form(Self.open), [("a_recommend", "9"), ("a_stars", "4")])
            XCTAssertEqual(valid.status, .serviceUnavailable, "sent: the fixture has no surveys service")
            XCTAssertTrue(valid.text.contains("no connection to surveys is configured"), valid.text)
        }
    }

    func testClosedDraftAndUnknownSurveysSaySo() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, _ in
            var visitor = PageSession()
            let closed = try await visitor.get(client, Self.form(Self.closed))
            XCTAssertEqual(closed.status, .gone)
            XCTAssertTrue(closed.text.contains("<h1>Uždaryta apklausa</h1>"), closed.text)
            XCTAssertTrue(closed.text.contains("<p>Apklausa uždaryta: atsakymų ji nebepriima.</p>"), closed.text)
            XCTAssertFalse(closed.text.contains("<fieldset"))
            for missing in [Self.form(Self.draft), Self.form(UUID()), "/klausimynas/ne-apklausa", Self.form(Self.draft) + "/aciu"] {
                let page = try await visitor.get(client, missing)
                XCTAssertEqual(page.status, .notFound, missing)
                XCTAssertTrue(page.text.contains("Tokios apklausos nėra."), page.text)
            }
            _ = try await visitor.get(client, Self.form(Self.open))
            let late = try await visitor.post(client, Self.form(Self.closed), [("a_recommend", "9"), ("a_stars", "4")])
            XCTAssertEqual(late.status, .gone)

            let thanks = try await visitor.get(client, Self.form(Self.open) + "/aciu")
            XCTAssertEqual(thanks.status, .ok)
            XCTAssertTrue(thanks.text.contains(#"<p class="notice" role="status" id="aciu">Ačiū! Jūsų atsakymas gautas.</p>"#), thanks.text)
        }
    }

    func testAnInvitationLinkOpensTheFormOnceAndOtherLinksAreRefused() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seed) { client, _ in
            var visitor = PageSession()
            let path = Self.form(Self.byInvitation)
            let without = try await visitor.get(client, path)
            XCTAssertEqual(without.status, .forbidden)
            XCTAssertTrue(
                without.text.contains("Į šią apklausą atsakoma tik pagal kvietimą: atverkite asmeninę nuorodą iš kvietimo laiško."),
                without.text)

            let invited = try await visitor.get(client, path + "?kvietimas=" + Self.token(Self.fresh))
            XCTAssertEqual(invited.status, .ok, invited.text)
            XCTAssertTrue(invited.text.contains(#"<input type="hidden" name="kvietimas" value="\#(Self.token(Self.fresh))">"#))

            let used = try await visitor.get(client, path + "?kvietimas=" + Self.token(Self.answered))
            XCTAssertEqual(used.status, .conflict)
            XCTAssertTrue(
                used.text.contains("Pagal šį kvietimą jau atsakyta: į apklausą atsakoma vieną kartą pagal vieną kvietimą."), used.text)
            let usedPost = try await visitor.post(
                client, path, [("kvietimas", Self.token(Self.answered)), ("a_recommend", "9"), ("a_stars", "4")])
            XCTAssertEqual(usedPost.status, .conflict)

            let unsubscribe = SignedLink(.unsubscribe, subject: Self.fresh.uuidString).token(secret: GatewayHTTP.linkSecret)
            let forged = SignedLink(.surveyInvitation, subject: Self.fresh.uuidString).token(secret: LinkSecret(String(repeating: "x", count: 40)))
            for token in [unsubscribe, forged, "ne-zetonas"] {
                let wrong = try await visitor.get(client, path + "?kvietimas=" + token)
                XCTAssertEqual(wrong.status, .forbidden, token)
                XCTAssertTrue(wrong.text.contains("Kvietimo nuoroda netinkama."), wrong.text)
            }

            let api = "/api/v1/surveys/\(Self.byInvitation.uuidString)/responses"
            func post(_ body: String) async throws -> TestResponse {
                try await client.execute(uri: api, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
            }
            let required = try await post(#"{"answers":{"recommend":9,"stars":4}}"#).problem(.forbidden, code: "invitation-required", instance: api)
            XCTAssertEqual(
                required["detail"] as? String,
                "The survey \"Bibliotekininkų apklausa\" is answered by invitation only: open the personal link from your invitation.")
            let usedProblem = try await post(#"{"answers":{"recommend":9,"stars":4},"invitation":"\#(Self.token(Self.answered))"}"#)
                .problem(.conflict, code: "invitation-used", instance: api)
            XCTAssertEqual(
                usedProblem["detail"] as? String,
                "This invitation has been used already: the survey \"Bibliotekininkų apklausa\" takes one answer per invitation.")
            try await post(#"{"answers":{"recommend":9,"stars":4},"invitation":"\#(forged)"}"#)
                .problem(.forbidden, code: "invitation-invalid", instance: api)
        }
    }

    func testPostsFromOneAddressAreLimitedAcrossThePublicFormsAndTheAPI() async throws {
        let limit = PublicPostLimit(rule: RateLimitRule(limit: 2, window: 600))
        try await GatewayHTTP.withDatabase(publicPosts: limit, seed: Self.seed) { client, _ in
            var visitor = PageSession()
            _ = try await visitor.get(client, Self.form(Self.open))
            for _ in 0..<2 {
                let answer = try await visitor.post(client, Self.form(Self.open), [("a_stars", "4")])
                XCTAssertEqual(answer.status, .unprocessableContent)
            }
            let third = try await visitor.post(client, Self.form(Self.open), [("a_stars", "4")])
            XCTAssertEqual(third.status, .tooManyRequests)
            let wait = try XCTUnwrap(third.headers[.retryAfter].flatMap { Int($0) })
            XCTAssertTrue((599...600).contains(wait), "\(wait)")
            XCTAssertTrue(third.text.contains("Iš jūsų adreso gauta per daug užklausų. Bandykite dar kartą po \(wait) s."), third.text)
            let form = try await visitor.get(client, Self.form(Self.open))
            XCTAssertEqual(form.status, .ok, "reading the form is not limited")

            let api = "/api/v1/surveys/\(Self.open.uuidString)/responses"
            let json = try await client.execute(
                uri: api, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: #"{"answers":{}}"#))
            let problem = try json.problem(.tooManyRequests, code: "too-many-requests", instance: api)
            XCTAssertNotNil(json.headers[.retryAfter])
            XCTAssertEqual(problem["retryAfter"] as? Int, Int(json.headers[.retryAfter] ?? ""))
        }
    }

    static let list = UUID()
    static let emptyList = UUID()
    static let unsubscribedList = UUID()

    /// The seed, and three contact lists: one with a member with an e-mail, one whose only member has
    /// none, and one whose only member's address is on the do-not-contact list.
    static func seedWithLists(_ fixture: ReadModelFixture) throws {
        try seed(fixture)
        let media = MessageFeed(fixture.database, source: .mediaRelations)
        let reporter = UUID()
        let librarian = UUID()
        try media.apply(ContactCreated(contactId: reporter, details: ContactDetails(kind: .journalist, name: "Rūta Radijo", topics: [])))
        try media.apply(
            ContactCreated(
                contactId: librarian,
                details: ContactDetails(kind: .journalist, name: "Ona Onaitė", topics: [], email: "ona@biblioteka.lt")))
        try media.apply(ContactListCreated(listId: list, name: "Bibliotekininkai"))
        try media.apply(ContactAddedToList(listId: list, contactId: librarian))
        try media.apply(ContactListCreated(listId: emptyList, name: "Be adresų"))
        try media.apply(ContactAddedToList(listId: emptyList, contactId: reporter))
        let unsubscribed = UUID()
        try media.apply(
            ContactCreated(
                contactId: unsubscribed,
                details: ContactDetails(kind: .journalist, name: "Tomas Atsisakęs", topics: [], email: "Tomas@Delfi.lt")))
        try media.apply(ContactListCreated(listId: unsubscribedList, name: "Atsisakę"))
        try media.apply(ContactAddedToList(listId: unsubscribedList, contactId: unsubscribed))
        try media.apply(DoNotContactAdded(email: "tomas@delfi.lt", reason: .unsubscribed))
    }

    func testTheStaffSurveyPageInvitesAContactList() async throws {
        try await GatewayHTTP.withDatabase(seed: Self.seedWithLists) { client, database in
            var editor = try await PageSession.signedIn(
                client, database: database, name: "Redaktorė Redaktorienė", email: "editor@example.lt", role: "editor")
            let path = "/apklausos/\(Self.byInvitation.uuidString.lowercased())"
            let page = try await editor.get(client, path)
            XCTAssertEqual(page.status, .ok)
            XCTAssertTrue(page.text.contains("<dt>Tik pagal kvietimą: vienas atsakymas pagal vieną asmeninę nuorodą</dt><dd>taip</dd>"), page.text)
            XCTAssertTrue(page.text.contains(#"<a href="/klausimynas/\#(Self.byInvitation.uuidString.lowercased())" id="viesas-klausimynas">"#))
            XCTAssertTrue(page.text.contains(#"<option value="\#(Self.list.uuidString.lowercased())">Bibliotekininkai</option>"#), page.text)

            let empty = try await editor.post(client, path + "/kvietimai", [("contactListId", Self.emptyList.uuidString.lowercased())])
            XCTAssertEqual(empty.status, .unprocessableContent)
            XCTAssertTrue(
                empty.text.contains(
                    #"<p class="field-error" id="contactListId-klaida">Pasirinkite kontaktų sąrašą, kuriame yra narių su el. pašto adresu.</p>"#),
                empty.text)
            let sent = try await editor.post(client, path + "/kvietimai", [("contactListId", Self.list.uuidString.lowercased())])
            XCTAssertEqual(sent.status, .serviceUnavailable, "sent: the fixture has no surveys service")

            let invited = try await editor.get(client, path + "?pakviesta=3&anksciau=1")
            XCTAssertTrue(invited.text.contains(#"<p class="notice" role="status" id="pakviesta">Pakviesta: 3. Jau pakviesti anksčiau: 1.</p>"#))
            let leftOut = try await editor.get(client, path + "?pakviesta=3&anksciau=0&nekontaktuoti=2")
            XCTAssertTrue(
                leftOut.text.contains(
                    #"<p class="notice" role="status" id="pakviesta">Pakviesta: 3. Jau pakviesti anksčiau: 0. Praleista (sąraše „Nekontaktuoti“): 2.</p>"#
                ),
                leftOut.text)
            let builder = try await editor.get(client, "/apklausos/nauja")
            XCTAssertTrue(builder.text.contains(#"<input id="byInvitation" name="byInvitation" type="checkbox" value="1">"#), builder.text)
        }
    }

    func testStaffInviteAContactListOrPeopleByNameAndWrongInvitationsAreRefused() async throws {
        let list = Self.list
        let empty = Self.emptyList
        try await GatewayHTTP.withDatabase(seed: Self.seedWithLists) { client, _ in
            let api = "/api/v1/surveys/\(Self.byInvitation.uuidString)/invitations"
            func post(_ body: String) async throws -> TestResponse {
                try await client.execute(uri: api, method: .post, headers: [.contentType: "application/json"], body: ByteBuffer(string: body))
            }
            let unknown = UUID()
            let missing = try await post(#"{"contactListId":"\#(unknown.uuidString)"}"#).problem(.notFound, code: "not-found", instance: api)
            XCTAssertEqual(missing["detail"] as? String, "no contact list has the id \(unknown.uuidString)")
            let noEmail = try await post(#"{"contactListId":"\#(empty.uuidString)"}"#).problem(.unprocessableContent, code: "invalid", instance: api)
            XCTAssertEqual(noEmail["detail"] as? String, "no member of the contact list has an e-mail address")
            let unsubscribed = try await post(#"{"contactListId":"\#(Self.unsubscribedList.uuidString)"}"#)
                .problem(.unprocessableContent, code: "invalid", instance: api)
            XCTAssertEqual(
                unsubscribed["detail"] as? String,
                "no member of the contact list can be invited: 0 have no e-mail address, 1 are on the do-not-contact list")
            let both = try await post(#"{"contactListId":"\#(list.uuidString)","invitees":[]}"#)
                .problem(.unprocessableContent, code: "invalid", instance: api)
            XCTAssertEqual(both["detail"] as? String, "give either 'contactListId' or 'invitees'")
            let wrong = try await post(#"{"invitees":[{"name":"Ona","email":"ona@biblioteka.lt"},{"name":"Jonas","email":"jonas"}]}"#)
                .problem(.unprocessableContent, code: "invalid", instance: api)
            XCTAssertEqual(wrong["detail"] as? String, "'invitees[1].email' must be an e-mail address; 'jonas' is not")
            let sent = try await post(#"{"invitees":[{"name":"Ona","email":"ona@biblioteka.lt"}]}"#)
            XCTAssertEqual(sent.status, .serviceUnavailable, "checked and sent: the fixture has no surveys service")
        }
    }
}
