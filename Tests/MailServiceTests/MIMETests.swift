import Foundation
import MailService
import XCTest

/// The mail as bytes: encoded-words, quoted-printable, base64, folding and
/// the multipart structure, each read back.
final class MIMETests: XCTestCase {
    private let subject = "Registracija patvirtinta: Knygos „Žalgirio mūšis“ pristatymas Lietuvos nacionalinėje bibliotekoje"

    private func mail(attachments: [MailAttachment] = [], unsubscribe: String? = nil) -> MailContent {
        MailContent(
            from: MailAddress(name: "LNB Komunikacijos skyrius", address: "komunika@lnb.lt"),
            to: MailAddress(name: "Žydrūnė Šėškienė", address: "zydrune@example.lt"), subject: subject,
            text: "Sveiki,\n\nJūsų registracija patvirtinta. " + String(repeating: "Ąžuolų šešėlyje ", count: 12) + "\nPabaiga ",
            html: "<p>Jūsų registracija patvirtinta.</p>", attachments: attachments,
            messageId: "0b6f2a4e-9d1c-4f7a-8e1b-3c5d7e9f1a2b@komunika.lnb.lt",
            date: Sample.date("2026-12-01T17:29"), unsubscribeURL: unsubscribe)
    }

    func testTheLithuanianSubjectIsEncodedWordsThatDecodeBackExactly() {
        let raw = MIMEWriter.write(mail())
        let parsed = ParsedMail(raw)
        let header = try! XCTUnwrap(parsed.header("Subject"))
        XCTAssertTrue(header.hasPrefix("=?UTF-8?B?"), header)
        XCTAssertEqual(ParsedMail.decodeWords(header), subject)
        XCTAssertEqual(ParsedMail.decodeWords(try! XCTUnwrap(parsed.header("To"))), "Žydrūnė Šėškienė <zydrune@example.lt>")
        XCTAssertEqual(parsed.header("From"), "LNB Komunikacijos skyrius <komunika@lnb.lt>")
    }

    func testEveryLineIsSevenBitAndAtMost78CharactersWithCRLF() {
        let raw = MIMEWriter.write(mail(attachments: [ics()]))
        XCTAssertTrue(raw.allSatisfy { $0 < 128 }, "8-bit bytes in the mail")
        let text = String(decoding: raw, as: UTF8.self)
        XCTAssertFalse(text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "a bare LF")
        for line in text.components(separatedBy: "\r\n") {
            XCTAssertLessThanOrEqual(line.count, 78, line)
        }
    }

    func testHeadersOfRFC5322() {
        let parsed = ParsedMail(MIMEWriter.write(mail(unsubscribe: "https://komunika.lnb.lt/atsisakyti/abc")))
        XCTAssertEqual(parsed.header("Date"), "Tue, 01 Dec 2026 17:29:00 +0000")
        XCTAssertEqual(parsed.header("Message-ID"), "<0b6f2a4e-9d1c-4f7a-8e1b-3c5d7e9f1a2b@komunika.lnb.lt>")
        XCTAssertEqual(parsed.header("MIME-Version"), "1.0")
        XCTAssertEqual(parsed.header("List-Unsubscribe"), "<https://komunika.lnb.lt/atsisakyti/abc>")
        XCTAssertEqual(parsed.header("List-Unsubscribe-Post"), "List-Unsubscribe=One-Click")
        XCTAssertEqual(
            parsed.header("Content-Type"),
            "multipart/alternative; boundary=\"=_komunika_0b6f2a4e9d1c4f7a8e1b3c5d7e9f1a2ba\"")
        XCTAssertNil(ParsedMail(MIMEWriter.write(mail())).header("List-Unsubscribe"), "only mails to lists have one")
    }

    func testBothPartsDecodeBackToTheirTexts() {
        let content = mail()
        let parsed = ParsedMail(MIMEWriter.write(content))
        let plain = String(decoding: try! XCTUnwrap(parsed.part("text/plain")), as: UTF8.self)
        XCTAssertEqual(plain, content.text.replacingOccurrences(of: "\n", with: "\r\n"))
        let html = String(decoding: try! XCTUnwrap(parsed.part("text/html")), as: UTF8.self)
        XCTAssertEqual(html, content.html)
    }

    func testAnAttachmentMakesTheMailMultipartMixed() {
        let attachment = ics()
        let parsed = ParsedMail(MIMEWriter.write(mail(attachments: [attachment])))
        XCTAssertTrue(try XCTUnwrap(parsed.header("Content-Type")).hasPrefix("multipart/mixed;"))
        XCTAssertEqual(parsed.part("text/calendar; charset=utf-8; method=REQUEST"), attachment.data)
        XCTAssertNotNil(parsed.part("text/plain"))
    }

    func testQuotedPrintableRules() {
        XCTAssertEqual(MIMEEncoding.quotedPrintable("a=b"), "a=3Db")
        XCTAssertEqual(MIMEEncoding.quotedPrintable("ą"), "=C4=85")
        XCTAssertEqual(MIMEEncoding.quotedPrintable("tarpas \nkitas"), "tarpas=20\r\nkitas", "a space at a line's end")
        let long = MIMEEncoding.quotedPrintable(String(repeating: "ž", count: 40))
        let lines = long.components(separatedBy: "\r\n")
        XCTAssertTrue(lines.allSatisfy { $0.count <= 76 }, long)
        XCTAssertTrue(lines.dropLast().allSatisfy { $0.hasSuffix("=") }, "soft breaks")
        XCTAssertEqual(String(decoding: ParsedMail.quotedPrintableDecoded(long), as: UTF8.self), String(repeating: "ž", count: 40))
    }

    func testDisplayNames() {
        XCTAssertEqual(MIMEEncoding.phrase("Jonas Jonaitis"), "Jonas Jonaitis")
        XCTAssertEqual(MIMEEncoding.phrase("Jonaitis, Jonas"), "\"Jonaitis, Jonas\"")
        XCTAssertEqual(MIMEEncoding.phrase("Ona"), "Ona")
        XCTAssertEqual(ParsedMail.decodeWords(MIMEEncoding.phrase("Šėškienė")), "Šėškienė")
    }

    func testAShortAsciiSubjectStaysAsItIs() {
        XCTAssertEqual(MIMEEncoding.unstructured("Press release", headerName: "Subject"), "Press release")
    }

    private func ics() -> MailAttachment {
        MailAttachment(
            filename: "renginys.ics", contentType: "text/calendar; charset=utf-8; method=REQUEST",
            data: Data("BEGIN:VCALENDAR\r\nSUMMARY:Knygų mugė\r\nEND:VCALENDAR\r\n".utf8))
    }
}
