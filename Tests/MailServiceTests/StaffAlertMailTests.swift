import Foundation
import MailService
import MessageSchema
import XCTest

/// The alerts to staff: an event full, a licence or consent about to
/// expire, a submission reviewed; each to every `KOMUNIKA_STAFF_MAIL` address.
final class StaffAlertMailTests: XCTestCase {
    static let staff = [
        MailAddress(name: "Komunikacijos skyrius", address: "komunikacija@lnb.lt"), MailAddress(address: "vadove@lnb.lt"),
    ]

    private func harness(staff: [MailAddress] = StaffAlertMailTests.staff) throws -> MailHarness {
        let harness = try MailHarness(staff: staff)
        addTeardownBlock { harness.remove() }
        return harness
    }

    private func alerts(_ app: MailHarness, _ kind: MailKind) throws -> [MailRecord] {
        try app.mails().filter { $0.kind == kind }
    }

    /// The part's text with the wire's CRLF line ends read as "\n".
    private func text(_ mail: MailRecord, _ type: String = "text/plain") throws -> String {
        String(decoding: try XCTUnwrap(ParsedMail(mail.raw).part(type)), as: UTF8.self)
            .replacingOccurrences(of: "\r\n", with: "\n")
    }

    func testTheRegistrationThatTakesTheLastPlaceTellsEachStaffAddressOncePerEvent() throws {
        let app = try harness()
        try app.receive(EventScheduled(eventId: Sample.eventId, details: Sample.details()), from: .events)
        let (first, last) = (UUID(), UUID())
        try app.receive(
            RegistrationAccepted(registrationId: first, eventId: Sample.eventId, attendee: Sample.attendee, registeredAt: Date()),
            from: .events)
        let attendee = Attendee(name: "Jonas Ąžuolas", email: "jonas@example.lt")
        try app.receive(
            RegistrationAccepted(registrationId: last, eventId: Sample.eventId, attendee: attendee, registeredAt: Date()),
            from: .events)
        let filled = try app.receive(EventFilled(eventId: Sample.eventId, registrationId: last, capacity: 2), from: .events)

        let mails = try alerts(app, .eventFull)
        XCTAssertEqual(mails.map(\.recipient).sorted(), ["komunikacija@lnb.lt", "vadove@lnb.lt"])
        for mail in mails {
            XCTAssertEqual(mail.subject, "Renginyje neliko laisvų vietų: Knygos „Žalgirio mūšis“ pristatymas")
            let parsed = ParsedMail(mail.raw)
            XCTAssertEqual(ParsedMail.decodeWords(try XCTUnwrap(parsed.header("Subject"))), mail.subject)
            XCTAssertEqual(mail.causationId, filled.id.uuidString)
        }
        let text = try self.text(mails[0])
        XCTAssertEqual(
            text,
            """
            Sveiki, kolegos,

            Užimtos visos renginio „Knygos „Žalgirio mūšis“ pristatymas“ vietos (iš viso 2). Kiti užsiregistravusieji įrašomi į laukiančiųjų sąrašą.

            Kada: 2027 m. vasario 24 d. 18:00. Kur: Lietuvos nacionalinė Martyno Mažvydo biblioteka, Konferencijų salė. Organizuoja: Komunikacijos skyrius.

            Renginys Komunikoje: https://komunika.lnb.lt/renginiai/11111111-2222-3333-4444-555555555555

            Lietuvos nacionalinė Martyno Mažvydo biblioteka, Komunikacijos skyrius

            """)
        let html = try self.text(mails[0], "text/html")
        XCTAssertTrue(
            html.contains(
                #"<a href="https://komunika.lnb.lt/renginiai/11111111-2222-3333-4444-555555555555">"#), html)

        // The same message again, a waitlisting after it, and the event full
        // again (a place freed and taken): no second alert.
        try app.apply(filled)
        try app.receive(
            RegistrationWaitlisted(
                registrationId: UUID(), eventId: Sample.eventId, attendee: Attendee(name: "Ona", email: "ona@example.lt"),
                registeredAt: Date(), position: 1), from: .events)
        try app.receive(EventFilled(eventId: Sample.eventId, registrationId: UUID(), capacity: 2), from: .events)
        XCTAssertEqual(try alerts(app, .eventFull).count, 2)
        XCTAssertEqual(
            try app.mails().map(\.kind.rawValue).sorted(),
            ["event-full", "event-full", "registration-accepted", "registration-accepted", "registration-waitlisted"])
    }

    func testWithNoStaffAddressNoAlertIsWritten() throws {
        let app = try harness(staff: [])
        try app.receive(EventScheduled(eventId: Sample.eventId, details: Sample.details()), from: .events)
        try app.receive(EventFilled(eventId: Sample.eventId, registrationId: UUID(), capacity: 2), from: .events)
        try app.receive(
            AssetExpiryWarning(
                assetId: UUID(), assetTitle: "Logotipas", kind: .licence, holder: "UAB Dizainas", expiresOn: Date(), daysLeft: 3),
            from: .brand)
        XCTAssertEqual(try app.mails().count, 0)
    }

    func testALicenceAndAConsentAboutToExpireAreOneAlertEach() throws {
        let app = try harness(staff: [Self.staff[0]])
        let asset = UUID(uuidString: "AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE")!
        let day = try XCTUnwrap(CalendarDay("2027-03-03"))
        try app.receive(
            AssetExpiryWarning(
                assetId: asset, assetTitle: "Parodos „Žalčių karalienė“ nuotraukos", kind: .licence,
                holder: "UAB „Fotografija“", expiresOn: day.date, daysLeft: 21), from: .brand)
        try app.receive(
            AssetExpiryWarning(
                assetId: asset, assetTitle: "Parodos „Žalčių karalienė“ nuotraukos", kind: .consent, holder: "Rūta Šimkutė",
                expiresOn: day.date, daysLeft: 0), from: .brand)

        let mails = try alerts(app, .rightsExpiring)
        XCTAssertEqual(
            mails.map(\.subject),
            ["Baigiasi licencija: Parodos „Žalčių karalienė“ nuotraukos", "Baigiasi sutikimas: Parodos „Žalčių karalienė“ nuotraukos"])
        XCTAssertEqual(mails.map(\.recipient), ["komunikacija@lnb.lt", "komunikacija@lnb.lt"])
        let licence = try text(mails[0])
        XCTAssertTrue(
            licence.contains(
                "Ištekliaus „Parodos „Žalčių karalienė“ nuotraukos“ licencija (licencijos turėtojas: UAB „Fotografija“) "
                    + "galioja iki 2027 m. kovo 3 d. imtinai. Liko 21 diena."), licence)
        XCTAssertTrue(
            licence.contains("Išteklius Komunikoje: https://komunika.lnb.lt/zenklas/istekliai/AAAAAAAA-BBBB-CCCC-DDDD-EEEEEEEEEEEE"),
            licence)
        let consent = try text(mails[1])
        XCTAssertTrue(
            consent.contains(
                "Ištekliuje „Parodos „Žalčių karalienė“ nuotraukos“ rodomo asmens (Rūta Šimkutė) sutikimas galioja iki "
                    + "2027 m. kovo 3 d. imtinai. Šiandien paskutinė galiojimo diena."), consent)
    }

    func testAReviewedSubmissionNamesTheDecisionTheReviewerAndWhoSubmitted() throws {
        let app = try harness(staff: [Self.staff[0]])
        let submission = UUID(uuidString: "12345678-1234-1234-1234-123456789ABC")!
        try app.receive(
            SubmissionReceived(
                submissionId: submission,
                content: SubmissionContent(
                    unit: "Vaikų ir jaunimo literatūros centras", title: "Vasaros skaitymo iššūkis", text: "Kviečiame skaityti.",
                    wishedChannel: .socialMedia, wishedDate: "2027-06-01")),
            from: .campaigns, actor: Actor(accountId: UUID(), name: "Eglė Pateikėja"))
        try app.receive(
            SubmissionReviewed(submissionId: submission, decision: .requestChanges, comment: "  Pridėkite nuotrauką.  "),
            from: .campaigns, actor: Actor(accountId: UUID(), name: "Rasa Redaktorė"))

        let mails = try alerts(app, .submissionReviewed)
        XCTAssertEqual(mails.map(\.subject), ["Pateikimas grąžintas taisyti: Vasaros skaitymo iššūkis"])
        XCTAssertEqual(
            try text(mails[0]),
            """
            Sveiki, kolegos,

            Padalinio pateikimas „Vasaros skaitymo iššūkis“ grąžintas taisyti. Įvertino: Rasa Redaktorė.

            Padalinys: Vaikų ir jaunimo literatūros centras. Pateikė: Eglė Pateikėja.

            Komentaras: Pridėkite nuotrauką.

            Pateikimas Komunikoje: https://komunika.lnb.lt/pateikimai/12345678-1234-1234-1234-123456789ABC

            Lietuvos nacionalinė Martyno Mažvydo biblioteka, Komunikacijos skyrius

            """)

        try app.receive(SubmissionReviewed(submissionId: submission, decision: .approve, comment: nil), from: .campaigns)
        XCTAssertEqual(
            try alerts(app, .submissionReviewed).map(\.subject),
            ["Pateikimas grąžintas taisyti: Vasaros skaitymo iššūkis", "Pateikimas patvirtintas: Vasaros skaitymo iššūkis"])
        XCTAssertFalse(try text(try alerts(app, .submissionReviewed)[1]).contains("Komentaras"))
    }

    func testAReviewOfASubmissionTheMailServiceNeverSawIsRefused() throws {
        let app = try harness()
        let unknown = UUID(uuidString: "00000000-0000-0000-0000-00000000000A")!
        XCTAssertThrowsError(
            try app.receive(SubmissionReviewed(submissionId: unknown, decision: .reject, comment: "Ne"), from: .campaigns)
        ) { error in
            XCTAssertEqual(
                (error as? ReactionFailure)?.description,
                "the mail service has no submission 00000000-0000-0000-0000-00000000000A")
        }
    }

    func testTheStaffAddressesComeFromKomunikaStaffMail() {
        let settings = MailSettings(environment: [
            "KOMUNIKA_STAFF_MAIL": "Komunikacijos skyrius <komunikacija@lnb.lt>, vadove@lnb.lt ,"
        ])
        XCTAssertEqual(settings.staff, Self.staff)
        XCTAssertEqual(MailSettings(environment: [:]).staff, [])
        XCTAssertEqual(MailSettings(environment: ["KOMUNIKA_STAFF_MAIL": " "]).staff, [])
    }
}
