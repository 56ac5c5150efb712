import Foundation
import GRDB
import MailService
import MessageSchema
import SignedLinks
import XCTest

/// Training and press-release mails.
final class OtherMailTests: XCTestCase {
    func testEnrolmentAndCertificateMails() throws {
        let app = try MailHarness()
        addTeardownBlock { app.remove() }
        let (course, session, enrolment) = (UUID(), UUID(), UUID())
        try app.receive(
            CourseCreated(courseId: course, details: CourseDetails(titleLt: "Skaitmeninis raštingumas", topic: .marketing)), from: .training)
        try app.receive(
            TrainingSessionPlanned(
                sessionId: session, courseId: course,
                details: TrainingSessionDetails(
                    startsAt: Sample.date("2027-04-07T07:00"), endsAt: Sample.date("2027-04-07T14:00"),
                    place: TrainingPlace(kind: .lithuania, city: "Kaunas", address: "Laisvės al. 1"), capacity: 10,
                    trainer: "Rūta")), from: .training)
        let trainee = Trainee(name: "Aušra Kairienė", institution: "Kauno r. SVB", municipality: "Kauno r.", email: "ausra@example.lt")
        try app.receive(EnrolmentAccepted(enrolmentId: enrolment, sessionId: session, trainee: trainee, enrolledAt: Date()), from: .training)
        try app.receive(
            CertificateIssued(
                certificateId: UUID(), code: "ABCDEFGH2345", enrolmentId: enrolment, sessionId: session, courseId: course,
                name: "Aušra Kairienė", institution: "Kauno r. SVB", courseTitleLt: "Skaitmeninis raštingumas",
                sessionStartsAt: Sample.date("2027-04-07T07:00"), issuedAt: Date()), from: .training)

        let mails = try app.mails()
        XCTAssertEqual(mails.map(\.kind), [.enrolmentAccepted, .certificateIssued])
        XCTAssertEqual(
            mails.map(\.subject),
            [
                "Registracija į mokymus patvirtinta: Skaitmeninis raštingumas", "Mokymų pažymėjimas: Skaitmeninis raštingumas",
            ])
        let accepted = String(decoding: try XCTUnwrap(ParsedMail(mails[0].raw).part("text/plain")), as: UTF8.self)
        let token = SignedLink(.cancelEnrolment, subject: enrolment.uuidString).token(secret: MailHarness.secret)
        XCTAssertTrue(accepted.contains("https://komunika.lnb.lt/kursai/atsaukti/\(token)"), accepted)
        XCTAssertTrue(accepted.contains("Kada: 2027 m. balandžio 7 d. 10:00. Kur: Laisvės al. 1, Kaunas."), accepted)
        let certificate = String(decoding: try XCTUnwrap(ParsedMail(mails[1].raw).part("text/plain")), as: UTF8.self)
        XCTAssertTrue(certificate.contains("https://komunika.lnb.lt/sertifikatai/ABCDEFGH2345"), certificate)
    }

    func testAPressReleaseIsOneMailPerContactInTheirLanguageWithUnsubscribe() throws {
        let app = try MailHarness()
        addTeardownBlock { app.remove() }
        let (lt, en, noAddress, release) = (UUID(), UUID(), UUID(), UUID())
        try app.receive(
            ContactCreated(contactId: lt, details: ContactDetails(kind: .journalist, name: "Rasa Žurnalistė", email: "Rasa@LRT.lt")),
            from: .mediaRelations)
        try app.receive(
            ContactCreated(contactId: en, details: ContactDetails(kind: .journalist, name: "John Smith", language: "en", email: "john@bbc.example")),
            from: .mediaRelations)
        try app.receive(ContactCreated(contactId: noAddress, details: ContactDetails(kind: .journalist, name: "Be adreso")), from: .mediaRelations)
        try app.receive(
            PressReleaseDrafted(
                pressReleaseId: release,
                content: PressReleaseContent(
                    titleLt: "Biblioteka atveria naują skaityklą", bodyLt: "Pirma pastraipa.\n\nAntra pastraipa.",
                    titleEn: "The library opens a new reading room", bodyEn: "First paragraph.")), from: .mediaRelations)
        try app.receive(
            PressReleaseDistributed(
                pressReleaseId: release, distributedAt: Date(), contactListId: UUID(), contactIds: [lt, en, noAddress]),
            from: .mediaRelations)

        let mails = try app.mails()
        XCTAssertEqual(mails.map(\.recipient).sorted(), ["Rasa@LRT.lt", "john@bbc.example"])
        for mail in mails {
            let parsed = ParsedMail(mail.raw)
            XCTAssertFalse(try XCTUnwrap(parsed.header("To")).contains(","), "one recipient per mail")
            XCTAssertNil(parsed.header("Cc"))
            let token = SignedLink(.unsubscribe, subject: mail.recipient.lowercased()).token(secret: MailHarness.secret)
            XCTAssertEqual(parsed.header("List-Unsubscribe"), "<https://komunika.lnb.lt/atsisakyti/\(token)>")
            XCTAssertEqual(parsed.header("List-Unsubscribe-Post"), "List-Unsubscribe=One-Click")
        }
        let english = try XCTUnwrap(mails.first { $0.recipient == "john@bbc.example" })
        XCTAssertEqual(english.subject, "The library opens a new reading room")
        let englishText = String(decoding: try XCTUnwrap(ParsedMail(english.raw).part("text/plain")), as: UTF8.self)
        XCTAssertTrue(englishText.hasPrefix("Dear John Smith,\r\n\r\nFirst paragraph."), englishText)
        let lithuanian = try XCTUnwrap(mails.first { $0.recipient == "Rasa@LRT.lt" })
        let text = String(decoding: try XCTUnwrap(ParsedMail(lithuanian.raw).part("text/plain")), as: UTF8.self)
        XCTAssertTrue(text.contains("Pirma pastraipa.\r\n\r\nAntra pastraipa."), text)
    }

    func testTheRecipientFilterKeepsAPressReleaseFromAnAddress() throws {
        struct NotRasa: RecipientFilter {
            func mayReceive(_ kind: MailKind, address: String, in db: Database) throws -> Bool {
                address.lowercased() != "rasa@lrt.lt"
            }
        }
        let app = try MailHarness(recipients: NotRasa())
        addTeardownBlock { app.remove() }
        let (contact, release) = (UUID(), UUID())
        try app.receive(
            ContactCreated(contactId: contact, details: ContactDetails(kind: .journalist, name: "Rasa", email: "Rasa@LRT.lt")), from: .mediaRelations)
        try app.receive(PressReleaseDrafted(pressReleaseId: release, content: PressReleaseContent(titleLt: "T", bodyLt: "B")), from: .mediaRelations)
        try app.receive(
            PressReleaseDistributed(pressReleaseId: release, distributedAt: Date(), contactListId: UUID(), contactIds: [contact]),
            from: .mediaRelations)
        XCTAssertEqual(try app.mails().count, 0)
    }
}
