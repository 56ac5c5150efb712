import Foundation

/// An address with an optional display name: `Jonas Jonaitis <jonas@example.lt>`.
public struct MailAddress: Sendable, Equatable {
    public var name: String?
    public var address: String

    public init(name: String? = nil, address: String) {
        self.name = name
        self.address = address
    }

    /// The address as a header writes it: the name as an RFC 2047
    /// encoded-word when it is not plain ASCII, quoted when it has specials.
    var header: String {
        guard let name, !name.isEmpty else { return "<\(address)>" }
        return "\(MIMEEncoding.phrase(name)) <\(address)>"
    }
}
