import ServiceKit

/// The menu in every page's header: each part's main page, for the roles
/// that may open it (a submitter sees only the submissions); on the public's
/// pages, the public menu instead.
public enum SiteNavigation {
    public struct Item: Sendable {
        public var path: String
        public var label: Localized
        public var minimumRole: Role
        /// `true` for roles above `minimumRole` too; `false` when only that role sees it.
        public var alsoHigherRoles: Bool
    }

    public static let items: [Item] = [
        Item(path: "/", label: Localized(lt: "Pradžia", en: "Home"), minimumRole: .viewer, alsoHigherRoles: true),
        Item(path: "/renginiai", label: Localized(lt: "Renginiai", en: "Events"), minimumRole: .viewer, alsoHigherRoles: true),
        Item(path: "/kampanijos", label: Localized(lt: "Kampanijos", en: "Campaigns"), minimumRole: .viewer, alsoHigherRoles: true),
        Item(path: "/pateikimai", label: Localized(lt: "Pateikimai", en: "Submissions"), minimumRole: .submitter, alsoHigherRoles: true),
        Item(path: "/ziniasklaida", label: Localized(lt: "Žiniasklaida", en: "Media"), minimumRole: .viewer, alsoHigherRoles: true),
        Item(path: "/zenklas", label: Localized(lt: "Prekės ženklas", en: "Brand"), minimumRole: .viewer, alsoHigherRoles: true),
        Item(path: "/mokymai", label: Localized(lt: "Mokymai", en: "Training"), minimumRole: .viewer, alsoHigherRoles: true),
        Item(path: "/apklausos", label: Localized(lt: "Apklausos", en: "Surveys"), minimumRole: .viewer, alsoHigherRoles: true),
        Item(path: "/ataskaitos", label: Localized(lt: "Ataskaitos", en: "Reports"), minimumRole: .viewer, alsoHigherRoles: true),
        Item(path: "/operacijos", label: Localized(lt: "Operacijos", en: "Operations"), minimumRole: .admin, alsoHigherRoles: true),
    ]

    /// The menu of the public's pages (`PartRoutes.publicPages`), the same for everyone.
    public static let publicItems: [Item] = [
        Item(path: "/kalendorius", label: Localized(lt: "Renginiai", en: "Events"), minimumRole: .submitter, alsoHigherRoles: true),
        Item(path: "/kursai", label: Localized(lt: "Mokymai", en: "Training"), minimumRole: .submitter, alsoHigherRoles: true),
        Item(path: "/spaudai", label: Localized(lt: "Spaudai", en: "Press"), minimumRole: .submitter, alsoHigherRoles: true),
    ]

    /// The items `role` sees.
    public static func items(for role: Role) -> [Item] {
        items.filter { $0.alsoHigherRoles ? role >= $0.minimumRole : role == $0.minimumRole }
    }
}
