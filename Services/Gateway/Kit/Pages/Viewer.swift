import Foundation
import Hummingbird
import ServiceKit

/// Who looks at a page and how: the person signed in (none on the sign-in
/// page), their language, the form token and the page's path.
public struct Viewer: Sendable {
    public var identity: StaffIdentity?
    public var language: Language
    /// What every form of the page sends back as `csrf`.
    public var csrfToken: String
    /// The page's path and query, for the language switch and the menu.
    public var path: String
    /// A public page: the public menu and look, nothing of the staff's (not even who is signed in).
    public var isPublicPage: Bool

    public init(identity: StaffIdentity?, language: Language, csrfToken: String, path: String, isPublicPage: Bool = false) {
        self.identity = identity
        self.language = language
        self.csrfToken = csrfToken
        self.path = path
        self.isPublicPage = isPublicPage
    }

    public init(request: Request, context: GatewayContext) {
        self.init(
            identity: context.identity, language: Language(of: request), csrfToken: context.csrfToken ?? "",
            path: request.uri.description, isPublicPage: context.isPublicPage)
    }

    /// Whether the person may change things (an editor or an admin).
    public var canEdit: Bool { (identity?.role ?? .submitter) >= .editor }
    public var isAdmin: Bool { identity?.role == .admin }

    /// A text in the viewer's language.
    public func text(_ localized: Localized) -> String { localized.text(in: language) }

    /// What the layout and the page's template read.
    func templateContext(title: String, strings: PageStrings, data: Any) -> [String: Any] {
        let role = identity?.role
        let items = isPublicPage ? SiteNavigation.publicItems : (role.map(SiteNavigation.items(for:)) ?? [])
        let nav: [[String: Any]] = items.map { item in
            let current = item.path == "/" ? pathOnly == "/" : pathOnly.hasPrefix(item.path)
            return ["href": item.path, "label": item.label.text(in: language), "current": current]
        }
        var context: [String: Any] = [
            "lang": language.rawValue, "title": title, "t": strings.texts(in: language), "csrf": csrfToken,
            "nav": nav, "path": path,
            "languageSwitch": [
                "href": "/kalba?lang=\(language.other.rawValue)&back=\(Self.queryEscaped(path))",
                "label": language == .lt ? "English" : "Lietuviškai", "lang": language.other.rawValue,
            ],
            "data": data,
        ]
        if isPublicPage {
            context["public"] = [
                "languages": Language.allCases.map { each in
                    [
                        "href": "/kalba?lang=\(each.rawValue)&back=\(Self.queryEscaped(path))", "label": each.rawValue.uppercased(),
                        "lang": each.rawValue, "current": each == language,
                        "name": each == .lt ? "Lietuviškai" : "English",
                    ] as [String: Any]
                }
            ]
        } else if let identity {
            context["me"] = [
                "name": identity.name, "role": KitStrings.roleName(identity.role).text(in: language),
                "canEdit": canEdit, "isAdmin": isAdmin, "isStaff": identity.role >= .viewer,
            ]
        }
        return context
    }

    private var pathOnly: String { String(path.split(separator: "?", maxSplits: 1).first ?? "/") }

    static func queryEscaped(_ text: String) -> String {
        var allowed = CharacterSet.urlQueryAllowed
        allowed.remove(charactersIn: "&=+?#")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? "/"
    }
}

extension Viewer {
    /// A value put in a link's query (`q=parod%C4%85`).
    public static func queryEscapedValue(_ text: String) -> String { queryEscaped(text) }
}
