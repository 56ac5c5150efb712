extension ContactKind {
    /// Whether the contact is an organisation (an outlet, an archive, a
    /// museum …), whose name is no one's personal data and stays when its
    /// address is erased; a journalist or another contact is a person.
    public var isOrganisation: Bool {
        switch self {
        case .mediaOutlet, .archive, .museum, .creativeAssociation, .partnerInstitution: true
        case .journalist, .other: false
        }
    }
}
