import Foundation
import ICalendar
import MessageSchema
import XCTest

@testable import Gateway
@testable import GatewayEvents
@testable import GatewayKit

final class ICalendarTests: XCTestCase {
    private let longTitle = String(repeating: "Ąžuolynų šešėlių žiūrovų ūkių čiuožėjų ", count: 4) + "ž"

    private func record(title: String, description: String? = nil, status: EventStatus = .scheduled) -> CalendarEvent {
        var details = Sample.details(title, description: description)
        details.venue = Venue(kind: .lithuania, city: "Kaunas", address: "Laisvės al. 1")
        return EventRecord(
            id: UUID(), status: status, details: details, updatedAt: Sample.date("2026-11-01T12:00"), updatedSeq: 7
        ).calendarEvent
    }

    /// The document's lines, each checked to be valid UTF-8 on its own.
    private func lines(_ document: String) throws -> [String] {
        let bytes = Array(document.utf8)
        XCTAssertEqual(bytes.suffix(2), [13, 10], "the document ends with CRLF")
        var lines: [String] = []
        var start = 0
        var index = 0
        while index < bytes.count - 1 {
            if bytes[index] == 13 && bytes[index + 1] == 10 {
                let line = Array(bytes[start..<index])
                XCTAssertFalse(line.contains(10) || line.contains(13), "a bare CR or LF inside a line")
                lines.append(try XCTUnwrap(String(validating: line, as: UTF8.self), "line is not valid UTF-8: \(line)"))
                index += 2
                start = index
            } else {
                index += 1
            }
        }
        return lines
    }

    func testDocumentShapeAndLineEndings() throws {
        let event = record(title: "Knygų mugė")
        let document = ICalendar.document(for: [event])
        let lines = try lines(document)
        XCTAssertEqual(lines.first, "BEGIN:VCALENDAR")
        XCTAssertEqual(lines.last, "END:VCALENDAR")
        XCTAssertTrue(lines.contains("VERSION:2.0"))
        XCTAssertTrue(lines.contains { $0.hasPrefix("PRODID:") })
        XCTAssertTrue(lines.contains("UID:\(event.id.uuidString)@komunika.lnb.lt"))
        // 18:00 in Vilnius in December is 16:00 UTC.
        XCTAssertTrue(lines.contains("DTSTART:20261201T160000Z"))
        XCTAssertTrue(lines.contains("DTEND:20261201T180000Z"))
        XCTAssertTrue(lines.contains("DTSTAMP:20261101T100000Z"))
        XCTAssertTrue(lines.contains("SUMMARY:Knygų mugė"))
        XCTAssertTrue(lines.contains("LOCATION:Laisvės al. 1\\, Kaunas\\, Lietuva"))
        XCTAssertTrue(lines.contains("STATUS:CONFIRMED"))
        XCTAssertFalse(document.replacingOccurrences(of: "\r\n", with: "").contains("\n"))
    }

    func testCancelledEventsAreMarked() throws {
        let lines = try lines(ICalendar.document(for: [record(title: "Atšaukta", status: .cancelled)]))
        XCTAssertTrue(lines.contains("STATUS:CANCELLED"))
    }

    func testTextEscaping() {
        XCTAssertEqual(ICalendarText.escape("a,b;c\\d\ne\r\nf"), "a\\,b\\;c\\\\d\\ne\\nf")
        let lines = ICalendar.vevent(record(title: "Paroda; menas, knygos\\ir\nkita", description: "Eilutė 1\nEilutė 2"))
        XCTAssertTrue(lines.contains("SUMMARY:Paroda\\; menas\\, knygos\\\\ir\\nkita"))
        XCTAssertTrue(lines.contains("DESCRIPTION:Eilutė 1\\nEilutė 2"))
    }

    func testFoldingKeepsLinesShortAndCharactersWhole() throws {
        let event = record(title: longTitle, description: String(repeating: "ąčęėįšųūž", count: 40))
        let document = ICalendar.document(for: [event])
        let lines = try lines(document)
        for line in lines {
            XCTAssertLessThanOrEqual(line.utf8.count, 75, "too long: \(line)")
        }
        let continuations = lines.filter { $0.hasPrefix(" ") }
        XCTAssertGreaterThan(continuations.count, 4, "the long title and description are folded")

        let unfolded = ICalendarText.unfold(document)
        let summary = try XCTUnwrap(unfolded.components(separatedBy: "\r\n").first { $0.hasPrefix("SUMMARY:") })
        XCTAssertEqual(String(summary.dropFirst("SUMMARY:".count)), longTitle)
    }

    func testFoldingEveryLengthAroundTheLimit() throws {
        // Every offset of a two-octet letter against the 75-octet limit.
        for prefix in 0..<4 {
            let line = String(repeating: "a", count: prefix) + String(repeating: "ž", count: 100)
            let folded = ICalendarText.fold(line)
            let parts = try lines(folded + "\r\n")
            XCTAssertTrue(parts.allSatisfy { $0.utf8.count <= 75 })
            XCTAssertTrue(parts.dropFirst().allSatisfy { $0.hasPrefix(" ") })
            XCTAssertEqual(ICalendarText.unfold(folded), line)
        }
        // Four-octet characters too.
        let emoji = String(repeating: "📚", count: 40)
        XCTAssertEqual(ICalendarText.unfold(ICalendarText.fold(emoji)), emoji)
        XCTAssertTrue(try lines(ICalendarText.fold(emoji) + "\r\n").allSatisfy { $0.utf8.count <= 75 })
        XCTAssertEqual(ICalendarText.fold("SUMMARY:trumpas"), "SUMMARY:trumpas")
    }
}
