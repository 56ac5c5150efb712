import Foundation
import Hummingbird
import XCTest

@testable import GatewayKit

/// The one CSV writer of every export: BOM, RFC 4180 quoting, CRLF, formula cells neutralised.
final class CSVFileTests: XCTestCase {
    func testQuotingLineEndsAndTheByteOrderMark() throws {
        let file = CSVFile(
            fileName: "Bandymas.csv", header: ["name", "note"],
            rows: [["Ona Žemaitė", "ąčęėįšųūž, \"kabutės\"\nkita eilutė"], ["Jonas", ""]])
        let text = try file.text()
        XCTAssertEqual(Array(text.utf8.prefix(3)), [0xEF, 0xBB, 0xBF])
        XCTAssertEqual(
            String(text.dropFirst()),
            "name,note\r\nOna Žemaitė,\"ąčęėįšųūž, \"\"kabutės\"\"\nkita eilutė\"\r\nJonas,\r\n")
    }

    func testCellsThatBeginLikeAFormulaGetAQuote() throws {
        XCTAssertEqual(CSVFile.neutralised("=HYPERLINK(\"http://x\",\"y\")"), "'=HYPERLINK(\"http://x\",\"y\")")
        XCTAssertEqual(CSVFile.neutralised("+37060000000"), "'+37060000000")
        XCTAssertEqual(CSVFile.neutralised("-1+2"), "'-1+2")
        XCTAssertEqual(CSVFile.neutralised("@SUM(A1)"), "'@SUM(A1)")
        XCTAssertEqual(CSVFile.neutralised("\tx"), "'\tx")
        XCTAssertEqual(CSVFile.neutralised("\rx"), "'\rx")
        XCTAssertEqual(CSVFile.neutralised("Ona = Jonas"), "Ona = Jonas")
        XCTAssertEqual(CSVFile.neutralised(""), "")
        let text = try CSVFile(fileName: "x.csv", header: ["name"], rows: [["=HYPERLINK(\"http://x\",\"y\")"]]).text()
        XCTAssertEqual(text, "\u{FEFF}name\r\n\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"\r\n")
    }

    func testTheDownloadsHeadersNameTheFileInLithuanian() throws {
        let response = try CSVFile(fileName: "Renginių planas 2027.csv", header: ["a"], rows: []).response()
        XCTAssertEqual(response.status, .ok)
        XCTAssertEqual(response.headers[.contentType], "text/csv; charset=utf-8; header=present")
        XCTAssertEqual(
            response.headers[.contentDisposition],
            "attachment; filename=\"Renginiu planas 2027.csv\"; filename*=UTF-8''Rengini%C5%B3%20planas%202027.csv")
    }

    func testNumbersDatesAndFlagsAsCells() {
        XCTAssertEqual(CSVFile.cell(10.0), "10")
        XCTAssertEqual(CSVFile.cell(4.25), "4.25")
        XCTAssertEqual(CSVFile.cell(Double?.none), "")
        XCTAssertEqual(CSVFile.cell(true), "true")
        XCTAssertEqual(CSVFile.cell(Bool?.none), "")
    }
}
