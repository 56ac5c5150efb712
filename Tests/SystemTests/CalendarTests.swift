import Foundation
import XCTest

/// The public calendar is valid RFC 5545 that any calendar program reads,
/// with Lithuanian titles intact.
final class CalendarTests: XCTestCase {
    func testCalendarIsValidRFC5545WithLithuanianTitlesIntact() async throws {
        let system = try SystemUnderTest()
        defer { system.stopAll() }
        try await system.startEventsAndGateway()
        let http = system.http
        let title = "Knygų mugė: „Žemaičių ąžuolai, šilai ir ūkanos“; susitikimas su autoriais, vertėjais ir iliustruotojais"
        var body = Fixtures.event(title: title, day: 7, type: "fair-participation")
        body["description"] = ["lt": "Pirma eilutė\nAntra eilutė; su kabliataškiu, kableliu ir \\ brūkšniu"]
        let created = try await http.send(.post, "/api/v1/events", json: body)
        XCTAssertEqual(created.status, 201, created.text)
        let id = try XCTUnwrap(created.json?["id"] as? String)
        for status in ["approved", "scheduled"] {
            let moved = try await http.send(.post, "/api/v1/events/\(id)/transitions", json: ["to": status])
            XCTAssertEqual(moved.status, 200, moved.text)
        }

        let calendar = try await http.get("/api/v1/calendar.ics")
        XCTAssertEqual(calendar.status, 200)
        XCTAssertTrue(calendar.contentType?.hasPrefix("text/calendar") == true, calendar.contentType ?? "no content type")
        let bytes = [UInt8](calendar.body)
        XCTAssertTrue(String(decoding: calendar.body, as: UTF8.self).hasSuffix("END:VCALENDAR\r\n"))

        // Every line ends in CRLF, is at most 75 octets, and is valid UTF-8 on its own.
        var lines: [[UInt8]] = []
        var current: [UInt8] = []
        var index = 0
        while index < bytes.count {
            if bytes[index] == 13, index + 1 < bytes.count, bytes[index + 1] == 10 {
                lines.append(current)
                current = []
                index += 2
                continue
            }
            XCTAssertNotEqual(bytes[index], 10, "a bare LF at octet \(index)")
            current.append(bytes[index])
            index += 1
        }
        XCTAssertTrue(current.isEmpty, "the last line has no CRLF")
        for line in lines {
            XCTAssertLessThanOrEqual(line.count, 75, String(decoding: line, as: UTF8.self))
            XCTAssertNotNil(String(validating: line, as: UTF8.self), "a line splits a UTF-8 character")
        }
        let text = lines.map { String(decoding: $0, as: UTF8.self) }
        XCTAssertEqual(text.first, "BEGIN:VCALENDAR")
        XCTAssertTrue(text.contains("VERSION:2.0"))
        XCTAssertTrue(text.contains { $0.hasPrefix("PRODID:") })

        // Unfold (RFC 5545 §3.1) and read the event back.
        var unfolded: [String] = []
        for line in text {
            if line.hasPrefix(" ") || line.hasPrefix("\t"), !unfolded.isEmpty {
                unfolded[unfolded.count - 1] += String(line.dropFirst())
            } else {
                unfolded.append(line)
            }
        }
        let escapedTitle = title.replacingOccurrences(of: ",", with: "\\,").replacingOccurrences(of: ";", with: "\\;")
        XCTAssertTrue(unfolded.contains("SUMMARY:\(escapedTitle)"), unfolded.filter { $0.hasPrefix("SUMMARY") }.joined(separator: "\n"))
        XCTAssertTrue(
            unfolded.contains("DESCRIPTION:Pirma eilutė\\nAntra eilutė\\; su kabliataškiu\\, kableliu ir \\\\ brūkšniu"),
            unfolded.filter { $0.hasPrefix("DESCRIPTION") }.joined(separator: "\n"))
        XCTAssertTrue(unfolded.contains { $0.hasPrefix("UID:") && $0.lowercased().contains(id.lowercased()) })
        XCTAssertTrue(unfolded.contains("DTSTART:20270111T160000Z"), unfolded.filter { $0.hasPrefix("DTSTART") }.joined())
        XCTAssertEqual(unfolded.filter { $0 == "BEGIN:VEVENT" }.count, unfolded.filter { $0 == "END:VEVENT" }.count)
        system.removeFolder()
    }
}
