import Foundation
import GatewayKit
import MessageSchema

/// What the brand part's templates read of assets, their versions and
/// rights, archives and publications, in the viewer's language.
enum BrandPageViews {
    /// Within this many days a licence or consent running out is an alert.
    static let alertDays = 30

    static func assetHref(_ id: UUID) -> String { "/zenklas/istekliai/\(id.uuidString.lowercased())" }

    /// Where the pages download version `number` of the asset (with the session, not a bearer token).
    static func fileHref(_ id: UUID, _ number: Int) -> String { "\(assetHref(id))/versijos/\(number)/failas" }

    static func asset(_ asset: AssetView, viewer: Viewer) -> [String: Any] {
        let language = viewer.language
        let href = assetHref(asset.id)
        let kind = AssetKind(rawValue: asset.kind)
        let status = AssetStatus(rawValue: asset.status)
        var view: [String: Any] = [
            "id": asset.id.uuidString.lowercased(), "href": href, "title": asset.title,
            "kind": kind.map { viewer.text(BrandPageStrings.kind($0)) } ?? asset.kind,
            "status": status.map { viewer.text(BrandPageStrings.status($0)) } ?? asset.status,
            "statusKey": asset.status, "usable": asset.usable, "tags": asset.tags, "hasTags": !asset.tags.isEmpty,
            "tagsText": asset.tags.joined(separator: ", "),
            "versions": asset.versions.reversed().map { version(asset.id, $0, viewer: viewer) },
            "hasVersions": !asset.versions.isEmpty,
            "createdAt": Timestamp.parse(asset.createdAt).map { HumanDate.day($0, in: language) } ?? asset.createdAt,
        ]
        if let description = asset.description { view["description"] = description }
        if let file = asset.file {
            var latest = version(asset.id, file, viewer: viewer)
            latest["alt"] = asset.title
            view["file"] = latest
        }
        if let reason = asset.rejectionReason { view["rejectionReason"] = reason }
        if let reason = asset.withdrawnReason { view["withdrawnReason"] = reason }
        if let approvedAt = asset.approvedAt.flatMap(Timestamp.parse) {
            let who = asset.approvedBy?.name ?? viewer.text(Localized(lt: "nežinoma", en: "unknown"))
            view["approval"] = "\(who), \(HumanDate.dayAndTime(approvedAt, in: language))"
        }
        return view
    }

    static func version(_ assetId: UUID, _ version: AssetVersionView, viewer: Viewer) -> [String: Any] {
        var view: [String: Any] = [
            "number": version.number, "mimeType": version.mimeType, "size": size(version.size, in: viewer.language),
            "isImage": version.mimeType.hasPrefix("image/"), "href": fileHref(assetId, version.number),
            "fileName": version.fileName ?? "—",
            "addedAt": Timestamp.parse(version.addedAt).map { HumanDate.dayAndTime($0, in: viewer.language) } ?? version.addedAt,
        ]
        if let width = version.width, let height = version.height { view["dimensions"] = "\(width) × \(height) px" }
        return view
    }

    /// `2,0 KB`, `1,5 MB` (a decimal comma in Lithuanian).
    static func size(_ bytes: Int, in language: Language) -> String {
        let units = ["B", "KB", "MB", "GB"]
        var value = Double(bytes)
        var unit = 0
        while value >= 1024 && unit < units.count - 1 {
            value /= 1024
            unit += 1
        }
        let text = unit == 0 ? String(bytes) : String(format: "%.1f", value)
        return (language == .lt ? text.replacingOccurrences(of: ".", with: ",") : text) + " " + units[unit]
    }

    /// A licence's or consent's expiry: the day, and whether it has run out or runs out soon.
    static func expiry(_ day: CalendarDay?, today: CalendarDay, viewer: Viewer) -> [String: Any] {
        guard let day else { return ["expires": viewer.text(BrandPageStrings.all["no_expiry"]!), "state": "", "stateKey": ""] }
        let left = day.dayNumber - today.dayNumber
        var view: [String: Any] = ["expires": HumanDate.day(day, in: viewer.language), "daysLeft": left]
        if left < 0 {
            view["state"] = viewer.text(BrandPageStrings.all["expired"]!)
            view["stateKey"] = "rejected"
        } else if left <= alertDays {
            view["state"] = viewer.text(
                Localized(lt: "Baigiasi po \(left) d.", en: left == 1 ? "Runs out in 1 day" : "Runs out in \(left) days"))
            view["stateKey"] = "proposed"
            view["soon"] = true
        } else {
            view["state"] = viewer.text(BrandPageStrings.all["in_force"]!)
            view["stateKey"] = "approved"
        }
        return view
    }

    static func right(_ right: BrandQueries.Right, today: CalendarDay, viewer: Viewer) -> [String: Any] {
        var view = expiry(right.expiresOn, today: today, viewer: viewer)
        view["what"] = viewer.text(BrandPageStrings.all[right.kind == .licence ? "licence" : "consent"]!)
        view["holder"] = right.holder
        view["detail"] = right.detail ?? ""
        view["assetTitle"] = right.assetTitle
        view["assetHref"] = assetHref(right.assetId)
        return view
    }

    static func collection(_ collection: CollectionView, viewer: Viewer) -> [String: Any] {
        [
            "id": collection.id.uuidString.lowercased(), "href": "/zenklas/archyvai/\(collection.id.uuidString.lowercased())",
            "title": collection.title, "count": collection.assetIds.count,
            "createdAt": Timestamp.parse(collection.createdAt).map { HumanDate.day($0, in: viewer.language) } ?? collection.createdAt,
        ]
    }

    static func publication(_ publication: PublicationView, viewer: Viewer) -> [String: Any] {
        let status = PublicationStatus(rawValue: publication.status)
        var view: [String: Any] = [
            "id": publication.id.uuidString.lowercased(), "title": publication.title, "year": publication.year,
            "isbn": publication.isbn ?? "—",
            "kind": PublicationKind(rawValue: publication.kind).map { viewer.text(BrandPageStrings.publicationKind($0)) } ?? publication.kind,
            "status": status.map { viewer.text(BrandPageStrings.publicationStatus($0)) } ?? publication.status,
            "statusKey": publication.status == PublicationStatus.published.rawValue ? "approved" : "proposed",
        ]
        if let next = status?.next {
            view["next"] = ["to": next.rawValue, "label": viewer.text(BrandPageStrings.publicationStep(next))]
        }
        return view
    }

    /// The options of a `<select>` with `selected` marked.
    static func options<T: RawRepresentable & CaseIterable>(
        _ type: T.Type, selected: String?, label: (T) -> Localized, viewer: Viewer
    ) -> [[String: Any]] where T.RawValue == String {
        T.allCases.map { value in
            ["value": value.rawValue, "label": viewer.text(label(value)), "selected": value.rawValue == selected]
        }
    }

    /// A service's refusal or the gateway's as a sentence above the form, with its status:
    /// `Veiksmas neatliktas (503): prekės ženklo tarnyba neatsako. Bandykite dar kartą.`
    static func refusal(_ problem: Problem, viewer: Viewer) -> String {
        let code = problem.status.code
        let said: Localized
        switch problem.status {
        case .serviceUnavailable:
            said = Localized(
                lt: "prekės ženklo tarnyba neatsako, niekas neišsaugota. Bandykite dar kartą.",
                en: "the brand service does not answer; nothing was saved. Try again.")
        case .contentTooLarge:
            var megabytes = 2048
            if case .number(let limit)? = problem.extensions["limit"] { megabytes = Int(limit) / 1024 / 1024 }
            said = Localized(lt: "failas per didelis (daugiausia \(megabytes) MB).", en: "the file is too large (\(megabytes) MB at most).")
        default:
            said = Localized(stringLiteral: problem.detail)
        }
        return viewer.text(Localized(lt: "Veiksmas neatliktas (\(code)): \(said.lt)", en: "Not done (\(code)): \(said.en)"))
    }
}
