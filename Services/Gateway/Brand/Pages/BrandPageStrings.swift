import GatewayKit
import MessageSchema

/// The brand part's words.
enum BrandPageStrings {
    static let all: PageStrings = [
        "brand": Localized(lt: "Prekės ženklas", en: "Brand"),
        "library": Localized(lt: "Išteklių biblioteka", en: "Asset library"),
        "assets": Localized(lt: "Ištekliai", en: "Assets"),
        "new_asset": Localized(lt: "Registruoti išteklių", en: "Register an asset"),
        "rights": Localized(lt: "Licencijos ir sutikimai", en: "Licences and consents"),
        "collections": Localized(lt: "Parodų archyvai", en: "Exhibition archives"),
        "publications": Localized(lt: "Leidiniai", en: "Publications"),
        "title": Localized(lt: "Pavadinimas", en: "Title"),
        "kind": Localized(lt: "Rūšis", en: "Kind"),
        "status": Localized(lt: "Būsena", en: "Status"),
        "description": Localized(lt: "Aprašymas", en: "Description"),
        "tags": Localized(lt: "Žymos", en: "Tags"),
        "tags_hint": Localized(lt: "Atskirkite kableliais, pvz.: logotipas, spauda.", en: "Separate with commas, e.g.: logo, print."),
        "all_kinds": Localized(lt: "Visos rūšys", en: "All kinds"),
        "all_statuses": Localized(lt: "Visos būsenos", en: "All statuses"),
        "search_assets": Localized(lt: "Ieškoti išteklių pagal pavadinimą", en: "Search assets by title"),
        "found": Localized(lt: "Rasta", en: "Found"),
        "no_file": Localized(lt: "Failas dar neįkeltas", en: "No file yet"),
        "versions": Localized(lt: "Versijos", en: "Versions"),
        "version": Localized(lt: "Versija", en: "Version"),
        "file_name": Localized(lt: "Failo vardas", en: "File name"),
        "file_type": Localized(lt: "Failo tipas", en: "File type"),
        "size": Localized(lt: "Dydis", en: "Size"),
        "dimensions": Localized(lt: "Matmenys", en: "Dimensions"),
        "added_at": Localized(lt: "Įkelta", en: "Added"),
        "download": Localized(lt: "Atsisiųsti", en: "Download"),
        "no_versions": Localized(lt: "Versijų dar nėra: įkelkite failą.", en: "No versions yet: upload a file."),
        "upload": Localized(lt: "Įkelti naują versiją", en: "Upload a new version"),
        "file": Localized(lt: "Failas", en: "File"),
        "upload_hint": Localized(
            lt: "Iki 2 GB. Įkėlus naują versiją, išteklius vėl laukia patvirtinimo.",
            en: "Up to 2 GB. A new version sends the asset back for approval."),
        "upload_button": Localized(lt: "Įkelti", en: "Upload"),
        "upload_progress": Localized(lt: "Įkeliama", en: "Uploading"),
        "upload_needs_script": Localized(
            lt: "Failui įkelti naršyklėje turi būti įjungtas JavaScript.",
            en: "Uploading a file needs JavaScript turned on in the browser."),
        "review": Localized(lt: "Peržiūra", en: "Review"),
        "approve": Localized(lt: "Patvirtinti", en: "Approve"),
        "reject": Localized(lt: "Atmesti", en: "Reject"),
        "reject_reason": Localized(lt: "Atmetimo priežastis", en: "Reason for rejecting"),
        "reject_hint": Localized(lt: "Ką reikia pataisyti, kad išteklius būtų patvirtintas.", en: "What needs fixing for it to be approved."),
        "approved_by": Localized(lt: "Patvirtino", en: "Approved by"),
        "rejection_reason": Localized(lt: "Atmesta, nes", en: "Rejected because"),
        "withdrawn_reason": Localized(lt: "Išimta iš naudojimo, nes", en: "Withdrawn because"),
        "usable": Localized(lt: "Galima naudoti", en: "May be used"),
        "not_usable": Localized(lt: "Dar negalima naudoti", en: "May not be used yet"),
        "licences": Localized(lt: "Licencijos", en: "Licences"),
        "consents": Localized(lt: "Asmenų sutikimai", en: "Consents of people shown"),
        "holder": Localized(lt: "Licencijos turėtojas", en: "Licence holder"),
        "terms": Localized(lt: "Sąlygos", en: "Terms"),
        "person": Localized(lt: "Asmuo", en: "Person"),
        "note": Localized(lt: "Pastaba", en: "Note"),
        "expires_on": Localized(lt: "Galioja iki", en: "Valid until"),
        "expires_hint": Localized(lt: "Palikite tuščią, jei galioja neterminuotai.", en: "Leave empty when it does not run out."),
        "no_expiry": Localized(lt: "neterminuota", en: "does not run out"),
        "add_licence": Localized(lt: "Įrašyti licenciją", en: "Record a licence"),
        "add_consent": Localized(lt: "Įrašyti sutikimą", en: "Record a consent"),
        "no_licences": Localized(lt: "Licencijų neįrašyta.", en: "No licences recorded."),
        "no_consents": Localized(lt: "Sutikimų neįrašyta.", en: "No consents recorded."),
        "asset": Localized(lt: "Išteklius", en: "Asset"),
        "what_runs_out": Localized(lt: "Kas baigiasi", en: "What runs out"),
        "licence": Localized(lt: "Licencija", en: "Licence"),
        "consent": Localized(lt: "Sutikimas", en: "Consent"),
        "expiring_soon": Localized(lt: "Baigiasi per 30 dienų", en: "Runs out within 30 days"),
        "expired": Localized(lt: "Nebegalioja", en: "Expired"),
        "in_force": Localized(lt: "Galioja", en: "In force"),
        "days_left": Localized(lt: "Liko dienų", en: "Days left"),
        "edit": Localized(lt: "Redaguoti", en: "Edit"),
        "register": Localized(lt: "Registruoti", en: "Register"),
        "in_collections": Localized(lt: "Archyvuose", en: "In archives"),
        "add_to_collection": Localized(lt: "Įtraukti į archyvą", en: "Add to an archive"),
        "collection": Localized(lt: "Archyvas", en: "Archive"),
        "add": Localized(lt: "Pridėti", en: "Add"),
        "open_collection": Localized(lt: "Kurti archyvą", en: "Open an archive"),
        "collection_title": Localized(lt: "Archyvo pavadinimas", en: "Archive title"),
        "asset_count": Localized(lt: "Išteklių", en: "Assets"),
        "created_at": Localized(lt: "Sukurta", en: "Created"),
        "add_asset": Localized(lt: "Pridėti išteklių", en: "Add an asset"),
        "empty_collection": Localized(lt: "Archyve dar nėra išteklių.", en: "The archive has no assets yet."),
        "year": Localized(lt: "Metai", en: "Year"),
        "isbn": Localized(lt: "ISBN", en: "ISBN"),
        "isbn_hint": Localized(lt: "ISBN-10 arba ISBN-13; galima palikti tuščią.", en: "ISBN-10 or ISBN-13; may be left empty."),
        "all_years": Localized(lt: "Visi metai", en: "All years"),
        "add_publication": Localized(lt: "Planuoti leidinį", en: "Plan a publication"),
        "awaiting_approval": Localized(lt: "Ištekliai, laukiantys patvirtinimo", en: "Assets awaiting approval"),
        "rights_alerts": Localized(lt: "Baigiasi licencijos ir sutikimai", en: "Licences and consents running out"),
        "report_brand": Localized(lt: "Prekės ženklas ir leidyba", en: "Brand and publishing"),
        "assets_approved": Localized(lt: "Patvirtinta išteklių", en: "Assets approved"),
        "publications_published": Localized(lt: "Išleista leidinių", en: "Publications published"),
        "publications_planned": Localized(lt: "Suplanuota leidinių", en: "Publications planned"),
        "action_failed": Localized(lt: "Veiksmas neatliktas", en: "Not done"),
        "choose": Localized(lt: "— pasirinkite —", en: "— choose —"),
        "reject_confirm": Localized(lt: "Atmesti šį išteklių?", en: "Reject this asset?"),
    ]

    static func kind(_ kind: AssetKind) -> Localized {
        switch kind {
        case .logo: Localized(lt: "Logotipas", en: "Logo")
        case .template: Localized(lt: "Šablonas", en: "Template")
        case .photo: Localized(lt: "Nuotrauka", en: "Photo")
        case .video: Localized(lt: "Vaizdo įrašas", en: "Video")
        case .poster: Localized(lt: "Plakatas", en: "Poster")
        case .publication: Localized(lt: "Leidinys", en: "Publication")
        case .other: Localized(lt: "Kita", en: "Other")
        }
    }

    static func status(_ status: AssetStatus) -> Localized {
        switch status {
        case .submitted: Localized(lt: "Laukia patvirtinimo", en: "Awaiting approval")
        case .approved: Localized(lt: "Patvirtintas", en: "Approved")
        case .rejected: Localized(lt: "Atmestas", en: "Rejected")
        case .withdrawn: Localized(lt: "Išimtas iš naudojimo", en: "Withdrawn")
        }
    }

    static func publicationKind(_ kind: PublicationKind) -> Localized {
        switch kind {
        case .informational: Localized(lt: "Informacinis", en: "Informational")
        case .representative: Localized(lt: "Reprezentacinis", en: "Representative")
        }
    }

    static func publicationStatus(_ status: PublicationStatus) -> Localized {
        switch status {
        case .planned: Localized(lt: "Planuojamas", en: "Planned")
        case .inPreparation: Localized(lt: "Rengiamas", en: "In preparation")
        case .published: Localized(lt: "Išleistas", en: "Published")
        }
    }

    /// The button that moves a publication to `status`.
    static func publicationStep(_ status: PublicationStatus) -> Localized {
        switch status {
        case .planned: Localized(lt: "Planuoti", en: "Plan")
        case .inPreparation: Localized(lt: "Pradėti rengti", en: "Start preparing")
        case .published: Localized(lt: "Pažymėti, kad išleistas", en: "Mark as published")
        }
    }
}
