import Foundation
import MessageSchema
import XCTest

/// One calendar-day type for brand rights and campaign days: the same
/// `YYYY-MM-DD` JSON string either way, and the same days refused.
final class CalendarDayTests: XCTestCase {
    func testTheWireFormIsTheDayTextThatCampaignMessagesCarryAsAString() throws {
        let day = try XCTUnwrap(CalendarDay("2026-12-01"))
        let encoded = try JSONEncoder().encode([day])
        XCTAssertEqual(String(decoding: encoded, as: UTF8.self), #"["2026-12-01"]"#)
        XCTAssertEqual(encoded, try JSONEncoder().encode(["2026-12-01"]))
        XCTAssertEqual(try JSONDecoder().decode([CalendarDay].self, from: Data(#"["2028-02-29"]"#.utf8)), [CalendarDay("2028-02-29")!])
        XCTAssertEqual(day.description, "2026-12-01")
    }

    func testOnlyRealDaysInASCIIDigitsAreValid() {
        for good in ["2026-12-01", "2028-02-29", "2000-02-29", "0999-01-31"] {
            XCTAssertTrue(CalendarDay.isValid(good), good)
            XCTAssertEqual(CalendarDay(good)?.description, good)
        }
        for bad in [
            "2026-02-29", "1900-02-29", "2026-04-31", "2026-13-01", "2026-00-10", "2026-01-00", "2026-1-01", "+202-01-01", "2026-01-0١", "2026/01/01",
            "",
        ] {
            XCTAssertFalse(CalendarDay.isValid(bad), bad)
        }
        XCTAssertThrowsError(try JSONDecoder().decode([CalendarDay].self, from: Data(#"["2026-02-30"]"#.utf8)))
    }

    func testADayStartsAtMidnightInVilniusInWinterAndInSummer() throws {
        XCTAssertEqual(try XCTUnwrap(CalendarDay("2027-02-24")).startInVilnius, Timestamp.parse("2027-02-23T22:00:00Z"))
        XCTAssertEqual(try XCTUnwrap(CalendarDay("2027-07-01")).startInVilnius, Timestamp.parse("2027-06-30T21:00:00Z"))
    }
}
