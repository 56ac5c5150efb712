import Foundation
import MessageSchema
import XCTest

@testable import GatewayKit

/// Dates as the department's staff read them, in Europe/Vilnius.
final class HumanDateTests: XCTestCase {
    func testLithuanianDatesUseTheGenitiveMonthAndVilniusTime() throws {
        // 2027-02-24 16:00 UTC is 18:00 in Vilnius (winter, UTC+2).
        let date = try XCTUnwrap(ISO8601DateFormatter().date(from: "2027-02-24T16:00:00Z"))
        XCTAssertEqual(HumanDate.day(date, in: .lt), "2027 m. vasario 24 d.")
        XCTAssertEqual(HumanDate.dayAndTime(date, in: .lt), "2027 m. vasario 24 d. 18:00")
        XCTAssertEqual(HumanDate.dayAndTime(date, in: .en), "24 February 2027, 18:00")
        // 23:30 UTC on 30 June is already 1 July in Vilnius (summer, UTC+3).
        let summer = try XCTUnwrap(ISO8601DateFormatter().date(from: "2027-06-30T23:30:00Z"))
        XCTAssertEqual(HumanDate.day(summer, in: .lt), "2027 m. liepos 1 d.")
        XCTAssertEqual(HumanDate.day(try XCTUnwrap(CalendarDay("2026-12-01")), in: .lt), "2026 m. gruodžio 1 d.")
        XCTAssertEqual(HumanDate.month(year: 2027, month: 9, in: .lt), "2027 m. rugsėjis")
    }

    func testAFormsLocalTimeIsReadInVilniusAndAnImpossibleOneIsRefused() throws {
        let date = try XCTUnwrap(HumanDate.parseInput("2027-02-24T18:00"))
        XCTAssertEqual(ISO8601DateFormatter().string(from: date), "2027-02-24T16:00:00Z")
        XCTAssertEqual(HumanDate.inputValue(date), "2027-02-24T18:00")
        XCTAssertNil(HumanDate.parseInput("2027-02-30T18:00"))
        XCTAssertNil(HumanDate.parseInput("rytoj"))
    }
}
