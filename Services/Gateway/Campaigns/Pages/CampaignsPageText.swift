import Foundation
import GatewayKit
import MessageSchema

/// How the campaigns pages write days, money and a campaign's line.
enum CampaignsPageText {
    /// `2027 m. vasario 24 d.` for `2027-02-24`; the text itself when it is not a day.
    static func day(_ text: String?, _ language: Language) -> String {
        guard let text else { return "—" }
        let parts = text.split(separator: "-").compactMap { Int($0) }
        guard parts.count == 3, CalendarDay.isValid(text) else { return text }
        return HumanDate.day(year: parts[0], month: parts[1], day: parts[2], in: language)
    }

    static func period(_ details: CampaignDetails, _ language: Language) -> String {
        "\(day(details.startsOn, language)) – \(day(details.endsOn, language))"
    }

    /// `1 500,00 €` in Lithuanian, `€1,500.00` in English.
    static func euros(cents: Int, _ language: Language) -> String {
        let whole = abs(cents) / 100
        let rest = String(format: "%02d", abs(cents) % 100)
        var digits = String(whole)
        var groups: [String] = []
        while digits.count > 3 {
            groups.insert(String(digits.suffix(3)), at: 0)
            digits.removeLast(3)
        }
        groups.insert(digits, at: 0)
        let sign = cents < 0 ? "−" : ""
        switch language {
        case .lt: return "\(sign)\(groups.joined(separator: " ")),\(rest) €"
        case .en: return "\(sign)€\(groups.joined(separator: ",")).\(rest)"
        }
    }

    /// Euros as typed (`1500`, `1 500,50`, `1500.5`) in cents; `nil` when not an amount.
    static func cents(_ text: String?) -> Int? {
        guard let text else { return 0 }
        let plain = text.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: "\u{a0}", with: "")
            .replacingOccurrences(of: "€", with: "").replacingOccurrences(of: ",", with: ".")
        guard let value = Decimal(string: plain), value >= 0, plain.allSatisfy({ $0.isNumber || $0 == "." }) else { return nil }
        var cents = value * 100
        var rounded = Decimal()
        NSDecimalRound(&rounded, &cents, 0, .plain)
        return NSDecimalNumber(decimal: rounded).intValue
    }

    /// `2027-02-24` as typed in a date field; `nil` when not a day.
    static func checkedDay(_ text: String?) -> String? {
        guard let text, text.count == 10, CalendarDay.isValid(text) else { return nil }
        return text
    }

    static func name(_ details: CampaignDetails, _ language: Language) -> String {
        language == .en ? (details.nameEn ?? details.nameLt) : details.nameLt
    }

    /// One campaign as a list's row reads it.
    static func row(_ record: CampaignRecord, _ viewer: Viewer) -> [String: Any] {
        let language = viewer.language
        let details = record.details
        return [
            "id": record.id.uuidString, "href": "/kampanijos/\(record.id.uuidString)", "name": name(details, language),
            "status": viewer.text(CampaignsPageStrings.status(record.status)), "statusClass": record.status.rawValue,
            "period": period(details, language), "planned": euros(cents: details.budgetPlannedCents, language),
            "spent": euros(cents: details.budgetSpentCents, language),
            "overBudget": details.budgetSpentCents > details.budgetPlannedCents,
            "mentions": record.kpis.mentions, "registrations": record.kpis.registrations, "reach": record.kpis.reach,
        ]
    }

    /// `Vardenis Pavardenis` and the time, for the page's "who did what".
    static func when(_ date: Date?, _ language: Language) -> String {
        date.map { HumanDate.dayAndTime($0, in: language) } ?? "—"
    }
}
