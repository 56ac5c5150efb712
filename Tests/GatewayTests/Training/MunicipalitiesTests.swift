import MessageSchema
import XCTest

@testable import GatewayKit

/// The list of Lithuania's municipalities that enrolment forms offer and the training service accepts.
final class MunicipalitiesTests: XCTestCase {
    func testThereAreSixtyDistinctOfficialNamesInLithuanianOrder() {
        let names = Municipalities.all
        XCTAssertEqual(names.count, 60)
        XCTAssertEqual(Set(names).count, 60)
        XCTAssertEqual(names.first, "Akmenės rajono savivaldybė")
        XCTAssertEqual(names.last, "Zarasų rajono savivaldybė")
        XCTAssertTrue(names.allSatisfy { $0.hasSuffix(" savivaldybė") })
        XCTAssertEqual(names.sorted(by: LithuanianOrder.areInIncreasingOrder), names)
        // Lithuanian order, not byte order: "Kelmės" before "Kėdainių", "Skuodo" before "Šakių".
        XCTAssertLessThan(
            try XCTUnwrap(names.firstIndex(of: "Kelmės rajono savivaldybė")), try XCTUnwrap(names.firstIndex(of: "Kėdainių rajono savivaldybė")))
        XCTAssertLessThan(
            try XCTUnwrap(names.firstIndex(of: "Skuodo rajono savivaldybė")), try XCTUnwrap(names.firstIndex(of: "Šakių rajono savivaldybė")))
        XCTAssertEqual(names.filter { $0.contains(" miesto ") }.count, 7, "Alytus, Kaunas, Klaipėda, Palanga, Panevėžys, Šiauliai, Vilnius")
    }

    func testOnlyTheOfficialNameIsAMunicipality() {
        XCTAssertTrue(Municipalities.contains("Vilniaus miesto savivaldybė"))
        XCTAssertTrue(Municipalities.contains(" Neringos savivaldybė\n"))
        XCTAssertFalse(Municipalities.contains("Vilnius"))
        XCTAssertFalse(Municipalities.contains("Panevėžio m. sav."))
        XCTAssertFalse(Municipalities.contains("vilniaus miesto savivaldybė"))
        XCTAssertFalse(Municipalities.contains(""))
    }
}
